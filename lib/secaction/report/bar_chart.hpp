#pragma once
// A horizontal bar chart as standalone SVG: each bar is one value against its own maximum (a part's
// subtotal out of its maximum, …). Generic, so any engine can draw one; the self-diagnosis and the
// checklists draw their parts with it.
#include <string>
#include <vector>

namespace secaction::report {

/// A threshold drawn across a bar as a dashed line, labelled under it (e.g. a band's lower bound).
struct BarMark {
  double value = 0; // on the bar's own scale (0..maximum); marks outside it are not drawn
  std::string label;
};

struct Bar {
  std::string label;      // above the bar; long labels wrap
  double value = 0;       // drawn clamped to 0..maximum; value_text still says the real value
  double maximum = 0;     // the full length of the bar; 0 draws an empty bar
  std::string value_text; // right of the bar ("16 / 20 points (80%)"); empty: the value as a number
  std::vector<BarMark> marks;
  bool emphasised = false; // a darker bar, e.g. the total under its parts
};

struct BarChart {
  std::string title;              // bold, at the top; long titles wrap
  std::vector<Bar> bars;          // top to bottom
  std::vector<std::string> notes; // small print under the bars (what the marks mean, …)
};

/// The chart as a complete SVG document (UTF-8, ends with a newline). Every text is XML-escaped;
/// text widths are estimated from the display width (a wide CJK character counts two columns), so
/// Japanese labels wrap before they run off the chart; numbers have a fixed number of decimals, so
/// the same chart always gives the same bytes.
std::string render_bar_svg(const BarChart& chart);

/// Splits `text` into lines of at most `columns` display columns: at spaces where there are any,
/// anywhere between wide characters, never before closing punctuation such as 、。）」 (which may
/// overhang by its own width). A word longer than a line is cut. Exposed for tests.
std::vector<std::string> wrap_by_display_width(const std::string& text, std::size_t columns);

} // namespace secaction::report
