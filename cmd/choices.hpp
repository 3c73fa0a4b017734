#pragma once
// Options that take one of a few values (--format, --lang, --edition, --fail-on, …): any ASCII
// case is accepted ("JSON", "Json"), aliases map to the canonical name (大 -> high), and a value
// that is none of them is refused with the valid values and the closest one. Shell completion
// reads the canonical names back from the option, so they are declared once.
#include <string>
#include <vector>

namespace CLI {
class Option;
class Validator;
} // namespace CLI

namespace secaction::cli {

struct Choice {
  std::string name;                 // what the program sees, and what --help and completion offer
  std::vector<std::string> aliases; // also accepted (in any ASCII case), e.g. 大 for high
};

/// The validator to pass to CLI::Option::transform: the value becomes the canonical name.
CLI::Validator one_of_choices(std::vector<Choice> choices);
CLI::Validator one_of(const std::vector<std::string>& names);

/// A check for numeric options (--fail-under): refuses what is not a finite number ('', nan, inf),
/// which CLI11 would otherwise take.
CLI::Validator finite_number();

/// The canonical names an option was given with one_of, or empty.
std::vector<std::string> choice_names(CLI::Option& option);

} // namespace secaction::cli
