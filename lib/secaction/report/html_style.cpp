// The style of every HTML output: a CJK font stack, Japanese line breaking, tables that fit A4
// portrait, and print rules (A4 margins, numbered pages, nothing split across pages that should
// not be). Band colours follow the self-diagnosis' four bands (best: green … worst: red); the
// label and a mark are always printed beside the colour.
#include "secaction/report/html.hpp"

namespace secaction::report {

std::string_view html_style() {
  return R"(:root { color-scheme: light; }
html { font-family: "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic", Meiryo, "Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic", sans-serif; font-size: 10.5pt; line-height: 1.6; color: #1a1a1a; background: #fff; }
body { max-width: 54em; margin: 2em auto; padding: 0 1em; }
:lang(ja) { word-break: auto-phrase; line-break: strict; }
:lang(en) { hyphens: auto; }
p, li, dd, td, th, figcaption { overflow-wrap: break-word; }
h1 { font-size: 1.6em; line-height: 1.3; margin: 0 0 0.6em; }
h2 { font-size: 1.25em; border-bottom: 2px solid #2f4f6f; padding-bottom: 0.15em; margin: 1.6em 0 0.6em; }
h3 { font-size: 1.08em; margin: 1.3em 0 0.4em; }
h4, h5, h6 { font-size: 1em; margin: 1em 0 0.3em; }
h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
.cover { border: 1px solid #9aa7b4; border-radius: 6px; padding: 1em 1.2em; margin-bottom: 1.5em; break-inside: avoid; }
.verdict { border-left: 0.6em solid #6b7b8c; background: #f4f6f8; padding: 0.5em 1em; margin: 0 0 1em; }
.verdict h2 { border: 0; margin-top: 0.2em; }
.band-label { font-size: 1.3em; font-weight: bold; margin: 0.2em 0 0.4em; }
.band-mark { display: inline-block; min-width: 1.2em; }
.band-1-of-4, .band-1-of-3, .band-1-of-2 { border-left-color: #2b8a3e; background: #ebfbee; }
.band-2-of-4, .band-2-of-3 { border-left-color: #a98a00; background: #fff9db; }
.band-3-of-4 { border-left-color: #d9480f; background: #fff4e6; }
.band-4-of-4, .band-3-of-3, .band-2-of-2 { border-left-color: #c92a2a; background: #fff5f5; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 0.15em 1em; margin: 0.5em 0 1em; }
dl.fields > div { display: contents; }
dt { font-weight: bold; color: #2f4f6f; }
dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1.2em; }
th, td { border: 1px solid #b6c0ca; padding: 0.25em 0.45em; vertical-align: top; text-align: left; }
th { background: #e9eef3; }
td.num, th.num { text-align: right; white-space: nowrap; }
table.dense { font-size: 0.9em; }
thead { display: table-header-group; }
tr, figure, li, dl.fields { break-inside: avoid; page-break-inside: avoid; }
table.stacked thead { display: none; }
table.stacked, table.stacked tbody, table.stacked tr, table.stacked td { display: block; width: auto; }
table.stacked tr { border: 1px solid #b6c0ca; border-radius: 4px; margin: 0 0 0.6em; padding: 0.3em 0.6em; }
table.stacked td { border: 0; padding: 0.05em 0; text-align: left; white-space: normal; }
table.stacked td::before { content: attr(data-label) ": "; font-weight: bold; color: #2f4f6f; }
table.stacked td:empty::after { content: "—"; color: #888; }
figure { margin: 1em 0; text-align: center; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: 0.9em; color: #444; }
@page { size: A4 portrait; margin: 18mm 14mm 18mm 14mm; @top-left { font-size: 8pt; color: #555; } @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #555; } }
@media print { html { font-size: 9.5pt; } body { max-width: none; margin: 0; padding: 0; } .cover { border-color: #666; } }
)";
}

} // namespace secaction::report
