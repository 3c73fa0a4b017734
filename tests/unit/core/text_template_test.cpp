#include <doctest/doctest.h>

#include "secaction/core/text_template.hpp"

using namespace secaction;

namespace {

std::string render_ok(const std::string& text, const TemplateData& data) {
  Diagnostics diagnostics;
  const auto out = render_template("t.mustache", text, data, diagnostics);
  REQUIRE(diagnostics.empty());
  REQUIRE(out);
  return *out;
}

std::string render_error(const std::string& text) {
  Diagnostics diagnostics;
  const auto out = render_template("content/policy/x.md.mustache", text, TemplateData(), diagnostics);
  CHECK_FALSE(out);
  REQUIRE(diagnostics.error_count() == 1);
  return format_diagnostic(diagnostics.all().front());
}

} // namespace

TEST_CASE("texts, flags, lists and nested maps reach the template") {
  TemplateData person;
  person.set("name", "山田 太郎");
  TemplateData items = TemplateData::list();
  for (const char* id : {"a", "b"}) {
    TemplateData item;
    item.set("id", id);
    items.push_back(item);
  }
  TemplateData root;
  root.set("person", person);
  root.set("items", items);
  root.set("shown", true);
  root.set("hidden", false);
  root.set("none", TemplateData::list());
  CHECK(render_ok("{{person.name}}|{{#items}}[{{id}}]{{/items}}|{{#shown}}yes{{/shown}}{{#hidden}}no{{/hidden}}"
                  "{{^none}}empty{{/none}}",
                  root) == "山田 太郎|[a][b]|yesempty");
}

TEST_CASE("values are inserted as they are: no HTML escaping, since callers escape for YAML or Markdown") {
  TemplateData root;
  root.set("value", "<b>\"R&D\"</b> 'x'");
  CHECK(render_ok("{{value}}", root) == "<b>\"R&D\"</b> 'x'");
}

TEST_CASE("set replaces a value of the same name, so a copy can switch one section on") {
  TemplateData root;
  root.set("topic", false);
  TemplateData only_this = root;
  only_this.set("topic", true);
  CHECK(only_this.members().size() == 1);
  CHECK(render_ok("{{#topic}}on{{/topic}}", only_this) == "on");
  CHECK(render_ok("{{#topic}}on{{/topic}}", root).empty());
  CHECK(TemplateData::list().is_empty_list());
  CHECK_FALSE(root.is_empty_list());
}

TEST_CASE("a section never closed is a diagnostic naming the template, with the line and column of its tag") {
  CHECK(render_error("# 見出し\n\nはい{{#uses.cloud}}\nクラウド\n") ==
        "content/policy/x.md.mustache:3:3: error: section 'uses.cloud' is never closed; end it with {{/uses.cloud}}");
}

TEST_CASE("a closing tag without its section, an unclosed tag and a bad delimiter tag say what to write") {
  CHECK(render_error("a\n{{/topic}}") ==
        "content/policy/x.md.mustache:2:1: error: {{/topic}} closes a section that was never opened with {{#topic}} or {{^topic}}");
  CHECK(render_error("ok {{name") == "content/policy/x.md.mustache:1:4: error: tag opened with {{ is never closed with }}");
  CHECK(render_error("{{= x =}}") ==
        "content/policy/x.md.mustache:1:1: error: invalid set-delimiter tag; write it as {{=<% %>=}}");
}

TEST_CASE("TemplateEscape::html escapes every {{value}} and leaves {{{value}}} as it is") {
  TemplateData data;
  data.set("name", "<script>\"x\" & 'y'</script>");
  Diagnostics diagnostics;
  const auto out =
      render_template("t.html.mustache", "<p title=\"{{name}}\">{{name}}</p>{{{name}}}", data, diagnostics, TemplateEscape::html);
  REQUIRE(out);
  CHECK(
      *out ==
      "<p title=\"&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;\">&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;"
      "</p><script>\"x\" & 'y'</script>");
  CHECK(render_ok("{{name}}", data) == "<script>\"x\" & 'y'</script>"); // the default writes YAML/Markdown: no escaping
}

TEST_CASE("escape_html") {
  CHECK(escape_html("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&#39;f");
  CHECK(escape_html("株式会社") == "株式会社");
}
