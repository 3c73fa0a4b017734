#include "choices.hpp"

#include <cmath>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "suggest.hpp"

namespace secaction::cli {
namespace {

constexpr const char* k_validator_name = "secaction-one-of";

} // namespace

CLI::Validator one_of_choices(std::vector<Choice> choices) {
  std::vector<std::string> names;
  for (const auto& choice : choices) names.push_back(choice.name);
  // The description is what --help shows after the option ("{md,csv,json}"); choice_names reads it back.
  const std::string description = fmt::format("{{{}}}", fmt::join(names, ","));
  return CLI::Validator(
      [choices = std::move(choices), names](std::string& value) -> std::string {
        const std::string lower = ascii_lower(value);
        for (const auto& choice : choices) {
          if (ascii_lower(choice.name) == lower) {
            value = choice.name;
            return {};
          }
          for (const auto& alias : choice.aliases) {
            if (ascii_lower(alias) == lower) {
              value = choice.name;
              return {};
            }
          }
        }
        return fmt::format("'{}' is not one of {}{}", value, fmt::join(names, ", "), did_you_mean(value, names));
      },
      description, k_validator_name);
}

CLI::Validator one_of(const std::vector<std::string>& names) {
  std::vector<Choice> choices;
  for (const auto& name : names) choices.push_back({name, {}});
  return one_of_choices(std::move(choices));
}

CLI::Validator finite_number() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        std::size_t used = 0;
        double number = 0;
        try {
          number = std::stod(value, &used);
        } catch (const std::exception&) {
          used = 0;
        }
        if (value.empty() || used != value.size() || !std::isfinite(number)) return fmt::format("'{}' is not a number", value);
        return {};
      },
      "", "secaction-number");
}

std::vector<std::string> choice_names(CLI::Option& option) {
  CLI::Validator* validator = nullptr;
  try {
    validator = option.get_validator(k_validator_name);
  } catch (const CLI::OptionNotFound&) {
    return {};
  }
  if (validator == nullptr) return {};
  std::string description = validator->get_description();
  if (description.size() < 2) return {};
  description = description.substr(1, description.size() - 2);
  std::vector<std::string> names;
  std::size_t start = 0;
  while (start <= description.size()) {
    const std::size_t comma = description.find(',', start);
    names.push_back(description.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return names;
}

} // namespace secaction::cli
