#include "secaction/load/answer_file_writer.hpp"

#include <fmt/format.h>

namespace secaction::load {
namespace {

using questionnaire::Answer;

struct Decoded {
  char32_t code_point = 0xFFFD;
  std::size_t length = 1;
  bool valid = false;
};

// A minimal UTF-8 decoder: only the escaper needs code points, and only to decide what to escape.
Decoded decode(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  if (lead < 0x80) return {lead, 1, true};
  std::size_t length = 0;
  char32_t value = 0;
  char32_t minimum = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, value = lead & 0x1F, minimum = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, value = lead & 0x0F, minimum = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, value = lead & 0x07, minimum = 0x10000;
  } else {
    return {};
  }
  if (at + length > text.size()) return {};
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) return {};
    value = (value << 6) | (byte(at + i) & 0x3F);
  }
  if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return {};
  return {value, length, true};
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
  std::string out = fmt::format("# secaction answer file: {}\n", one_line(instrument.title.in(lang)));
  if (!resume_hint.empty()) out += fmt::format("# {}\n", one_line(resume_hint));
  out += "\ninstrument: " + plain_or_quoted(instrument.id) + "\n";
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
      out += "  " + plain_or_quoted(item.number) + ":";
      if (found != answers.answers.end()) out += " " + answer_value(found->second);
      out += "\n";
    }
  }
  return out;
}

} // namespace secaction::load
