#!/usr/bin/python3
"""Reads secaction's XLSX workbooks back with an independent reader (openpyxl) and checks them
against the same run's JSON and CSV results.

For each report kind: the items sheet equals the CSV records cell by cell (numbers as numbers,
dates as dates, all other cells as strings); for the questionnaires, every item's number,
answer, points, note and evidence and every part's score equal the JSON result's; the creation
time is --as-of (and SOURCE_DATE_EPOCH without it); the same input twice gives the same bytes; a
hostile answer file's "=HYPERLINK(...)" notes are string cells, never formulas. The batch
portfolio's clients sheet equals the CSV summary's rows.

  check_workbooks.py SECACTION FIXTURES_DIR WORK_DIR
"""
import csv
import datetime
import io
import json
import os
import pathlib
import shutil
import subprocess
import sys

import openpyxl

failures = []
checks = []  # one name per check; a check failed when a failure message starts with its name


def fail(message):
    failures.append(message)
    print(f"FAIL {message}")


def summary_line():
    failed = sum(1 for name in checks if any(message.startswith(name + ":") or message.startswith(name + " ") for message in failures))
    return f"{len(checks) - failed} passed, {failed} failed"


def run(secaction, cwd, *args, env=None):
    environment = {k: v for k, v in os.environ.items() if k not in ("SOURCE_DATE_EPOCH", "LANG", "LC_ALL", "LC_MESSAGES")}
    environment.update(env or {})
    result = subprocess.run([secaction, *args], cwd=cwd, capture_output=True, env=environment)
    if result.returncode not in (0, 1):
        raise RuntimeError(f"secaction {' '.join(args)} exited {result.returncode}: {result.stderr.decode()}")
    return result.stdout


def typed(text):
    """What a CSV cell should be in the workbook."""
    import re
    if re.fullmatch(r"-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?", text):
        return float(text)
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        return datetime.datetime.strptime(text, "%Y-%m-%d")
    return text if text != "" else None


def unguard(cell):
    """The CSV's text without the ' that guards a formula-like cell (the workbook needs no guard)."""
    return cell[1:] if cell.startswith("'") and cell[1:2] in ("=", "+", "-", "@", "\t", "\r") else cell


def ooxml_text(value):
    """A string cell as Excel shows it: OOXML writes control characters as _xHHHH_ (openpyxl 3.0 keeps them)."""
    import re
    if not isinstance(value, str):
        return value
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), value)


def same(expected, actual):
    actual = ooxml_text(actual)
    if isinstance(expected, float) and isinstance(actual, (int, float)) and not isinstance(actual, bool):
        return abs(expected - actual) < 1e-9
    return expected == actual


def sheet_rows(sheet):
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def compare_with_csv(name, sheet, csv_bytes):
    records = list(csv.reader(io.StringIO(csv_bytes.decode("utf-8-sig"), newline="")))
    rows = sheet_rows(sheet)
    if len(rows) != len(records):
        fail(f"{name}: items sheet has {len(rows)} rows, CSV {len(records)}")
        return
    numeric = [True] * len(records[0])
    for record in records[1:]:
        for column, cell in enumerate(record):
            if cell != "" and not isinstance(typed(cell), float):
                numeric[column] = False
    for index, (record, row) in enumerate(zip(records, rows)):
        for column, cell in enumerate(record):
            text = unguard(cell)
            expected = typed(text) if index > 0 and numeric[column] or isinstance(typed(text), datetime.datetime) else (text or None)
            actual = row[column] if column < len(row) else None
            if not same(expected, actual):
                fail(f"{name}: row {index + 1} column {records[0][column]}: workbook {actual!r}, CSV {expected!r}")
                return


def compare_questionnaire_with_json(name, book, result):
    items = book.worksheets[1]
    rows = sheet_rows(items)
    header = rows[0]
    by_number = {str(row[header.index("number")]).removesuffix(".0"): row for row in rows[1:]}
    checked = 0
    for part in result["parts"]:
        for item in part["items"]:
            row = by_number.get(str(item["number"]))
            if row is None:
                fail(f"{name}: item {item['number']} missing from the items sheet")
                continue
            for key in ("answer", "answer_label", "points", "note", "evidence"):
                if key not in header:
                    continue
                expected = item[key]
                actual = row[header.index(key)]
                if not same(float(expected) if isinstance(expected, (int, float)) else expected, actual):
                    fail(f"{name}: item {item['number']} {key}: workbook {actual!r}, JSON {expected!r}")
            checked += 1
        # The part's subtotal in the summary sheet's table.
        summary = sheet_rows(book.worksheets[0])
        if not any(row[0] == part["title"] and any(same(float(part["score"]), cell) for cell in row[1:]) for row in summary):
            fail(f"{name}: part {part['title']} with score {part['score']} not in the summary sheet")
    organization = result["organization"]["name"]
    if rows[1][header.index("organization")] != organization:
        fail(f"{name}: organization {rows[1][header.index('organization')]!r}, JSON {organization!r}")
    if checked == 0:
        fail(f"{name}: no item compared")


def main():
    secaction, fixtures, work = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    for source, target in [("self-diagnosis.yaml", "answers.yaml"), ("checklist/management.yaml", "management.yaml"),
                           ("benchmark.yaml", "benchmark.yaml"), ("risk-register.yaml", "register.yaml"),
                           ("hostile-self-diagnosis.yaml", "hostile.yaml"), ("plan/five-principles.yaml", "five-principles.yaml")]:
        shutil.copyfile(fixtures / source, work / target)
    shutil.copytree(fixtures / "diagnose-batch", work / "clients")

    as_of = ["--as-of", "2026-11-20"]
    kinds = [
        ("diagnose", ["diagnose", "answers.yaml"], True),
        ("checklist", ["checklist", "management.yaml"], True),
        ("benchmark", ["benchmark", "benchmark.yaml"], False),
        ("risk", ["risk", "register.yaml"], False),
        ("plan", ["plan", "answers.yaml", "five-principles.yaml"], False),
        ("steps", ["steps", "answers.yaml", "five-principles.yaml"], False),
        ("hostile", ["diagnose", "hostile.yaml"], True),
    ]
    for lang in ("ja", "en"):
        for kind, args, questionnaire in kinds:
            name = f"{kind}-{lang}"
            checks.append(name)
            base = ["--lang", lang, *as_of, *args]
            run(secaction, work, *base, "-o", f"{name}.xlsx", "--force")
            first = (work / f"{name}.xlsx").read_bytes()
            run(secaction, work, *base, "-o", f"{name}.xlsx", "--force")
            if (work / f"{name}.xlsx").read_bytes() != first:
                fail(f"{name}: two runs gave different bytes")
            book = openpyxl.load_workbook(work / f"{name}.xlsx")
            if book.properties.created != datetime.datetime(2026, 11, 20):
                fail(f"{name}: created {book.properties.created}, expected --as-of 2026-11-20")
            for sheet in book.worksheets:
                for row in sheet.iter_rows():
                    for cell in row:
                        if cell.data_type == "f":
                            fail(f"{name}: {sheet.title}!{cell.coordinate} is a formula: {cell.value!r}")
            compare_with_csv(name, book.worksheets[-1], run(secaction, work, *base, "-f", "csv"))
            if questionnaire:
                compare_questionnaire_with_json(name, book, json.loads(run(secaction, work, *base, "-f", "json")))
            if kind == "hostile":
                notes = [row[-2] for row in sheet_rows(book.worksheets[-1])[1:]]
                if not any(isinstance(note, str) and note.startswith("=HYPERLINK") for note in notes):
                    fail(f"{name}: the hostile note is not kept as text starting with =HYPERLINK")
        print(f"ok   {lang}")

    checks.append("SOURCE_DATE_EPOCH=1764633600")
    # SOURCE_DATE_EPOCH fixes the creation time when --as-of is not given.
    run(secaction, work, "diagnose", "answers.yaml", "-o", "epoch.xlsx", env={"SOURCE_DATE_EPOCH": "1764633600"})
    created = openpyxl.load_workbook(work / "epoch.xlsx").properties.created
    if created != datetime.datetime(2025, 12, 2):
        fail(f"SOURCE_DATE_EPOCH=1764633600: created {created}, expected 2025-12-02")

    checks.append("portfolio")
    # The portfolio's clients sheet holds the CSV summary's rows.
    run(secaction, work, *as_of, "diagnose", "clients", "--summary", "portfolio.xlsx")
    run(secaction, work, "diagnose", "clients", "--summary", "portfolio.csv")
    book = openpyxl.load_workbook(work / "portfolio.xlsx")
    clients = sheet_rows(book.worksheets[0])
    summary = list(csv.reader(open(work / "portfolio.csv", encoding="utf-8", newline="")))
    header = summary[0]
    for index, record in enumerate(summary[1:], start=1):
        for column, cell in enumerate(record):
            if header[column] == "band":
                continue
            expected = typed(unguard(cell))
            actual = clients[index][clients[0].index(header[column])]
            if not same(expected, actual):
                fail(f"portfolio: row {index} {header[column]}: workbook {actual!r}, CSV {expected!r}")
    titles = [sheet.title for sheet in book.worksheets]
    if len(titles) != 3:
        fail(f"portfolio: sheets {titles}, expected clients, weakest items and the items matrix")
    else:
        matrix = sheet_rows(book.worksheets[2])
        if len(matrix) != len(summary) or len(matrix[0]) != 2 + 25:
            fail(f"portfolio: the matrix is {len(matrix)} x {len(matrix[0])}, expected {len(summary)} x 27")
    print(summary_line())
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
