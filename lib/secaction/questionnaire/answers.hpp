#pragma once
// A filled-in answer file, resolved against its instrument (every answer is a scale option id).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "secaction/core/date.hpp"
#include "secaction/core/diagnostic.hpp"
#include "secaction/core/organization.hpp"

namespace secaction::questionnaire {

using secaction::Organization;

struct Answer {
  std::string option_id;
  std::string note;
  std::string evidence;
};

struct AnswerSet {
  std::string instrument;
  std::string edition; // the instrument's edition id, for instruments that name one
  Organization organization;
  std::optional<Date> assessed_on;
  std::string assessor;
  std::map<std::string, Answer> answers; // by item number
  /// Items with no answer that --allow-missing scored as the `unknown` option (in content order).
  std::vector<std::string> missing;
  /// Where the file names its instrument and its organisation (the name), so that a rule that
  /// compares several files (merge, plan) can report the line that breaks it.
  SourceLocation instrument_at;
  SourceLocation organization_at;
};

} // namespace secaction::questionnaire
