#pragma once
// Pieces every SVG chart shares: escaping, deterministic numbers, and the document's opening with
// a font list that has Japanese glyphs on Windows, macOS and Linux (no external fonts or scripts).
#include <string>
#include <string_view>

namespace secaction::report {

/// How a chart draws a series' line.
enum class LineStyle { solid, dashed, dotted };

/// Escapes &, <, >, " and ' for XML text and attribute values; control characters other than
/// tab and newline (not allowed in XML 1.0) become spaces.
std::string escape_xml(std::string_view text);

/// A coordinate or length with one decimal and never "-0.0", so the same chart gives the same bytes.
std::string svg_number(double value);

/// The XML declaration, the <svg> element (width × height, same viewBox), a <title> and a white
/// background. Close the document with svg_close().
std::string svg_open(double width, double height, std::string_view title);

/// "</svg>\n".
std::string svg_close();

/// The stroke-dasharray attribute (with a leading space) for a dashed or dotted line; "" for solid.
std::string svg_dash_attribute(LineStyle style);

} // namespace secaction::report
