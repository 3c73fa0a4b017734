// Planted: core includes a layer above it.
#include "secaction/report/document.hpp"
