#!/usr/bin/python3
"""Writes the synthetic workbooks the import-sheet tests read, with writers independent of secaction:
openpyxl (Debian's python3-openpyxl) for workbooks shaped like the official check sheets, and
Python's zipfile for the hand-made and hostile ones (formulas with cached values, furigana runs,
inline strings, zip bombs, DTDs, path traversal, an encrypted entry, .xls and .csv).

    /usr/bin/python3 tests/sheets/make_workbooks.py OUTDIR
    /usr/bin/python3 tests/sheets/make_workbooks.py --check tests/fixtures/sheets OUTDIR

Every text is made up for the tests ("（試験用）…"): no official text is reproduced. The output is
byte-for-byte the same on every run (fixed zip dates and document properties), so the copies in
tests/fixtures/sheets/ can be regenerated.
"""
import datetime
import io
import os
import sys
import zipfile

import openpyxl
from openpyxl.styles import Alignment

FIXED = datetime.datetime(2025, 4, 1, 9, 0, 0)


def normalized(data):
    """The zip rewritten with fixed dates, so the bytes do not depend on the clock."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 4, 1, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            target.writestr(fixed, content)
    return out.getvalue()


def save(book, path):
    book.properties.creator = "secaction tests"
    book.properties.created = FIXED
    book.properties.modified = FIXED
    buffer = io.BytesIO()
    book.save(buffer)
    data = buffer.getvalue()
    # openpyxl stamps the save time into docProps/core.xml; replace it with the fixed one.
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = content.decode("utf-8")
                start = text.find("<dcterms:modified")
                if start >= 0:
                    end = text.find("</dcterms:modified>", start) + len("</dcterms:modified>")
                    text = (text[:start] + '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-04-01T09:00:00Z</dcterms:modified>'
                            + text[end:])
                content = text.encode("utf-8")
            target.writestr(info.filename, content)
    with open(path, "wb") as f:
        f.write(normalized(out.getvalue()))


# --- A requirements sheet shaped like the supply-chain rating scheme's (★3): merged group cells,
# requirement ids 1-2-1 (merged over their criteria), criterion ids 1-2-1-1, criteria and guidance.

STAR3_2025 = [
    # group, requirement id, requirement, criterion id, criterion, guidance
    ("1 （試験用）ガバナンスの整備", "1-1-1", "（試験用）方針を定めること", "1-1-1-1", "（試験用）方針を文書にしている。",
     "（試験用）解説：文書の形式は問わない。\n（試験用）解説：経営者が承認している。"),
    ("1 （試験用）ガバナンスの整備", "1-1-1", "（試験用）方針を定めること", "1-1-1-2", "（試験用）方針を従業員に周知している。", ""),
    ("1 （試験用）ガバナンスの整備", "1-2-1", "（試験用）責任者を置くこと", "1-2-1-1", "（試験用）責任者を任命している。",
     "（試験用）解説：兼任でもよい。"),
    ("2 （試験用）取引先の管理", "2-1-1", "（試験用）委託先を把握すること", "2-1-1-1", "（試験用）委託先の一覧がある。", ""),
    ("2 （試験用）取引先の管理", "2-1-1", "（試験用）委託先を把握すること", "2-1-1-2", "（試験用）一覧を年に一度見直している。",
     "（試験用）解説：見直しの記録を残す。"),
]

# The next edition: 1-1-1-2 is reworded, 2-1-1-2 becomes 2-1-1-3 (the map says so), 2-1-2-1 is new and
# 1-2-1-1 is removed.
STAR3_2026 = [
    ("1 （試験用）ガバナンスの整備", "1-1-1", "（試験用）方針を定めること", "1-1-1-1", "（試験用）方針を文書にしている。",
     "（試験用）解説：文書の形式は問わない。\n（試験用）解説：経営者が承認している。"),
    ("1 （試験用）ガバナンスの整備", "1-1-1", "（試験用）方針を定めること", "1-1-1-2", "（試験用）方針を全従業員に毎年周知している。", ""),
    ("2 （試験用）取引先の管理", "2-1-1", "（試験用）委託先を把握すること", "2-1-1-1", "（試験用）委託先の一覧がある。", ""),
    ("2 （試験用）取引先の管理", "2-1-1", "（試験用）委託先を把握すること", "2-1-1-3", "（試験用）一覧を年に一度見直している。",
     "（試験用）解説：見直しの記録を残す。"),
    ("2 （試験用）取引先の管理", "2-1-2", "（試験用）委託先と契約すること", "2-1-2-1", "（試験用）契約に秘密保持を定めている。", ""),
]


def merge_runs(sheet, column, first_row, values):
    """Merges each run of equal values in `column`, as the official sheets do for group titles."""
    start = 0
    while start < len(values):
        end = start
        while end + 1 < len(values) and values[end + 1] == values[start]:
            end += 1
        if end > start:
            sheet.merge_cells(f"{column}{first_row + start}:{column}{first_row + end}")
        start = end + 1


def requirements_book(path, rows, title):
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "説明"
    notes["A1"] = "（試験用）この表の使い方"
    notes["A2"] = "（試験用）各評価基準を満たしているかを記入してください。"
    sheet = book.create_sheet("評価基準")
    sheet["A1"] = title
    sheet.merge_cells("A1:F1")
    sheet["A2"] = "（試験用）★3 要求事項と評価基準"
    headers = ["分類", "要求事項ID", "要求事項", "評価基準ID", "評価基準", "解説"]
    for column, header in enumerate(headers, start=1):
        sheet.cell(row=3, column=column, value=header)
    first = 4
    for offset, row in enumerate(rows):
        r = first + offset
        group, requirement_id, requirement, criterion_id, criterion, guidance = row
        # In merged runs only the first cell holds the value, as Excel keeps it.
        if offset == 0 or rows[offset - 1][0] != group:
            sheet.cell(row=r, column=1, value=group)
        if offset == 0 or rows[offset - 1][1] != requirement_id:
            sheet.cell(row=r, column=2, value=requirement_id)
            sheet.cell(row=r, column=3, value=requirement)
        sheet.cell(row=r, column=4, value=criterion_id)
        sheet.cell(row=r, column=5, value=criterion).alignment = Alignment(wrap_text=True)
        if guidance:
            sheet.cell(row=r, column=6, value=guidance)
        sheet.cell(row=r, column=7, value="")  # the answer column the official sheet leaves blank
    merge_runs(sheet, "A", first, [row[0] for row in rows])
    merge_runs(sheet, "B", first, [row[1] for row in rows])
    merge_runs(sheet, "C", first, [row[1] for row in rows])
    # A formula outside the mapped columns (a count the sheet keeps for its users).
    sheet.cell(row=first + len(rows) + 1, column=7, value=f"=COUNTA(D{first}:D{first + len(rows) - 1})")
    save(book, path)


# --- A maturity sheet shaped like the visualisation tool's: a question per row, five level
# descriptions, a target level, group titles merged down column A, numeric question numbers.

MATURITY = [
    ("指示1 （試験用）方針の策定", 1, "（試験用）方針を定めていますか。", 3),
    ("指示1 （試験用）方針の策定", 2, "（試験用）方針を見直していますか。", 3),
    ("指示2 （試験用）体制の構築", 3, "（試験用）責任者を決めていますか。", 4),
    ("指示2 （試験用）体制の構築", 4, "（試験用）窓口を設けていますか。", None),
]


def maturity_book(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "可視化"
    headers = ["分類", "No", "設問", "レベル1", "レベル2", "レベル3", "レベル4", "レベル5", "目標"]
    for column, header in enumerate(headers, start=1):
        sheet.cell(row=2, column=column, value=header)
    sheet["A1"] = "（試験用）可視化シート"
    first = 3
    for offset, (group, number, question, target) in enumerate(MATURITY):
        r = first + offset
        if offset == 0 or MATURITY[offset - 1][0] != group:
            sheet.cell(row=r, column=1, value=group)
        sheet.cell(row=r, column=2, value=number)
        sheet.cell(row=r, column=3, value=question)
        for level in range(1, 6):
            sheet.cell(row=r, column=3 + level, value=f"（試験用）No.{number} のレベル{level}の状態")
        if target is not None:
            sheet.cell(row=r, column=9, value=target)
    merge_runs(sheet, "A", first, [row[0] for row in MATURITY])
    save(book, path)


# --- Hand-made workbooks (zipfile): the smallest valid package, with parts written out.

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/xl/workbook.xml" '
                 'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                 '<Override PartName="/xl/worksheets/sheet1.xml" '
                 'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                 '<Override PartName="/xl/sharedStrings.xml" '
                 'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                 '</Types>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
             'Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                 'Target="worksheets/sheet1.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
                 'Target="sharedStrings.xml"/></Relationships>')


def sheet_xml(rows, merges=""):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            + rows + "</sheetData>" + merges + "</worksheet>")


def handmade(path, shared_strings, sheet, extra=(), replace=None):
    parts = {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": ROOT_RELS, "xl/workbook.xml": WORKBOOK,
             "xl/_rels/workbook.xml.rels": WORKBOOK_RELS, "xl/sharedStrings.xml": shared_strings,
             "xl/worksheets/sheet1.xml": sheet}
    parts.update(replace or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for name, text in list(parts.items()) + list(extra):
            info = zipfile.ZipInfo(name, date_time=(2025, 4, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            book.writestr(info, text if isinstance(text, bytes) else text.encode("utf-8"))


def sst(*items):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' + "".join(items) + "</sst>")


HEADER_ROW = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
HEADER_STRINGS = ["<si><t>No</t></si>", "<si><t>設問</t></si>"]


def special_books(out):
    # Rich text with furigana (rPh), an inline string, a formula whose cached text is read (never
    # evaluated), a number id, an _x000D_ escape, a boolean and an error value outside the mapped columns.
    strings = sst(*HEADER_STRINGS,
                  '<si><r><t>（試験用）漢字</t></r><r><rPr><b/></rPr><t>の設問</t></r>'
                  '<rPh sb="0" eb="2"><t>カンジ</t></rPh><phoneticPr fontId="1"/></si>',
                  "<si><t>（試験用）改行_x000D_\nのある設問</t></si>")
    rows = (HEADER_ROW +
            '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>2</v></c></row>'
            '<row r="3"><c r="A3" t="inlineStr"><is><t>2</t></is></c><c r="B3" t="inlineStr"><is><t>（試験用）インラインの設問</t></is></c></row>'
            '<row r="4"><c r="A4" t="str"><f>"3"</f><v>3</v></c><c r="B4" t="str"><f>CONCAT("（試験用）","式")</f>'
            '<v>（試験用）式の結果の設問</v></c><c r="C4" t="b"><v>1</v></c><c r="D4" t="e"><v>#N/A</v></c></row>'
            '<row r="5"><c r="A5"><v>4</v></c><c r="B5" t="s"><v>3</v></c></row>')
    handmade(os.path.join(out, "special.xlsx"), strings, sheet_xml(rows))

    # Hostile: a DTD with a billion-laughs entity in the shared strings.
    laughs = ('<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;">'
              '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>'
              '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>No</t></si><si><t>&lol2;</t></si></sst>')
    handmade(os.path.join(out, "doctype.xlsx"), laughs, sheet_xml(HEADER_ROW))

    # Hostile: an entry that would inflate to 70 MiB (past the 64 MiB limit per entry).
    handmade(os.path.join(out, "bomb-size.xlsx"), sst(*HEADER_STRINGS), sheet_xml(HEADER_ROW),
             extra=[("xl/media/padding.bin", b"\0" * (70 * 1024 * 1024))])
    # Hostile: a sheet of 8 MiB of white space in a few KB (a ratio far above 200:1).
    bomb_rows = HEADER_ROW + " " * (8 * 1024 * 1024)
    handmade(os.path.join(out, "bomb-ratio.xlsx"), sst(*HEADER_STRINGS), sheet_xml(bomb_rows))
    # Hostile: an entry whose name climbs out of the archive.
    handmade(os.path.join(out, "traversal.xlsx"), sst(*HEADER_STRINGS), sheet_xml(HEADER_ROW),
             extra=[("../../evil.txt", "x")])
    # Hostile: a relationship whose target climbs out of the archive.
    evil_rels = WORKBOOK_RELS.replace("worksheets/sheet1.xml", "../../../etc/passwd")
    handmade(os.path.join(out, "traversal-target.xlsx"), sst(*HEADER_STRINGS), sheet_xml(HEADER_ROW),
             replace={"xl/_rels/workbook.xml.rels": evil_rels})
    # Hostile: a shared-string index past the table.
    handmade(os.path.join(out, "bad-index.xlsx"), sst(*HEADER_STRINGS),
             sheet_xml(HEADER_ROW + '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>99</v></c></row>'))

    # Hostile: an entry marked encrypted (traditional PKWARE), as a zip tool's "password" leaves it.
    plain = os.path.join(out, "encrypted-entry.xlsx")
    handmade(plain, sst(*HEADER_STRINGS), sheet_xml(HEADER_ROW))
    data = bytearray(open(plain, "rb").read())
    target = b"xl/sharedStrings.xml"
    local = data.find(b"PK\x03\x04" + b"")
    while local >= 0:  # the local header of the entry: general purpose flags at +6
        name_length = int.from_bytes(data[local + 26:local + 28], "little")
        if data[local + 30:local + 30 + name_length] == target:
            data[local + 6] |= 1
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central >= 0:  # the central directory header: flags at +8
        name_length = int.from_bytes(data[central + 28:central + 30], "little")
        if data[central + 46:central + 46 + name_length] == target:
            data[central + 8] |= 1
        central = data.find(b"PK\x01\x02", central + 4)
    with open(plain, "wb") as f:
        f.write(bytes(data))

    # Not .xlsx at all: an OLE2 compound file (an .xls, or a password-protected .xlsx), a CSV, a .docx-like zip.
    with open(os.path.join(out, "legacy.xls"), "wb") as f:
        f.write(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 504)
    with open(os.path.join(out, "sheet.csv"), "wb") as f:
        f.write("No,設問\n1,（試験用）設問\n".encode("utf-8"))
    with zipfile.ZipFile(os.path.join(out, "not-a-workbook.zip"), "w") as f:
        f.writestr(zipfile.ZipInfo("word/document.xml", date_time=(2025, 4, 1, 9, 0, 0)), "<w/>")

    # Puzzles: an id merged over two rows; a value hidden under a merged group cell; a merged range
    # spanning the question and criteria columns.
    strings = sst(*HEADER_STRINGS, "<si><t>（試験用）設問A</t></si>", "<si><t>（試験用）設問B</t></si>")
    rows = (HEADER_ROW + '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>2</v></c></row>'
            '<row r="3"><c r="B3" t="s"><v>3</v></c></row>')
    handmade(os.path.join(out, "puzzle-merged-id.xlsx"), strings, sheet_xml(rows, '<mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells>'))
    rows = (HEADER_ROW + '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="s"><v>3</v></c></row>')
    handmade(os.path.join(out, "puzzle-merged-across.xlsx"), strings,
             sheet_xml(rows, '<mergeCells count="1"><mergeCell ref="B2:C2"/></mergeCells>'))
    rows = (HEADER_ROW + '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>2</v></c></row>'
            '<row r="3"><c r="A3"><v>2</v></c><c r="B3" t="s"><v>3</v></c></row>')
    handmade(os.path.join(out, "puzzle-hidden.xlsx"), strings,
             sheet_xml(rows, '<mergeCells count="1"><mergeCell ref="B2:B3"/></mergeCells>'))
    # Duplicate and empty ids.
    rows = (HEADER_ROW + '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>2</v></c></row>'
            '<row r="3"><c r="A3"><v>1</v></c><c r="B3" t="s"><v>3</v></c></row>'
            '<row r="4"><c r="B4" t="s"><v>3</v></c></row>')
    handmade(os.path.join(out, "duplicate-ids.xlsx"), strings, sheet_xml(rows))


def contents(path):
    """A workbook's entries (name -> bytes), or the file's bytes: what must not differ between runs."""
    try:
        with zipfile.ZipFile(path) as book:
            return {info.filename: book.read(info.filename) for info in book.infolist()}
    except (zipfile.BadZipFile, RuntimeError):  # RuntimeError: an entry marked encrypted
        return open(path, "rb").read()


def check(fixtures, out):
    """The committed copies in FIXTURES hold what this script writes (entry by entry, so another zlib
    compressing the same parts differently does not matter)."""
    wrong = [name for name in sorted(os.listdir(out))
             if not os.path.exists(os.path.join(fixtures, name))
             or contents(os.path.join(out, name)) != contents(os.path.join(fixtures, name))]
    if wrong:
        sys.exit("tests/fixtures/sheets is out of date (run make_workbooks.py tests/fixtures/sheets): " + ", ".join(wrong))


def main():
    if sys.argv[1] == "--check":
        fixtures, out = sys.argv[2], sys.argv[3]
    else:
        fixtures, out = None, sys.argv[1]
    os.makedirs(out, exist_ok=True)
    requirements_book(os.path.join(out, "star3-2025.xlsx"), STAR3_2025, "（試験用）評価基準 2025年版")
    requirements_book(os.path.join(out, "star3-2026.xlsx"), STAR3_2026, "（試験用）評価基準 2026年版")
    maturity_book(os.path.join(out, "maturity.xlsx"))
    special_books(out)
    if fixtures:
        check(fixtures, out)


if __name__ == "__main__":
    main()
