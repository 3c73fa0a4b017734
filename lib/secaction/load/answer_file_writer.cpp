#include "secaction/load/answer_file_writer.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

namespace secaction::load {
namespace {

using questionnaire::Answer;

struct Decoded {
  char32_t code_point = 0xFFFD;
  std::size_t length = 1;
  bool valid = false;
};

// The code point at `at`; an invalid sequence is one byte long and not valid.
Decoded decode(std::string_view text, std::size_t at) {
  utf8proc_int32_t code_point = 0;
  const utf8proc_ssize_t length = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + at),
                                                   static_cast<utf8proc_ssize_t>(text.size() - at), &code_point);
  if (length <= 0) return {};
  return {static_cast<char32_t>(code_point), static_cast<std::size_t>(length), true};
}

// YAML 1.2 c-printable, minus the characters a reader may treat as line breaks or a byte order mark.
bool printable(char32_t c) {
  if (c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF) return false;
  return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

// Keys and ids that read back as the same text when written plain (item numbers like 7 or 1-1).
bool plain_safe(std::string_view text) {
  if (text.empty()) return false;
  for (const char c : text) {
    const bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_';
    if (!ok) return false;
  }
  return text.front() != '-' && text != "null" && text != "true" && text != "false" && text != "Null" && text != "NULL";
}

std::string plain_or_quoted(std::string_view text) { return plain_safe(text) ? std::string(text) : quote_yaml(text); }

// Comments are one line each; content titles never hold line breaks, but make sure.
std::string one_line(std::string_view text) {
  std::string line(text);
  for (char& c : line) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return line;
}

std::string answer_value(const Answer& answer) {
  if (answer.note.empty() && answer.evidence.empty()) return plain_or_quoted(answer.option_id);
  std::string value = "{answer: " + plain_or_quoted(answer.option_id);
  if (!answer.note.empty()) value += ", note: " + quote_yaml(answer.note);
  if (!answer.evidence.empty()) value += ", evidence: " + quote_yaml(answer.evidence);
  return value + "}";
}

} // namespace

std::string quote_yaml(std::string_view text) {
  std::string out = "\"";
  std::size_t at = 0;
  while (at < text.size()) {
    const Decoded d = decode(text, at);
    const char32_t c = d.code_point;
    switch (c) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\n': out += "\\n"; break;
    case '\r': out += "\\r"; break;
    case '\t': out += "\\t"; break;
    default:
      if (!d.valid) {
        out += "\xEF\xBF\xBD"; // U+FFFD REPLACEMENT CHARACTER
      } else if (printable(c)) {
        out.append(text.substr(at, d.length));
      } else if (c <= 0xFF) {
        out += fmt::format("\\x{:02X}", static_cast<unsigned>(c));
      } else {
        out += fmt::format("\\u{:04X}", static_cast<unsigned>(c));
      }
    }
    at += d.length;
  }
  return out + "\"";
}

std::string write_answer_file(const questionnaire::Instrument& instrument, const questionnaire::AnswerSet& answers, Lang lang,
                              std::string_view resume_hint) {
  AnswerFileComments comments;
  if (!resume_hint.empty()) comments.header.emplace_back(resume_hint);
  return write_answer_file(instrument, answers, lang, comments);
}

std::string write_answer_file(const questionnaire::Instrument& instrument, const questionnaire::AnswerSet& answers, Lang lang,
                              const AnswerFileComments& comments) {
  std::string out = fmt::format("# secaction answer file: {}\n", one_line(instrument.title.in(lang)));
  for (const auto& line : comments.header) out += fmt::format("# {}\n", one_line(line));
  out += "\ninstrument: " + plain_or_quoted(instrument.id) + "\n";
  if (!instrument.edition.empty()) out += "edition: " + quote_yaml(instrument.edition) + "\n";
  const auto& organization = answers.organization;
  out += "organization:\n";
  out += "  name: " + quote_yaml(organization.name) + "\n";
  out += "  industry: " + quote_yaml(organization.industry) + "\n";
  out += "  employees:" + (organization.employees ? fmt::format(" {}", *organization.employees) : std::string()) + "\n";
  out += "assessed_on:" + (answers.assessed_on ? " " + to_string(*answers.assessed_on) : std::string()) + "\n";
  out += "assessor: " + quote_yaml(answers.assessor) + "\n";
  out += "answers:\n";
  for (const auto& part : instrument.parts) {
    out += fmt::format("  # ── {}\n", one_line(part.title.in(lang)));
    for (const auto& item : part.items) {
      const auto found = answers.answers.find(item.number);
      if (auto notes = comments.items.find(item.number); notes != comments.items.end()) {
        for (const auto& line : notes->second) out += fmt::format("  # {}\n", one_line(line));
      }
      out += "  " + plain_or_quoted(item.number) + ":";
      if (found != answers.answers.end()) {
        out += ' ';
        out += answer_value(found->second);
      }
      out += "\n";
    }
  }
  return out;
}

} // namespace secaction::load
