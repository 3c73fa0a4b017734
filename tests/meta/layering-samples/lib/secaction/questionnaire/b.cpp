// Planted: an engine includes another engine not in its allow-list, and reads files.
#include "secaction/questionnaire/model.hpp"
#include "secaction/report/document.hpp"
#include "secaction/risk/model.hpp"
#include <fstream>
