#pragma once
// An interactive answering session as a pure state machine: the instrument, the answers so far,
// notes waiting for an answer, and the current item. It takes one line of input at a time and says
// what to show next; it never reads, writes or touches the terminal (cmd/interactive does), so
// the terminal, a script on stdin and the unit tests all drive the same logic.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "secaction/core/date.hpp"
#include "secaction/core/lang.hpp"
#include "secaction/questionnaire/answers.hpp"
#include "secaction/questionnaire/model.hpp"

namespace secaction::interactive {

struct SessionOptions {
  Lang lang = Lang::ja;
  std::size_t width = 80; // terminal columns to wrap to
  bool colour = false;    // ANSI colours (cmd decides: a terminal and no NO_COLOR)
  /// The date offered for assessed_on (Enter takes it): today, which cmd knows (engines have no clock).
  std::optional<Date> default_date;
};

enum class Outcome {
  asking,   // show the text and read another line
  quit,     // the user pressed q
  complete, // every item has an answer
};

struct Reply {
  std::string text;             // what to show, ending in a newline; the caller adds the "> " prompt
  bool answers_changed = false; // the answer file must be rewritten now
  Outcome outcome = Outcome::asking;
};

class Session {
public:
  /// Starts at the first unanswered item (a resumed file continues where it stopped).
  Session(const questionnaire::Instrument& instrument, questionnaire::AnswerSet answers, SessionOptions options);

  /// Before the items, a new file asks for the organisation, the date (default_date on Enter) and
  /// the assessor, and a resumed file without a date asks for the date, so that the saved file
  /// can go into `trend`. The first screen: that question; else the source's guidance (3原則, …)
  /// when nothing is answered yet, then the current question; or Outcome::complete when nothing
  /// is left to ask.
  [[nodiscard]] Reply start() const;
  /// One line of input: a choice key (1–9), an answer-file value or label, or ? b s n q.
  Reply handle(std::string_view line);

  [[nodiscard]] const questionnaire::AnswerSet& answers() const { return m_answers; }
  [[nodiscard]] std::size_t answered_count() const;
  [[nodiscard]] std::size_t item_count() const { return m_items.size(); }
  [[nodiscard]] const questionnaire::Item& current_item() const { return *m_items[m_position].item; }
  [[nodiscard]] bool complete() const { return answered_count() == m_items.size(); }
  [[nodiscard]] bool awaiting_note() const { return m_awaiting_note; }
  [[nodiscard]] bool asking_details() const { return !m_details.empty(); }

private:
  struct Entry {
    const questionnaire::Part* part;
    const questionnaire::Item* item;
  };

  [[nodiscard]] bool answered(std::size_t index) const;
  /// The first unanswered item after `from` (wrapping around), or m_items.size() when none is.
  [[nodiscard]] std::size_t next_unanswered(std::size_t from, bool include_from) const;
  [[nodiscard]] const questionnaire::ScaleOption* choice_for(std::string_view input) const;
  [[nodiscard]] std::string guidance_screen() const;
  [[nodiscard]] std::string question_screen() const;
  [[nodiscard]] std::string choices_text() const;
  [[nodiscard]] std::string keys_text() const;
  [[nodiscard]] std::string explanation() const;
  [[nodiscard]] std::string style(std::string_view text, std::string_view code) const;
  [[nodiscard]] std::string tr(std::string_view ja, std::string_view en) const;
  Reply answer(const questionnaire::ScaleOption& option);
  Reply take_note(std::string_view line);
  enum class Detail { organization, date, assessor };
  [[nodiscard]] std::string detail_prompt() const;
  [[nodiscard]] Reply after_details() const;
  Reply take_detail(std::string_view line);

  const questionnaire::Instrument& m_instrument;
  questionnaire::AnswerSet m_answers;
  SessionOptions m_options;
  std::vector<Entry> m_items;
  std::map<std::string, std::string> m_pending_notes; // notes typed before the item was answered
  std::size_t m_position = 0;
  bool m_awaiting_note = false;
  std::vector<Detail> m_details; // still to ask, first first
};

} // namespace secaction::interactive
