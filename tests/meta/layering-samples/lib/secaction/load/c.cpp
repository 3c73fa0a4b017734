// Planted: a loader includes shipped content, and a second mustache user.
#include "secaction/content/library.hpp"
#include <kainjow/mustache.hpp>
