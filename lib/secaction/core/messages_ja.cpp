#include "secaction/core/messages_ja.hpp"

// The Japanese renderings of secaction's messages. Values (file names, item numbers, answers as
// written, lists of valid choices) stay as they are, in ASCII quotes, so that a message can be
// searched for and copied from; the words around them are translated. A hole written {n*} is
// rendered again through the phrases and terms below.

namespace secaction {

std::span<const MessageEntry> japanese_messages() {
  static constexpr MessageEntry entries[] = {
      // A batch's line for a bad input: its first problem and how to see the others.
      {"{1} (+{2} more; run: {3})", "{1*}（ほか {2} 件。すべて見るには {3}）"},
      // Reading files (io, yaml_reader, csv).
      {"file is empty; the first row must be the header ({1})", "ファイルが空です。1行目は見出し行（{1}）にしてください"},
      {"file is empty", "ファイルが空です"},
      {"file contains a NUL byte; it looks binary (an .xlsx?), not CSV text; save it as CSV UTF-8",
       "ファイルに NUL バイトがあります。CSV のテキストではなくバイナリ（.xlsx?）のようです。「CSV UTF-8」形式で保存してください"},
      {"file contains a NUL byte; it looks binary, not YAML text", "ファイルに NUL バイトがあります。YAML のテキストではなくバイナリのようです"},
      {"file is {1} bytes; the limit is {2} bytes ({3} MiB)", "ファイルが {1} バイトあります。上限は {2} バイト（{3} MiB）です"},
      {"input is larger than the 16 MiB limit", "入力が上限の 16 MiB を超えています"},
      {"input is larger than the limit of {1} bytes", "入力が上限の {1} バイトを超えています"},
      {"invalid UTF-8; save the file as UTF-8 (not Shift_JIS or another encoding)",
       "UTF-8 として正しくない文字があります。ファイルを UTF-8 で保存してください（Shift_JIS などではなく）"},
      {"invalid UTF-8; save the CSV as UTF-8 (Excel: \"CSV UTF-8\"), not Shift_JIS",
       "UTF-8 として正しくない文字があります。CSV を UTF-8 で保存してください（Excel では「CSV UTF-8」。Shift_JIS ではなく）"},
      {"not valid YAML: {1}", "YAML として読めません（{1}）"},
      {"tabs are not allowed in YAML indentation; indent with spaces",
       "YAML の字下げにタブは使えません。半角スペースで字下げしてください"},
      {"duplicate key '{1}' (first given at line {2}); each key may appear only once",
       "キー '{1}' が重複しています（最初は {2} 行目）。同じキーは1回しか書けません"},
      {"an alias refers to this node from inside it (a loop); refusing to read it",
       "エイリアスが自分自身の内側を参照しています（循環）。読み込みを中止しました"},
      {"document expands to more than {1} nodes (are YAML aliases repeating large parts?); refusing to read it",
       "文書を展開すると {1} ノードを超えます（YAML のエイリアスで大きな部分を繰り返していませんか？）。読み込みを中止しました"},
      {"nesting deeper than {1} levels; refusing to read it", "入れ子が {1} 段より深くなっています。読み込みを中止しました"},
      {"is a directory, expected a file name", "ディレクトリです。ファイル名を指定してください"},
      {"is a directory, expected a file", "ディレクトリです。ファイルを指定してください"},
      {"not a regular file", "通常のファイルではありません"},
      {"cannot read: {1}", "読み込めません（{1*}）"},
      {"cannot create: {1}", "作成できません（{1*}）"},
      {"cannot write: {1}", "書き込めません（{1*}）"},
      {"cannot list directory: {1}", "ディレクトリの中身を読めません（{1*}）"},
      {"cannot create the output directory: {1}", "出力先のディレクトリを作成できません（{1*}）"},
      {"cannot create the output directory", "出力先のディレクトリを作成できません"},
      {"cannot create the directory: {1}", "ディレクトリを作成できません（{1*}）"},
      {"already exists; use --force to overwrite the drafts", "既にあります。下書きを上書きするには --force を付けてください"},
      {"already exists; use --force to overwrite it", "既にあります。上書きするには --force を付けてください"},
      {"not a directory (given to --peers)", "ディレクトリではありません（--peers の指定）"},
      {"content directory not found (from --content or SECACTION_CONTENT)",
       "コンテンツのディレクトリが見つかりません（--content または SECACTION_CONTENT の指定）"},
      {"{1} holds no secaction content (no instruments/*.yaml); point --content or SECACTION_CONTENT at a copy of the content directory",
       "{1} には secaction のコンテンツがありません（instruments/*.yaml がありません）。--content または SECACTION_CONTENT には "
       "content ディレクトリの写しを指定してください"},
      {"no instrument '{1}' in {2}; available: {3}", "{2} に質問票 '{1}' がありません。あるもの: {3}"},
      {"quoted field is never closed; add the closing double quote", "二重引用符で始まる項目が閉じていません。閉じる二重引用符を書き足してください"},
      {"text after the closing double quote; a quote inside a quoted field is written as \"\"",
       "閉じる二重引用符の後に文字があります。引用符で囲んだ項目の中の引用符は \"\" と書きます"},
      {"stray double quote inside an unquoted field; enclose the whole field in quotes and write a quote inside it as \"\"",
       "引用符で囲んでいない項目の中に二重引用符があります。項目全体を引用符で囲み、中の引用符は \"\" と書いてください"},

      // The shape of a file (schemas).
      {"{1}: missing required keys {2}", "{1*}: 必要なキー {2} がありません"},
      {"{1}: missing required key {2}", "{1*}: 必要なキー {2} がありません"},
      {"{1}: unknown key '{2}'; valid keys: {3}", "{1*}: キー '{2}' は使えません。使えるキー: {3}"},
      {"{1}: expected {2}, found {3}", "{1*}: {2*}を書くところに{3*}が書かれています"},
      {"{1}: '{2}' is not a valid choice; valid choices: {3}", "{1*}: '{2}' は選べません。選べる値: {3}"},
      {"{1}: '{2}' is not valid here; expected {3}", "{1*}: '{2}' はここには書けません。{3*}を書いてください"},
      {"{1}: '{2}' is not a calendar date; write YYYY-MM-DD", "{1*}: '{2}' は実在しない日付です。YYYY-MM-DD で書いてください"},
      {"{1}: must be '{2}'", "{1*}: '{2}' でなければなりません"},
      {"{1}: {2} is below the minimum {3}", "{1*}: {2} は最小値 {3} より小さい値です"},
      {"{1}: {2} is above the maximum {3}", "{1*}: {2} は最大値 {3} より大きい値です"},
      {"{1}: needs at least {2} entries", "{1*}: 少なくとも {2} 件必要です"},
      {"{1}: needs at least {2} entry", "{1*}: 少なくとも {2} 件必要です"},
      {"{1}: must not be empty", "{1*}: 空にはできません"},

      // Which file goes to which command.
      {"this is a CSV file, not an answer file (YAML); an asset register in CSV is read by `secaction risk {1}`",
       "これは CSV ファイルで、回答ファイル（YAML）ではありません。CSV の資産台帳は `secaction risk {1}` で読みます"},
      {"this is {1}, not {2}; use `{3}`", "これは{1*}で、{2*}ではありません。`{3}` を使ってください"},
      {"this is {1}, which no command reads as input", "これは{1*}で、入力として読むコマンドはありません"},

      // Answer files.
      {"expected an answer file (a mapping with instrument: and answers:); print one with `secaction diagnose --template`",
       "回答ファイル（instrument: と answers: のあるマッピング）ではありません。`secaction diagnose --template` で作れます"},
      {"expected an answer file for {1}, but this one answers {2}; print the right one with `secaction {3} --template`",
       "{1} の回答ファイルが必要ですが、これは {2} の回答です。`secaction {3} --template` で正しいものを作れます"},
      {"unknown instrument '{1}'; valid instruments: {2}", "質問票 '{1}' はありません。使える質問票: {2}"},
      {"'{1}' is answered with `secaction {2}`, not `secaction {3}`", "'{1}' の回答は `secaction {3}` ではなく `secaction {2}` で採点します"},
      {"unknown item number '{1}' in {2}; valid numbers: {3}", "{2} に設問番号 '{1}' はありません。使える番号: {3}"},
      {"item {1} is answered twice (as '{2}' and '{3}')", "設問 {1} に2回回答しています（'{2}' と '{3}'）"},
      {"item {1}: '{2}' is not a valid answer; valid answers: {3} (or {4})", "設問 {1}: '{2}' は回答として使えません。使える回答: {3}（または {4}）"},
      {"item {1}: '{2}' is not a valid answer; valid answers: {3}", "設問 {1}: '{2}' は回答として使えません。使える回答: {3}"},
      {"item {1}: answer '{2}' is not on the scale of '{3}' (valid: {4})", "設問 {1}: 回答 '{2}' は '{3}' の選択肢にありません（使える回答: {4}）"},
      {"no answer for items {1} (of {2}); answer them, or use --allow-missing to score them as {3}",
       "設問 {1}（全 {2} 問）に回答がありません。回答するか、--allow-missing で{3*}として採点してください"},
      {"no answer for item {1} (of {2}); answer it, or use --allow-missing to score it as {3}",
       "設問 {1}（全 {2} 問）に回答がありません。回答するか、--allow-missing で{3*}として採点してください"},
      {"no answer for items {1} (of {2}); answer them", "設問 {1}（全 {2} 問）に回答がありません。回答してください"},
      {"no answer for item {1} (of {2}); answer it", "設問 {1}（全 {2} 問）に回答がありません。回答してください"},
      {"this file answers '{1}', not '{2}'; give another --save FILE", "このファイルは '{2}' ではなく '{1}' の回答です。別の --save FILE を指定してください"},

      // Asset registers (risk).
      {"expected a register (a mapping with assets:); print one with `secaction risk --template`",
       "資産台帳（assets: のあるマッピング）ではありません。`secaction risk --template` で作れます"},
      {"no assets: list; print a register with `secaction risk --template`", "assets: の一覧がありません。`secaction risk --template` で台帳を作れます"},
      {"missing column {1}; a register needs 情報資産名称, 媒体・保存先, 機密性, 完全性 and 可用性",
       "列 {1} がありません。台帳には 情報資産名称、媒体・保存先、機密性、完全性、可用性 の列が必要です"},
      {"column {1} is given twice (first at column {2})", "列 {1} が2回あります（最初は {2} 桁目）"},
      {"unknown column '{1}'; valid columns: {2} (or their English names)", "列 '{1}' は使えません。使える列: {2}（または英語名）"},
      {"row has {1} fields but the header has {2}; a column is missing (check for a missing or extra comma)",
       "この行の項目は {1} 個で、見出し行の {2} 個と合いません。列が足りません（カンマの抜けや余分を確かめてください）"},
      {"row has {1} fields but the header has {2}; a column is extra (check for a missing or extra comma)",
       "この行の項目は {1} 個で、見出し行の {2} 個と合いません。列が多すぎます（カンマの抜けや余分を確かめてください）"},
      {"{1} is outside the scale of edition {2}; valid values: {3}", "{1} は第{2}版の尺度の外です。使える値: {3}"},
      {"{1}: unknown 媒体・保存先 '{2}'; valid media: {3}", "{1*}: 媒体・保存先 '{2}' は使えません。使える媒体: {3}"},
      {"{1}: '{2}' is not a kind of personal information; valid: {3}", "{1*}: '{2}' は個人情報の種類ではありません。使える値: {3}"},
      {"{1}: treatment '{2}' is not one of {3}", "{1*}: 対策の種類 '{2}' は {3} のいずれでもありません"},
      {"'{1}' is given twice in this asset (also as '{2}')", "'{1}' がこの資産に2回書かれています（'{2}' としても）"},
      {"countermeasure {1}: '{2}' is not an answer; write {3}", "対策 {1}: '{2}' は回答として使えません。{3} のいずれかを書いてください"},
      {"企業の存続を左右しかねない (business_critical): '{1}' is not an answer; write {2}",
       "企業の存続を左右しかねない: '{1}' は回答として使えません。{2} のいずれかを書いてください"},
      {"unknown countermeasure '{1}' for {2}; valid: {3}", "{2} に対策 '{1}' はありません。使える対策: {3}"},
      {"unknown medium '{1}' in countermeasures; valid media: {2}", "countermeasures の媒体 '{1}' は使えません。使える媒体: {2}"},
      {"countermeasures of {1} are given twice", "{1} の対策が2回書かれています"},
      {"expected countermeasures: (per medium, each countermeasure yes or no)", "countermeasures:（媒体ごとに、各対策を yes か no で）が必要です"},
      {"a --measures file holds countermeasures only; give the assets as the register FILE",
       "--measures のファイルには対策だけを書きます。資産は台帳の FILE に書いてください"},

      // The benchmark.
      {"no profile: section; the benchmark needs it to place the company in a risk group (answer {1}); print one with `secaction "
       "benchmark --template`",
       "profile: がありません。ベンチマークでは会社をリスクのグループに分けるのに使います（{1} に回答してください）。`secaction "
       "benchmark --template` で作れます"},
      {"profile: no answer for {1}; valid choices: {2}", "profile: {1} に回答がありません。選べる値: {2}"},
      {"unknown profile question '{1}'; valid questions: {2}", "プロフィールの質問 '{1}' はありません。使える質問: {2}"},

      // Company profiles and SECURITY ACTION evidence.
      {"{1}: '{2}' is the template's placeholder; replace it, or the drafts print it as it is",
       "{1*}: '{2}' はテンプレートの仮の値です。書き換えないと下書きにそのまま載ります"},
      {"revised_on: is before established_on", "revised_on: established_on より前の日付です"},
      {"expected a SECURITY ACTION evidence file (a mapping with five_principles:, self_diagnosis: and policy:); see man "
       "secaction-checklist",
       "SECURITY ACTION の根拠ファイル（five_principles:、self_diagnosis:、policy: のあるマッピング）ではありません。man "
       "secaction-checklist を参照してください"},
      {"policy --check: {1} of {2} drafts missing or drifted, {3} left over", "policy --check: 下書き {2} 件のうち {1} 件がないか古くなっています。不要な下書きが {3} 件あります"},
      {"policy --check: {1} of {2} drafts missing or drifted", "policy --check: 下書き {2} 件のうち {1} 件がないか古くなっています"},
      {"{1} drafts in {2} are up to date", "{2} の下書き {1} 件は最新です"},
      {"missing (run without --check to write it)", "ありません（--check を付けずに実行すると書き出します）"},
      {"differs from what the profile generates (regenerate with --force)", "プロフィールから作られる内容と違います（--force で作り直せます）"},
      {"not generated at this level or profile any more (delete it)", "このレベルやプロフィールでは作られなくなりました（削除してください）"},

      // Results, compare, trend, merge, plan.
      {"schema: '{1}' is not a questionnaire result; expected an answer file or the JSON of `secaction diagnose|checklist --format json` "
       "({2})",
       "schema: '{1}' は質問票の結果ではありません。回答ファイルか `secaction diagnose|checklist --format json` の JSON（{2}）を指定してください"},
      {"instrument '{1}' differs from '{2}' in {3}; {4} takes results of one instrument",
       "質問票 '{1}' が {3} の '{2}' と違います。{4} は同じ質問票の結果だけを扱います"},
      {"assessed_on: missing; trend orders results by their assessment date (give assessed_on in the file)",
       "assessed_on: がありません。trend は結果を診断日の順に並べます（ファイルに assessed_on を書いてください）"},
      {"organization: the results name {1} organisations ({2}); a trend is meant for one, so check that these are the same organisation",
       "organization: 結果に {1} つの組織名（{2}）があります。推移は1つの組織のためのものなので、同じ組織か確かめてください"},
      {"item {1}: not an item of '{2}' in this content; was the result made with other content?",
       "設問 {1}: このコンテンツの '{2}' にない設問です。別のコンテンツで作った結果ではありませんか？"},
      {"parts: the result has {1} items, '{2}' has {3}; was it made with other content?",
       "parts: 結果の設問は {1} 問、'{2}' は {3} 問です。別のコンテンツで作った結果ではありませんか？"},
      {"organisation \"{1}\" differs from \"{2}\" in an earlier file; a plan is for one organisation",
       "組織 \"{1}\" が前のファイルの \"{2}\" と違います。計画は1つの組織のためのものです"},
      {"organisation \"{1}\" differs from \"{2}\" in an earlier file; merge only answers from one organisation",
       "組織 \"{1}\" が前のファイルの \"{2}\" と違います。統合できるのは1つの組織の回答だけです"},
      {"a second answer file for {1}; combine them first with `secaction merge`", "{1} の2つ目の回答ファイルです。先に `secaction merge` でまとめてください"},
      {"answers {1}, but {2} answers {3}; merge only answer files for the same instrument",
       "{1} の回答ですが、{2} は {3} の回答です。統合できるのは同じ質問票の回答ファイルだけです"},
      {"no results to chart; give answer files or JSON results", "グラフにする結果がありません。回答ファイルか JSON の結果を指定してください"},
      {"regression: {1}", "悪化: {1*}"},

      // Gates.
      {"total score {1} is below --fail-under {2}", "合計点 {1} が --fail-under {2} を下回っています"},
      {"completion {1} is below --fail-under {2}", "達成率 {1} が --fail-under {2} を下回っています"},
      {"{1} asset(s) at or above band '{2}' have no treatment decided (--fail-on {3})",
       "リスク '{2}' 以上で対策が決まっていない資産が {1} 件あります（--fail-on {3}）"},
      {"{1} asset(s) have a risk value of {2} or more (--fail-over)", "リスク値が {2} 以上の資産が {1} 件あります（--fail-over）"},
      {"{1} {2} is out of range: {3}", "{1} {2} は範囲外です。{3*}"},
      {"{1} {2} is not a number; {3}", "{1} {2} は数値ではありません。{3*}"},
      {"{1} {2}: {3} is a percentage from {4} to {5}; for {6}%, write {7}", "{1} {2}: {3*}は {4} から {5} の百分率です。{6}% なら {7} と書いてください"},
      {"{1} {2}: {3} is a whole number from {4} to {5}", "{1} {2}: {3*}は {4} から {5} の整数です"},

      // Batch runs.
      {"{1} written to {2}, summary in {3}, {4} failed, {5} below the gate",
       "{2} にレポート {1*}、{3} に要約を書き出しました。失敗 {4*}、基準未満 {5*}"},
      {"{1} written to {2}, summary in {3}, {4} failed", "{2} にレポート {1*}、{3} に要約を書き出しました。失敗 {4*}"},
      {"{1} written to {2}, {3} failed, {4} below the gate", "{2} にレポート {1*}を書き出しました。失敗 {3*}、基準未満 {4*}"},
      {"{1} written to {2}, {3} failed", "{2} にレポート {1*}を書き出しました。失敗 {3*}"},
      {"{1} summarised in {2}, {3} failed, {4} below the gate", "{2} に {1*}の要約を書き出しました。失敗 {3*}、基準未満 {4*}"},
      {"{1} summarised in {2}, {3} failed", "{2} に {1*}の要約を書き出しました。失敗 {3*}"},
      {"{1} already exists in {2}; use --force to overwrite it", "{2} にレポート {1*}が既にあります。上書きするには --force を付けてください"},
      {"{1} already exist in {2}; use --force to overwrite them", "{2} にレポート {1*}が既にあります。上書きするには --force を付けてください"},
      {"{1}: no input files ({2}) found in {3}", "{1}: {3} に入力ファイル（{2}）がありません"},
      {"{1}: - (standard input) cannot be combined with other inputs, --out-dir or --summary",
       "{1}: -（標準入力）はほかの入力や --out-dir、--summary と一緒には使えません"},
      {"{1}: -o/--output writes the report of one input; for several inputs use --out-dir DIR",
       "{1}: -o/--output は1つの入力のレポートを書きます。複数の入力には --out-dir DIR を使ってください"},
      {"{1}: several inputs need --out-dir DIR (one report per input) and/or --summary FILE (one row per input)",
       "{1}: 複数の入力には --out-dir DIR（入力ごとのレポート）か --summary FILE（入力ごとに1行の要約）が必要です"},
      {"{1}: --out-dir, --summary and -j go with answer FILEs or DIRs, not {2}", "{1}: --out-dir、--summary、-j は回答の FILE や DIR と使います。{2} とは使えません"},

      // The command line.
      {"unknown command '{1}'; did you mean '{2}'?", "コマンド '{1}' はありません。'{2}' のことですか？"},
      {"unknown command '{1}'; `secaction help` lists the commands", "コマンド '{1}' はありません。`secaction help` で一覧を表示できます"},
      {"unknown command '{1}'", "コマンド '{1}' はありません"},
      {"unknown option '{1}' for {2}; did you mean '{3}'?", "{2} にオプション '{1}' はありません。'{3}' のことですか？"},
      {"unknown option '{1}' for {2}", "{2} にオプション '{1}' はありません"},
      {"unknown option '{1}'; did you mean '{2}'?", "オプション '{1}' はありません。'{2}' のことですか？"},
      {"unknown option '{1}'", "オプション '{1}' はありません"},
      {"unexpected arguments '{1}'", "余分な引数 '{1}' があります"},
      {"unexpected argument '{1}'", "余分な引数 '{1}' があります"},
      {"unknown checklist '{1}'; did you mean '{2}'? (`secaction checklist list` shows them)",
       "チェックリスト '{1}' はありません。'{2}' のことですか？（`secaction checklist list` で一覧を表示できます）"},
      {"unknown checklist '{1}' (and no such file); valid names: {2}", "チェックリスト '{1}' はありません（同じ名前のファイルもありません）。使える名前: {2}"},
      {"Run '{1}' for usage.", "使い方は '{1}' で表示できます。"},
      {"{1}: '{2}' is not one of {3}; did you mean '{4}'?", "{1}: '{2}' は {3} のいずれでもありません。'{4}' のことですか？"},
      {"{1}: '{2}' is not one of {3}", "{1}: '{2}' は {3} のいずれでもありません"},
      {"{1}: '{2}' is not a number", "{1}: '{2}' は数値ではありません"},
      {"{1}: Value {2} not in range {3} to {4}", "{1}: {2} は {3} から {4} の範囲にありません"},
      {"--as-of: '{1}' is not a date; write YYYY-MM-DD", "--as-of: '{1}' は日付ではありません。YYYY-MM-DD で書いてください"},
      {"SOURCE_DATE_EPOCH: '{1}' is not a number of seconds", "SOURCE_DATE_EPOCH: '{1}' は秒数ではありません"},
      {"--excel writes CSV (with a byte order mark for Excel); it cannot be combined with --format {1}",
       "--excel は（Excel 用のバイトオーダーマーク付きの）CSV を書きます。--format {1} とは一緒に使えません"},
      {"--excel writes CSV, but -o {1} names a {2} file; write to a .csv file",
       "--excel は CSV を書きますが、-o {1} は {2} のファイル名です。.csv のファイルに書いてください"},
      {"{1}: {2}; --format and --excel do not apply", "{1}: {2*}。--format と --excel は使えません"},
      {"{1}: missing FILE; print a blank answer file with `secaction {2} --template`",
       "{1}: FILE がありません。`secaction {2} --template` で空の回答ファイルを作れます"},
      {"{1}: give either FILE or --template, not both", "{1}: FILE と --template はどちらか一方だけを指定してください"},
      {"{1}: give either --interactive/--save or --template, not both", "{1}: --interactive/--save と --template はどちらか一方だけを指定してください"},
      {"{1}: --allow-missing goes with an answer FILE, not --interactive", "{1}: --allow-missing は回答の FILE と使います。--interactive とは使えません"},
      {"diagnose: --interactive asks the questions itself; to continue a saved file use --save FILE",
       "diagnose: --interactive は自分で質問します。保存したファイルの続きは --save FILE で回答します"},
      {"risk: missing FILE; print a blank register with `secaction risk --template`",
       "risk: FILE がありません。`secaction risk --template` で空の台帳を作れます"},
      {"risk: --measures answers the countermeasures of one register; in a batch, put each register's beside it as "
       "REGISTER.measures.yaml",
       "risk: --measures は1つの台帳の対策に答えるものです。一括処理では、台帳ごとの対策を REGISTER.measures.yaml として台帳の隣に置いてください"},
      {"risk: --edition {1} is not known; valid editions: {2}", "risk: --edition {1} はありません。使える版: {2}"},
      {"benchmark: --peers compares one answer file with a directory of others; in a batch use --reference FILE",
       "benchmark: --peers は1つの回答ファイルをディレクトリのほかの回答と比べます。一括処理では --reference FILE を使ってください"},
      {"checklist: missing NAME or FILE; `secaction checklist list` shows the checklists",
       "checklist: NAME か FILE がありません。`secaction checklist list` でチェックリストを表示できます"},
      {"checklist: '{1}' is a checklist; print its blank answer file with `secaction checklist {2} --template`, then score it with "
       "`secaction checklist FILE`",
       "checklist: '{1}' はチェックリストです。`secaction checklist {2} --template` で空の回答ファイルを作り、`secaction checklist FILE` "
       "で採点します"},
      {"checklist: --template needs a checklist name, not {1}; see `secaction checklist list`",
       "checklist: --template にはチェックリストの名前が必要です（{1*}ではなく）。`secaction checklist list` を参照してください"},
      {"checklist: --allow-missing and --fail-under go with an answer FILE", "checklist: --allow-missing と --fail-under は回答の FILE と使います"},
      {"checklist: --five-principles, --self-diagnosis and --policy go with `secaction checklist security-action`",
       "checklist: --five-principles、--self-diagnosis、--policy は `secaction checklist security-action` と使います"},
      {"checklist: --interactive and --save go with a checklist NAME; `secaction checklist list` shows them",
       "checklist: --interactive と --save はチェックリストの NAME と使います。`secaction checklist list` で表示できます"},
      {"checklist: give the evidence file once, either as FILE or with --policy", "checklist: 根拠ファイルは FILE か --policy のどちらかで1回だけ指定してください"},
      {"compare: missing {1}; give the earlier and the later result of one instrument (answer files or --format json results), e.g. "
       "`secaction compare 2025.yaml 2026.yaml`",
       "compare: {1} がありません。同じ質問票の前の結果と後の結果（回答ファイルか --format json の結果）を指定してください。例: `secaction "
       "compare 2025.yaml 2026.yaml`"},
      {"compare: only one of OLD and NEW can be - (standard input)", "compare: -（標準入力）にできるのは OLD と NEW のどちらか一方だけです"},
      {"trend: missing FILE; give the results of one organisation over time (answer files or --format json results of one instrument), "
       "or a DIR of them, e.g. `secaction trend results/`",
       "trend: FILE がありません。1つの組織の時期ごとの結果（同じ質問票の回答ファイルか --format json の結果）か、それを置いた DIR "
       "を指定してください。例: `secaction trend results/`"},
      {"trend: give either --chart FILE or --no-chart, not both", "trend: --chart FILE と --no-chart はどちらか一方だけを指定してください"},
      {"merge: missing FILE; give the answer files of one instrument to combine (e.g. one per department), e.g. `secaction merge "
       "sales.yaml office.yaml -o merged.yaml`",
       "merge: FILE がありません。まとめる同じ質問票の回答ファイル（部署ごとなど）を指定してください。例: `secaction merge sales.yaml "
       "office.yaml -o merged.yaml`"},
      {"merge: --provenance writes Markdown (.md) or CSV (.csv)", "merge: --provenance は Markdown（.md）か CSV（.csv）で書きます"},
      {"plan: missing FILE; give an organisation's answer files, at most one per instrument (print one with `secaction diagnose "
       "--template` or `secaction checklist NAME --template`)",
       "plan: FILE がありません。1つの組織の回答ファイルを、質問票ごとに1つまで指定してください（`secaction diagnose --template` "
       "や `secaction checklist NAME --template` で作れます）"},
      {"policy: missing PROFILE; print a profile to fill in with `secaction policy --template`",
       "policy: PROFILE がありません。`secaction policy --template` で記入用のプロフィールを作れます"},
      {"policy: missing --out-dir DIR", "policy: --out-dir DIR がありません"},
      {"policy: give either PROFILE or --template, not both", "policy: PROFILE と --template はどちらか一方だけを指定してください"},
      {"policy: --check writes nothing; --force makes no sense with it", "policy: --check は何も書き出さないので、--force とは一緒に使えません"},
      {"policy: --template prints a profile; --out-dir and --check go with PROFILE",
       "policy: --template はプロフィールを出力します。--out-dir と --check は PROFILE と使います"},
      {"policy: -o writes the --template profile; the drafts of a PROFILE go to --out-dir DIR",
       "policy: -o は --template のプロフィールを書きます。PROFILE の下書きは --out-dir DIR に書き出します"},
      {"validate: - (standard input) can be given once", "validate: -（標準入力）は1回だけ指定できます"},
      {"completion: missing SHELL (bash, zsh or fish); e.g. `source <(secaction completion bash)`",
       "completion: SHELL（bash、zsh、fish のいずれか）がありません。例: `source <(secaction completion bash)`"},
  };
  return entries;
}

std::span<const MessageEntry> japanese_phrases() {
  static constexpr MessageEntry phrases[] = {
      // Parts of a message joined by "; " (no phrase has one inside), then the phrases themselves.
      {"{1}; {2}", "{1*}。{2*}"},
      {"asset '{1}'", "資産 '{1}'"},
      {"profile {1}", "プロフィールの {1}"},
      {"{1} ranges from {2} to {3}", "{1*}の範囲は {2} から {3} です"},
      {"the total score went from {1} to {2}", "合計点が {1} から {2} になりました"},
      {"the completion rate went from {1} to {2}", "達成率が {1} から {2} になりました"},
      {"{1} items got worse ({2})", "{1} 問が悪化しました（{2}）"},
      {"{1} item got worse ({2})", "{1} 問が悪化しました（{2}）"},
      {"{1} reports", "{1} 件"},
      {"{1} report", "{1} 件"},
      {"{1} inputs", "{1} 件"},
      {"{1} input", "{1} 件"},
      // Lists last, so that the phrases above are found whole first.
      {"{1} or {2}", "{1*}または{2*}"},
      {"{1}, {2}", "{1*}、{2*}"},
  };
  return phrases;
}

std::span<const MessageEntry> japanese_terms() {
  static constexpr MessageEntry terms[] = {
      // Paths and kinds of value in schema messages.
      {"(top level)", "（最上位）"},
      {"text", "文字列"},
      {"a list", "リスト"},
      {"a mapping", "マッピング"},
      {"a mapping (key: value lines)", "マッピング（キー: 値 の行）"},
      {"nothing (an empty value)", "何もない値（空欄）"},
      {"an empty value", "空欄"},
      {"a whole number", "整数"},
      {"a number", "数値"},
      {"true/false", "true/false"},
      {"true or false", "true か false"},
      {"an unsupported value", "扱えない値"},
      {"a date written YYYY-MM-DD", "YYYY-MM-DD 形式の日付"},
      {"an instrument id such as self-diagnosis", "self-diagnosis のような質問票の ID"},
      {"わからない (unknown)", "わからない（unknown）"},
      {"the lowest answer", "最も低い回答"},
      // Kinds of file.
      {"an answer file", "回答ファイル"},
      {"a benchmark answer file", "ベンチマークの回答ファイル"},
      {"an asset register", "資産台帳"},
      {"a countermeasures file (for risk --measures)", "対策の回答ファイル（risk --measures 用）"},
      {"a company profile", "会社のプロフィール"},
      {"a SECURITY ACTION evidence file", "SECURITY ACTION の根拠ファイル"},
      {"a JSON result", "JSON の結果"},
      {"a report in JSON", "JSON のレポート"},
      {"benchmark reference statistics", "ベンチマークの参照統計"},
      {"an instrument (content)", "質問票（コンテンツ）"},
      {"a file secaction does not recognise", "secaction の知らないファイル"},
      // What gates compare with.
      {"the total score", "合計点"},
      {"completion", "達成率"},
      {"the risk value (importance × likelihood)", "リスク値（重要度×被害発生可能性）"},
      // What a mode prints (with --format and --excel refused).
      {"--template prints a YAML answer file", "--template は YAML の回答ファイルを出力します"},
      {"--template prints a YAML register", "--template は YAML の台帳を出力します"},
      {"list", "list"},
      {"answer files", "回答ファイル"},
      {"a file", "ファイル"},
      // The system's own messages (strerror), as io reports them.
      {"No such file or directory", "ファイルやディレクトリがありません"},
      {"Permission denied", "アクセスが許可されていません"},
      {"Is a directory", "ディレクトリです"},
      {"Not a directory", "ディレクトリではありません"},
      {"File exists", "既にあります"},
      {"No space left on device", "ディスクに空きがありません"},
      {"Read-only file system", "読み取り専用のファイルシステムです"},
      {"Disk quota exceeded", "ディスクの割り当てを超えました"},
      {"File name too long", "ファイル名が長すぎます"},
      {"Too many open files", "開いているファイルが多すぎます"},
  };
  return terms;
}

} // namespace secaction
