#include "secaction/core/encoding.hpp"

#include <cerrno>
#include <stdexcept>

#include <iconv.h>
#include <utf8proc.h>

namespace secaction {
namespace {

// One iconv conversion; returns false at the first input it cannot convert, with `offset` the
// input bytes converted before it.
class Converter {
 public:
  Converter(const char* to, const char* from) : m_cd(iconv_open(to, from)) {
    if (m_cd == reinterpret_cast<iconv_t>(-1))
      throw std::runtime_error(std::string("iconv cannot convert ") + from + " to " + to);
  }
  ~Converter() { iconv_close(m_cd); }
  Converter(const Converter&) = delete;
  Converter& operator=(const Converter&) = delete;

  bool convert(std::string_view input, std::string& out, std::size_t& offset) {
    auto* in = const_cast<char*>(input.data()); // iconv's signature; the input is not written
    std::size_t in_left = input.size();
    char buffer[4096];
    while (in_left > 0) {
      char* out_ptr = buffer;
      std::size_t out_left = sizeof buffer;
      const std::size_t result = iconv(m_cd, &in, &in_left, &out_ptr, &out_left);
      out.append(buffer, static_cast<std::size_t>(out_ptr - buffer));
      if (result == static_cast<std::size_t>(-1) && errno != E2BIG) {
        offset = input.size() - in_left;
        return false;
      }
    }
    char* out_ptr = buffer;
    std::size_t out_left = sizeof buffer;
    iconv(m_cd, nullptr, nullptr, &out_ptr, &out_left); // the shift state back to the start (none in CP932)
    out.append(buffer, static_cast<std::size_t>(out_ptr - buffer));
    offset = input.size();
    return true;
  }

 private:
  iconv_t m_cd;
};

} // namespace

std::optional<TextEncoding> parse_text_encoding(std::string_view name) {
  std::string lowered;
  for (const char c : name) lowered += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (lowered == "utf-8" || lowered == "utf8") return TextEncoding::utf8;
  if (lowered == "cp932" || lowered == "shift_jis" || lowered == "sjis" || lowered == "windows-31j") return TextEncoding::cp932;
  return std::nullopt;
}

Cp932Result utf8_to_cp932(std::string_view text) {
  Cp932Result result;
  result.text.reserve(text.size());
  std::size_t offset = 0;
  Converter converter("CP932", "UTF-8");
  if (converter.convert(text, result.text, offset)) return result;
  Unencodable bad;
  bad.offset = offset;
  utf8proc_int32_t code_point = 0;
  const auto length = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + offset),
                                       static_cast<utf8proc_ssize_t>(text.size() - offset), &code_point);
  bad.character = std::string(text.substr(offset, length > 0 ? static_cast<std::size_t>(length) : 1));
  bad.code_point = length > 0 ? static_cast<char32_t>(code_point) : 0xFFFD;
  result.unencodable = bad;
  return result;
}

std::optional<std::string> cp932_to_utf8(std::string_view text, std::size_t* bad_offset) {
  std::string out;
  out.reserve(text.size() * 3 / 2);
  std::size_t offset = 0;
  Converter converter("UTF-8", "CP932");
  if (converter.convert(text, out, offset)) return out;
  if (bad_offset != nullptr) *bad_offset = offset;
  return std::nullopt;
}

} // namespace secaction
