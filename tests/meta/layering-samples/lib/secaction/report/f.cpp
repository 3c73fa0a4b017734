// Planted: a renderer includes cmd/.
#include "context.hpp"
