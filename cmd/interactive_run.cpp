#include "interactive_run.hpp"

#include <csignal>
#include <ctime>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <fmt/format.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "pipeline.hpp"
#include "questionnaire_pipeline.hpp"
#include "report_files.hpp"
#include "secaction/core/messages.hpp"
#include "secaction/core/text.hpp"
#include "secaction/load/answers_loader.hpp"
#include "secaction/core/error.hpp"
#include "secaction/load/answer_file_writer.hpp"
#include "secaction/interactive/session.hpp"
#include "secaction/io/files.hpp"

namespace secaction::cli {
namespace {

constexpr std::size_t k_default_width = 80;

// Holds SIGINT, SIGTERM and SIGHUP while the answer file is being replaced, so Ctrl-C cannot land
// between creating the temporary file and renaming it (which would leave the temporary file
// behind). A signal that arrives meanwhile is delivered, with its default action, on release.
// The answer file itself is never at risk: every write is a rename of a complete file.
class SignalsHeld {
public:
  SignalsHeld() {
    sigset_t held;
    sigemptyset(&held);
    sigaddset(&held, SIGINT);
    sigaddset(&held, SIGTERM);
    sigaddset(&held, SIGHUP);
    sigprocmask(SIG_BLOCK, &held, &m_previous);
  }
  ~SignalsHeld() { sigprocmask(SIG_SETMASK, &m_previous, nullptr); }
  SignalsHeld(const SignalsHeld&) = delete;
  SignalsHeld& operator=(const SignalsHeld&) = delete;

private:
  sigset_t m_previous{};
};

std::size_t terminal_width(bool terminal) {
  if (!terminal) return k_default_width; // scripted runs wrap the same way everywhere
  winsize size{};
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &size) != 0 || size.ws_col == 0) return k_default_width;
  return std::clamp<std::size_t>(size.ws_col, 40, 120);
}

// Colours only on a terminal, and never when NO_COLOR is set (https://no-color.org).
bool use_colour() { return isatty(STDERR_FILENO) != 0 && std::getenv("NO_COLOR") == nullptr; }

std::string resume_command(const InteractiveRun& run, const std::string& save_file) {
  if (run.command == "checklist") return fmt::format("secaction checklist {} --save {}", run.instrument_id, save_file);
  return fmt::format("secaction {} --save {}", run.command, save_file);
}

std::optional<questionnaire::AnswerSet> load_saved(Context& context, const InteractiveRun& run, const std::string& save_file) {
  Diagnostics diagnostics;
  const load::AnswerFileOptions options{run.command, load::MissingAnswers::score_unknown};
  auto loaded = load::load_answer_file(io::read_file(save_file), save_file, context.library(), options, diagnostics);
  if (loaded && loaded->instrument->id != run.instrument_id) {
    diagnostics.error({save_file}, fmt::format("this file answers '{}', not '{}'; give another --save FILE",
                                               loaded->instrument->id, run.instrument_id));
    loaded.reset();
  }
  context.report(diagnostics);
  if (!loaded) return std::nullopt;
  return std::move(loaded->answers);
}

// The date a new answer file offers (Enter takes it): --as-of or SOURCE_DATE_EPOCH when given
// (tests), else today on this machine's calendar. Only cmd reads the clock; it is shown, never
// used unseen.
Date default_date(const Context& context) {
  if (auto given = context.as_of()) return *given;
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

// After the last answer: a few lines (score, verdict, where the report is) instead of the whole
// report on a terminal. The report goes to -o FILE, or to standard output when that is a file
// or a pipe (`secaction diagnose --interactive > report.md`).
int finish(Context& context, const InteractiveRun& run, const std::string& save_file) {
  const Lang lang = context.lang();
  auto& ui = context.streams().err;
  const Pipeline pipeline = questionnaire_pipeline(context, {run.command, run.output, false, run.fail_under});
  const Input input{save_file, io::read_file(save_file)};
  const ProcessResult result = pipeline.process(input);
  context.report(result.diagnostics);
  if (!result.processed) return static_cast<int>(ExitCode::invalid_input);
  const bool to_file = writes_to_file(run.output);
  const bool to_stdout = !to_file && isatty(STDOUT_FILENO) == 0;
  if (to_file || to_stdout) emit_report_files(context, run.output, result.processed->render(main_file_name(run.output)));

  const auto& row = result.processed->summary_row;
  const auto number = [&](const char* key) { return row.contains(key) && row[key].is_number() ? format_number(row[key].get<double>()) : std::string("—"); };
  std::string verdict;
  if (row.contains("band_label") && row["band_label"].is_string()) verdict = row["band_label"].get<std::string>();
  ui << fmt::format(fmt::runtime(std::string(tr(lang, "結果: {} / {} 点", "Result: {} / {} points"))), number("score"), number("max"));
  if (!verdict.empty()) ui << (lang == Lang::ja ? "（" + verdict + "）" : " (" + verdict + ")");
  ui << "\n";
  ui << fmt::format(fmt::runtime(std::string(tr(lang, "回答: {}\n", "Answers: {}\n"))), save_file);
  const std::string report_command =
      run.command == "checklist" ? fmt::format("secaction checklist {}", save_file) : fmt::format("secaction {} {}", run.command, save_file);
  if (to_file) {
    ui << fmt::format(fmt::runtime(std::string(tr(lang, "レポート: {}\n", "Report: {}\n"))), run.output.output);
  } else if (!to_stdout) {
    ui << fmt::format(fmt::runtime(std::string(tr(lang, "レポートを見るには: {}（ファイルに書くには -o report.md）\n",
                                                  "To see the report: {} (to write it to a file: -o report.md)\n"))),
                      report_command);
  }
  for (const auto& failure : result.processed->gate_failures) ui << "secaction: " << localize(failure, context.message_lang()) << '\n';
  return result.processed->gate_failures.empty() ? static_cast<int>(ExitCode::ok) : static_cast<int>(ExitCode::gate_failed);
}

} // namespace

std::string default_save_file(const std::string& instrument_id) { return instrument_id + "-answers.yaml"; }

bool at_a_terminal() { return isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0; }

int run_interactive(Context& context, const InteractiveRun& run) {
  resolve_format(run.output); // a bad --format is a usage error before any question is asked
  Diagnostics diagnostics;
  const auto* instrument = context.library().get(run.instrument_id, diagnostics);
  if (instrument == nullptr) {
    context.report(diagnostics);
    return static_cast<int>(ExitCode::invalid_input);
  }
  check_fail_under(run.fail_under, *instrument); // before any question is asked
  const std::string save_file = run.save_file.empty() ? default_save_file(run.instrument_id) : run.save_file;
  const Lang lang = context.lang();
  auto& ui = context.streams().err; // the conversation; stdout carries only the report
  const bool terminal = isatty(STDIN_FILENO) != 0;

  questionnaire::AnswerSet answers;
  std::error_code ignored;
  const bool resuming = std::filesystem::exists(save_file, ignored);
  if (resuming) {
    auto saved = load_saved(context, run, save_file);
    if (!saved) return static_cast<int>(ExitCode::invalid_input);
    answers = std::move(*saved);
  }

  interactive::Session session(*instrument, std::move(answers), {lang, terminal_width(terminal), use_colour(), default_date(context)});
  const std::string hint = fmt::format("{} {}", tr(lang, "続きから回答:", "Continue answering:"), resume_command(run, save_file));
  const auto save = [&] {
    const std::string text = load::write_answer_file(*instrument, session.answers(), lang, hint);
    const SignalsHeld held;
    io::write_file_atomically(save_file, text, io::Overwrite::allow);
  };

  ui << instrument->title.in(lang) << fmt::format(fmt::runtime(std::string(tr(lang, "（全 {} 問）\n", " ({} items)\n"))), session.item_count());
  if (resuming) {
    ui << fmt::format(fmt::runtime(std::string(tr(lang, "{} から再開します（回答済み {}/{}）。\n", "Resuming from {} ({}/{} answered).\n"))),
                      save_file, session.answered_count(), session.item_count());
  } else {
    save(); // the file exists from the start, so even an immediate quit can be resumed
    ui << fmt::format(fmt::runtime(std::string(tr(lang, "回答は1問ごとに {} に保存されます。\n", "Answers are saved to {} after every answer.\n"))),
                      save_file);
  }

  interactive::Reply reply = session.start();
  while (true) {
    ui << reply.text;
    if (reply.answers_changed) save();
    if (reply.outcome == interactive::Outcome::complete) break;
    if (reply.outcome == interactive::Outcome::quit) {
      ui << fmt::format(fmt::runtime(std::string(tr(lang, "中断しました。{}/{} 問の回答を {} に保存しました。\n{}\n",
                                                    "Stopped. {}/{} answers are saved in {}.\n{}\n"))),
                        session.answered_count(), session.item_count(), save_file, hint);
      return static_cast<int>(ExitCode::ok);
    }
    ui << "> " << std::flush;
    std::string line;
    if (!std::getline(context.streams().in, line)) {
      ui << fmt::format(fmt::runtime(std::string(tr(lang, "\n入力の終わりです。{}/{} 問の回答を {} に保存しました。\n{}\n",
                                                    "\nEnd of input. {}/{} answers are saved in {}.\n{}\n"))),
                        session.answered_count(), session.item_count(), save_file, hint);
      return static_cast<int>(ExitCode::ok);
    }
    if (!terminal) ui << line << "\n"; // a script's input is not echoed; show it so the transcript reads
    reply = session.handle(line);
  }
  ui.flush();
  // The report comes from the saved file, through the same pipeline as `secaction diagnose FILE`,
  // so it is the report of an equivalent hand-written file by construction.
  return finish(context, run, save_file);
}

} // namespace secaction::cli
