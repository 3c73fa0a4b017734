#pragma once
// Mustache templates (the answer-file templates, the policy drafts). This is the one place that
// knows kainjow-mustache, as load/yaml_reader is for yaml-cpp. By default values are inserted as they
// are (the answer-file and policy templates write YAML or Markdown, and callers escape values for
// that); the HTML reports ask for HTML escaping of every {{value}} (TemplateEscape::html).
#include <concepts>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "secaction/core/diagnostic.hpp"

namespace secaction {

/// What a template sees: a text, a flag, a list of values or a map of named values. A
/// default-constructed TemplateData is an empty map.
class TemplateData {
public:
  enum class Kind { map, list, text, flag };

  TemplateData() = default;
  // Implicit, so values read naturally: data.set("title", title), data.set("weak", true).
  TemplateData(std::string text) : m_kind(Kind::text), m_text(std::move(text)) {}
  TemplateData(const char* text) : m_kind(Kind::text), m_text(text) {}
  /// Only a real bool makes a flag (an int or a pointer does not quietly become one).
  template <std::same_as<bool> Bool>
  TemplateData(Bool flag) : m_kind(Kind::flag), m_flag(flag) {}
  static TemplateData list();

  /// Sets a named value of a map, replacing one of the same name.
  TemplateData& set(std::string_view name, TemplateData value);
  /// Appends a value to a list.
  TemplateData& push_back(TemplateData value);

  [[nodiscard]] Kind kind() const { return m_kind; }
  [[nodiscard]] const std::string& text() const { return m_text; }
  [[nodiscard]] bool flag() const { return m_flag; }
  [[nodiscard]] const std::vector<TemplateData>& items() const { return m_items; }
  [[nodiscard]] const std::vector<std::pair<std::string, TemplateData>>& members() const { return m_members; }
  [[nodiscard]] bool is_empty_list() const { return m_kind == Kind::list && m_items.empty(); }

private:
  Kind m_kind = Kind::map;
  std::string m_text;
  bool m_flag = false;
  std::vector<TemplateData> m_items;
  std::vector<std::pair<std::string, TemplateData>> m_members;
};

/// How {{value}} is inserted ({{{value}}} is always inserted as it is).
enum class TemplateEscape {
  none, // as it is: the caller has escaped it for YAML or Markdown
  html, // & < > " ' as character references, so no value can open an element or leave an attribute
};

/// Renders the template `text` with `data`. A broken template (a section never closed, a tag
/// without its "}}") is an error in `diagnostics` at its line and column of the file `name`
/// (e.g. "content/policy/handbook.ja.md.mustache"), and nothing is returned.
std::optional<std::string> render_template(std::string_view name, const std::string& text, const TemplateData& data,
                                           Diagnostics& diagnostics, TemplateEscape escape = TemplateEscape::none);

/// A built-in template parsed once and rendered many times (the batch portfolio's row, one per
/// client). A broken template is a programming error: the constructor throws std::logic_error.
class CompiledTemplate {
 public:
  CompiledTemplate(std::string_view name, const std::string& text, TemplateEscape escape);
  ~CompiledTemplate();
  CompiledTemplate(const CompiledTemplate&) = delete;
  CompiledTemplate& operator=(const CompiledTemplate&) = delete;
  std::string render(const TemplateData& data);

 private:
  struct Parsed;
  std::unique_ptr<Parsed> m_parsed;
};

/// Text as HTML character data or a quoted attribute value: & < > " ' become references.
std::string escape_html(std::string_view text);

} // namespace secaction
