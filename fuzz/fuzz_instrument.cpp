// Instrument (content) files: YAML reading, schema, content rules, answer-file template.
#include "fuzz_support.hpp"
#include "secaction/load/instrument_loader.hpp"
#include "secaction/load/shipped_schema.hpp"
#include "secaction/questionnaire/answer_template.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace secaction;
  static const std::string template_text = fuzz::library().read_text("templates/answer-file.yaml.mustache").text;
  Diagnostics diagnostics;
  auto instrument = load::load_instrument_text(std::string(fuzz::as_text(data, size)), "fuzz.yaml",
                                                  load::shipped_schema("instrument.schema.json"), diagnostics);
  if (instrument) {
    for (Lang lang : {Lang::ja, Lang::en}) (void)questionnaire::render_answer_template(template_text, *instrument, lang, std::nullopt);
  }
  return 0;
}
