#include "pipeline.hpp"

#include "secaction/core/error.hpp"
#include "secaction/core/messages.hpp"

namespace secaction::cli {

int run_single(Context& context, const Pipeline& pipeline, const std::string& file, const OutputOptions& output) {
  resolve_format(output); // a bad --format is a usage error before anything is read
  const Input input{file, context.read_input(file)};
  const ProcessResult result = pipeline.process(input);
  context.report(result.diagnostics);
  if (!result.processed) return static_cast<int>(ExitCode::invalid_input);
  emit_report_files(context, output, result.processed->render(main_file_name(output)));
  for (const auto& failure : result.processed->gate_failures) {
    context.streams().err << "secaction: " << localize(failure, context.message_lang()) << '\n';
  }
  return result.processed->gate_failures.empty() ? static_cast<int>(ExitCode::ok) : static_cast<int>(ExitCode::gate_failed);
}

} // namespace secaction::cli
