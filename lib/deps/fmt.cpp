// fmt's compiled part, for the static build only (SECACTION_STATIC, the release preset).
// Debian's libfmt-dev ships the headers and libfmt.so, but no static library and no sources, so the
// static build used to compile fmt header-only (FMT_HEADER_ONLY): every file then compiled fmt's
// non-inline functions (format-inl.h) again, about 3.6 s of CPU per file at -O3. Here they are
// compiled once; every other file sees them declared, as with the shared library
// (docs/PERFORMANCE.md "Build and CI cost").
#ifdef FMT_HEADER_ONLY
#error "this file is fmt's compiled part: build it without FMT_HEADER_ONLY"
#endif
#include <fmt/format-inl.h>

FMT_BEGIN_NAMESPACE
namespace detail {
// The templates format.h declares and format-inl.h defines, instantiated for what callers use.
template auto dragonbox::to_decimal(float x) noexcept -> dragonbox::decimal_fp<float>;
template auto dragonbox::to_decimal(double x) noexcept -> dragonbox::decimal_fp<double>;
template locale_ref::locale_ref(const std::locale& loc);
template auto locale_ref::get<std::locale>() const -> std::locale;
template auto thousands_sep_impl(locale_ref) -> thousands_sep_result<char>;
template auto decimal_point_impl(locale_ref) -> char;
template auto thousands_sep_impl(locale_ref) -> thousands_sep_result<wchar_t>;
template auto decimal_point_impl(locale_ref) -> wchar_t;
}  // namespace detail
FMT_END_NAMESPACE
