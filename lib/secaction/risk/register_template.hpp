#pragma once
// The blank register that `secaction risk --template` prints: a YAML file whose comments give the
// official C/I/A criteria of the chosen edition and the countermeasures to answer per medium.
#include <string>

#include "secaction/core/lang.hpp"
#include "secaction/risk/model.hpp"

namespace secaction::risk {

std::string render_register_template(const Edition& edition, const RulesSource& sources, const Catalogue& catalogue,
                                     Lang lang);

} // namespace secaction::risk
