#include "secaction/core/text_template.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include <fmt/format.h>
#include <kainjow/mustache.hpp>

namespace secaction {
namespace {

using kainjow::mustache::data;

data to_mustache(const TemplateData& value) {
  switch (value.kind()) {
  case TemplateData::Kind::text: return data(value.text());
  case TemplateData::Kind::flag: return value.flag() ? data::type::bool_true : data::type::bool_false;
  case TemplateData::Kind::list: {
    data list{data::type::list};
    for (const auto& item : value.items()) list.push_back(to_mustache(item));
    return list;
  }
  case TemplateData::Kind::map: break;
  }
  data map;
  for (const auto& [name, member] : value.members()) map.set(name, to_mustache(member));
  return map;
}

// kainjow ends a message with " at OFFSET" (bytes into the template) when it knows where.
std::pair<std::string, std::optional<std::size_t>> split_offset(const std::string& message) {
  const auto at = message.rfind(" at ");
  if (at == std::string::npos || at + 4 == message.size() ||
      !std::all_of(message.begin() + static_cast<std::ptrdiff_t>(at + 4), message.end(),
                   [](unsigned char c) { return std::isdigit(c) != 0; })) {
    return {message, std::nullopt};
  }
  return {message.substr(0, at), std::stoul(message.substr(at + 4))};
}

SourceLocation location_of(std::string_view name, const std::string& text, std::optional<std::size_t> offset) {
  SourceLocation where{std::string(name), 0, 0};
  if (!offset || *offset > text.size()) return where;
  where.line = 1;
  where.column = 1;
  for (std::size_t i = 0; i < *offset; ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\n') {
      ++where.line;
      where.column = 1;
    } else if ((byte & 0xC0) != 0x80) { // columns count characters, not UTF-8 continuation bytes
      ++where.column;
    }
  }
  return where;
}

// kainjow's wording ("Unclosed section \"x\"") with what to write instead.
std::string explain(const std::string& message) {
  const auto quoted = [&](std::string_view prefix) -> std::optional<std::string> {
    if (!message.starts_with(prefix) || message.size() < prefix.size() + 2 || message.back() != '"') return std::nullopt;
    return message.substr(prefix.size() + 1, message.size() - prefix.size() - 2);
  };
  if (auto section = quoted("Unclosed section ")) {
    return fmt::format("section '{}' is never closed; end it with {{{{/{}}}}}", *section, *section);
  }
  if (auto section = quoted("Unopened section ")) {
    return fmt::format("{{{{/{}}}}} closes a section that was never opened with {{{{#{}}}}} or {{{{^{}}}}}", *section, *section, *section);
  }
  if (message == "Unclosed tag") return "tag opened with {{ is never closed with }}";
  if (message == "Invalid set delimiter tag") return "invalid set-delimiter tag; write it as {{=<% %>=}}";
  std::string lowered = message;
  if (!lowered.empty()) lowered[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lowered[0])));
  return lowered;
}

} // namespace

TemplateData TemplateData::list() {
  TemplateData value;
  value.m_kind = Kind::list;
  return value;
}

TemplateData& TemplateData::set(std::string_view name, TemplateData value) {
  for (auto& [existing, member] : m_members) {
    if (existing == name) {
      member = std::move(value);
      return *this;
    }
  }
  m_members.emplace_back(std::string(name), std::move(value));
  return *this;
}

TemplateData& TemplateData::push_back(TemplateData value) {
  m_items.push_back(std::move(value));
  return *this;
}

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (const char c : text) {
    switch (c) {
    case '&': out += "&amp;"; break;
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    case '\'': out += "&#39;"; break;
    default: out += c;
    }
  }
  return out;
}

namespace {

void set_escape(kainjow::mustache::mustache& view, TemplateEscape escape) {
  if (escape == TemplateEscape::html) {
    view.set_custom_escape([](const std::string& value) { return escape_html(value); });
  } else {
    view.set_custom_escape([](const std::string& value) { return value; });
  }
}

} // namespace

struct CompiledTemplate::Parsed {
  explicit Parsed(const std::string& text) : view(text) {}
  kainjow::mustache::mustache view;
};

CompiledTemplate::CompiledTemplate(std::string_view name, const std::string& text, TemplateEscape escape)
    : m_parsed(std::make_unique<Parsed>(text)) {
  if (!m_parsed->view.is_valid()) {
    throw std::logic_error("template " + std::string(name) + " is broken: " + m_parsed->view.error_message());
  }
  set_escape(m_parsed->view, escape);
}

CompiledTemplate::~CompiledTemplate() = default;

std::string CompiledTemplate::render(const TemplateData& data) { return m_parsed->view.render(to_mustache(data)); }

std::optional<std::string> render_template(std::string_view name, const std::string& text, const TemplateData& data,
                                           Diagnostics& diagnostics, TemplateEscape escape) {
  kainjow::mustache::mustache view{text};
  set_escape(view, escape);
  std::string out;
  if (view.is_valid()) out = view.render(to_mustache(data));
  if (view.is_valid()) return out; // rendering can fail too (e.g. in a partial), so ask again
  const auto [message, offset] = split_offset(view.error_message());
  diagnostics.error(location_of(name, text, offset), explain(message));
  return std::nullopt;
}

} // namespace secaction
