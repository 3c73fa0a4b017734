#!/usr/bin/python3
"""Prints every golden HTML output to PDF in a real browser and checks what a reader would see.

For each HTML file among tests/golden/*/*/expected.stdout and expected.files/ (those starting with
<!DOCTYPE html>), headless Chromium prints it to PDF (A4 from the page's own @page rule), then:
  * the page count is sane: at least 1, and at most one page per 250 characters of text plus 2
    (a layout that breaks, e.g. one word per line, blows far past that);
  * pdftotext's text holds the title, the verdict (the cover's band label and field values), the
    organisation name and every item number (the first column's short cells of every table);
  * page 1 is rendered to PNG (pdftoppm) in OUT_DIR, for a person to look at.
First, samples/bad-hidden-tables.html (a golden whose style sheet hides its tables and verdict) must
be flagged, so the check is known to be able to fail.
One headless Chromium (offline, a fresh profile) prints every file, driven over the DevTools
protocol on a pipe (--remote-debugging-pipe), so the browser starts once, not once per file.

  print_goldens.py GOLDEN_DIR OUT_DIR [--chromium PATH] [--only SUBSTRING]
"""
import argparse
import base64
import fcntl
import html.parser
import json
import os
import pathlib
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-extensions", "--disable-dev-shm-usage",  # a container's small /dev/shm cannot crash a renderer
]


class Browser:
    """One headless Chromium, driven over the DevTools protocol on a pipe: it reads commands on its
    fd 3 and writes replies and events on its fd 4, each a JSON text ending in NUL."""

    def __init__(self, chromium, profile):
        to_browser, self._commands = os.pipe()
        self._replies, from_browser = os.pipe()
        # The browser's ends moved above 100, so putting them at 3 and 4 cannot overwrite one another.
        to_browser, from_browser = (self._move_up(fd) for fd in (to_browser, from_browser))
        # bash puts the pipe's ends at fds 3 and 4 and then becomes Chromium.
        self._process = subprocess.Popen(
            ["bash", "-c", f'exec "$@" 3<&{to_browser} 4>&{from_browser} {to_browser}<&- {from_browser}>&-', "bash",
             chromium, *CHROMIUM_FLAGS, "--remote-debugging-pipe", f"--user-data-dir={profile}", "about:blank"],
            pass_fds=(to_browser, from_browser), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        os.close(to_browser)
        os.close(from_browser)
        self._next_id = 0
        self._buffer = b""
        self._events = []

    @staticmethod
    def _move_up(fd):
        moved = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 100)
        os.close(fd)
        return moved

    def _read_message(self, deadline):
        while b"\0" not in self._buffer:
            if not select.select([self._replies], [], [], max(0.0, deadline - time.monotonic()))[0]:
                raise TimeoutError("Chromium did not answer in time")
            chunk = os.read(self._replies, 1 << 20)
            if not chunk:
                raise RuntimeError(f"Chromium closed its pipe (exit {self._process.poll()})")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, params=None, session=None, timeout=60):
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]
            self._events.append(reply)

    def wait_for(self, method, session, timeout=60):
        deadline = time.monotonic() + timeout
        while True:
            for event in self._events:
                if event.get("method") == method and event.get("sessionId") == session:
                    self._events.remove(event)
                    return event
            self._events.append(self._read_message(deadline))

    def print_to_pdf(self, url):
        """The page at url printed as Chromium prints it (the page's @page size and margins)."""
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        try:
            self.call("Page.enable", session=session)
            self.call("Page.navigate", {"url": url}, session=session)
            self.wait_for("Page.loadEventFired", session)
            result = self.call("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True,
                                                   "displayHeaderFooter": False}, session=session, timeout=120)
            return base64.b64decode(result["data"])
        finally:
            self.call("Target.closeTarget", {"targetId": target})
            self._events = [event for event in self._events if event.get("sessionId") != session]

    def close(self):
        try:
            self.call("Browser.close", timeout=10)
        except (RuntimeError, TimeoutError, OSError):
            pass
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        os.close(self._commands)
        os.close(self._replies)


class Facts(html.parser.HTMLParser):
    """What the checks look for, read from the HTML itself."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []            # open elements as (tag, classes)
        self.title = ""
        self.verdict = []          # band label and the verdict's field values
        self.meta_values = []      # the cover's who-and-when values (organisation first)
        self.first_cells = []      # first cell of each table row
        self.link_texts = []       # the portfolio's organisations (linked to their reports)
        self.text = []
        self._cell_index = 0
        self._buffer = None

    def _in(self, tag=None, cls=None):
        return any((tag is None or t == tag) and (cls is None or cls in c) for t, c in self.stack)

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if tag in ("meta", "br", "img", "path", "line", "rect", "circle", "polygon", "polyline"):
            return
        self.stack.append((tag, classes))
        self.text.append("\n")  # cells and blocks are separate texts ("No." and "5か条" are not "No.5")
        if tag == "tr":
            self._cell_index = 0
        if tag in ("h1", "dd", "td") or "band-label" in classes:
            self._buffer = []
        if tag == "a":
            self._link = []

    def handle_endtag(self, tag):
        if tag == "a" and getattr(self, "_link", None) is not None:
            self.link_texts.append(" ".join("".join(self._link).split()))
            self._link = None
        while self.stack:
            open_tag, classes = self.stack.pop()
            if open_tag == tag:
                break
        else:
            return
        if self._buffer is None:
            return
        text = " ".join("".join(self._buffer).split())
        if tag not in ("h1", "dd", "td") and "band-label" not in classes:
            return  # an element inside the one being read (a link in a cell)
        self._buffer = None
        if tag == "h1" and not self.title:
            self.title = text
        elif "band-label" in classes:
            self.verdict.append(text.lstrip("◎○△× "))
        elif tag == "dd" and self._in("header", "cover"):
            (self.verdict if self._in("section", "verdict") else self.meta_values).append(text)
        elif tag == "td":
            if self._cell_index == 0 and not self._in("svg"):
                self.first_cells.append(text)
            self._cell_index += 1

    def handle_data(self, data):
        if self._in("style") or self._in("title") and not self._in("svg"):
            return
        self.text.append(data)
        if getattr(self, "_link", None) is not None:
            self._link.append(data)
        if self._buffer is not None:
            self._buffer.append(data)


def squash(text):
    """Text compared without whitespace, in NFKC (pdftotext may split lines and words anywhere)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).replace("\u00ad", "")


def in_order_nearby(value, printed):
    """Whether the characters of value appear in order in printed, close together: a table cell
    that wraps onto two lines comes out of pdftotext with its neighbours' text between the lines.
    Short values (item numbers, scores) never wrap and must appear as they are."""
    if value in printed:
        return True
    if len(value) < 8:
        return False
    window = 2 * len(value) + 40
    start = printed.find(value[0])
    while start >= 0:
        position, end = start, min(len(printed), start + window)
        for character in value[1:]:
            position = printed.find(character, position + 1, end)
            if position < 0:
                break
        else:
            return True
        start = printed.find(value[0], start + 1)
    return False


def html_files(golden_dir, only):
    found = []
    for path in sorted(pathlib.Path(golden_dir).glob("*/*/expected.stdout")) + sorted(
            pathlib.Path(golden_dir).glob("*/*/expected.files/**/*.html")):
        if only and only not in str(path):
            continue
        with open(path, "rb") as f:
            if f.read(15) == b"<!DOCTYPE html>":
                found.append(path)
    return found


def check(path, golden_dir, out_dir, browser):
    name = str(path.relative_to(golden_dir)).replace("/expected.stdout", "").replace("/expected.files", "").replace("/", "_")
    problems = []
    with tempfile.TemporaryDirectory(prefix="secaction-browser-") as work:
        page = pathlib.Path(work) / "page.html"
        shutil.copyfile(path, page)
        pdf = pathlib.Path(work) / "page.pdf"
        try:
            pdf.write_bytes(browser.print_to_pdf(page.as_uri()))
        except (RuntimeError, TimeoutError, OSError) as error:
            return name, [f"Chromium made no PDF: {error}"]
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(pathlib.Path(out_dir) / name)], check=True)
    facts = Facts()
    facts.feed(path.read_text(encoding="utf-8"))
    visible = len(squash("".join(facts.text)))
    limit = visible // 250 + 2
    if not 1 <= pages <= limit:
        problems.append(f"{pages} pages for {visible} characters of text (expected 1 to {limit})")
    printed = squash(text)
    wanted = [("title", facts.title)]
    wanted += [("verdict", v) for v in facts.verdict]
    if facts.meta_values:
        wanted.append(("organisation", facts.meta_values[0]))
    wanted += [("first-column cell", c) for c in facts.first_cells if 0 < len(c) <= 12]
    # Every item number the page shows ("No.13", "No. 13") and every organisation it links.
    numbers = sorted(set(re.findall(r"No\. ?[0-9]+(?:[-.][0-9]+)*", "".join(facts.text))))
    wanted += [("item number", n) for n in numbers]
    wanted += [("organisation", t) for t in facts.link_texts]
    for what, value in wanted:
        if not value:
            continue
        found = in_order_nearby(squash(value), printed) if what == "first-column cell" else squash(value) in printed
        if not found:
            problems.append(f"{what} {value!r} is not in the printed text")
    if not facts.title:
        problems.append("no <h1> title")
    return name, problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("golden_dir")
    parser.add_argument("out_dir")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    for tool in (args.chromium, "pdfinfo", "pdftotext", "pdftoppm"):
        if shutil.which(tool) is None:
            print(f"print_goldens: {tool} is not installed (scripts/install-deps installs chromium and poppler-utils)")
            return 1
    os.makedirs(args.out_dir, exist_ok=True)
    files = html_files(args.golden_dir, args.only)
    if not files:
        print("print_goldens: no HTML golden outputs found")
        return 1
    with tempfile.TemporaryDirectory(prefix="secaction-chromium-") as profile:
        browser = Browser(args.chromium, profile)
        try:
            # The check itself can fail: a report whose tables and verdict the style sheet hides must be flagged.
            sample = pathlib.Path(__file__).parent / "samples" / "bad-hidden-tables.html"
            _, sample_problems = check(sample, sample.parent, args.out_dir, browser)
            if not any("first-column" in p for p in sample_problems) or not any("verdict" in p for p in sample_problems):
                print(f"FAIL self-test: {sample.name} was not flagged for missing table cells and verdict: {sample_problems}")
                return 1
            print(f"ok   self-test: {sample.name} flagged ({len(sample_problems)} problems)")
            failed = 0
            for path in files:
                name, problems = check(path, pathlib.Path(args.golden_dir), args.out_dir, browser)
                if problems:
                    failed += 1
                    print(f"FAIL {name}")
                    for problem in problems:
                        print(f"  {problem}")
                else:
                    print(f"ok   {name}")
        finally:
            browser.close()
    print(f"{len(files) - failed} passed, {failed} failed (page 1 of each as PNG in {args.out_dir})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
