#!/usr/bin/python3
"""Every text of every chart secaction draws lies inside the SVG's viewBox, in ja and en.

Runs the real binary for each chart kind (the self-diagnosis and every checklist's bar chart, the
benchmark radar with peers, the trend line with 20 dates and a negative total), then estimates each
<text>'s box from its x, y, text-anchor and font-size (inherited from <g> and <svg>): a wide
(East Asian) character is a full em, any other 0.55 em. Generous, as a browser's fonts vary.
  chart_text_inside.py SECACTION FIXTURES_DIR WORK_DIR
"""
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET

secaction, fixtures, work = (os.path.abspath(a) for a in sys.argv[1:4])
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES", "SECACTION_CONTENT")}
NS = "{http://www.w3.org/2000/svg}"
failures = []


def run(*args):
    subprocess.run([secaction, *args], check=True, cwd=work, env=env, stdout=subprocess.DEVNULL)


def em_width(text):
    return sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.55 for c in text)


def check(svg_file):
    root = ET.parse(os.path.join(work, svg_file)).getroot()
    _, _, width, height = (float(v) for v in root.get("viewBox").split())

    def walk(element, inherited, boxes):
        attributes = dict(inherited)
        for key in ("font-size", "text-anchor"):
            if element.get(key) is not None:
                attributes[key] = element.get(key)
        if element.tag == NS + "text":
            text = "".join(element.itertext())
            size = float(attributes.get("font-size", "16"))
            x, y = float(element.get("x")), float(element.get("y"))
            extent = em_width(text) * size
            anchor = attributes.get("text-anchor", "start")
            left = {"start": x, "middle": x - extent / 2, "end": x - extent}[anchor]
            right = left + extent
            boxes.append((text, left, right, y - size * 0.8, y + size * 0.2))
            if left < 0 or right > width or y - size < 0 or y > height:
                failures.append(f"{svg_file}: '{text}' spans x {left:.0f}..{right:.0f}, y {y - size:.0f}..{y:.0f}; "
                                f"the viewBox is {width:.0f} x {height:.0f}")
        for child in element:
            walk(child, attributes, boxes)

    boxes = []
    walk(root, {}, boxes)
    # No two texts overlap (20 dates side by side must be thinned out).
    for i, (a_text, a_left, a_right, a_top, a_bottom) in enumerate(boxes):
        for b_text, b_left, b_right, b_top, b_bottom in boxes[i + 1:]:
            if a_left < b_right - 1 and b_left < a_right - 1 and a_top < b_bottom - 1 and b_top < a_bottom - 1:
                failures.append(f"{svg_file}: '{a_text}' and '{b_text}' overlap")


def checked(svg_file):
    if not os.path.exists(os.path.join(work, svg_file)):
        failures.append(f"{svg_file}: not written")
    else:
        check(svg_file)


def filled(name):
    """The checklist's template with every item answered, so each kind of bar chart is drawn."""
    template = subprocess.run([secaction, "checklist", name, "--template"], check=True, capture_output=True, text=True,
                              env=env).stdout
    template = template.replace('name: ""', 'name: "株式会社サンプル製作所"', 1).replace("assessed_on:  # YYYY-MM-DD",
                                                                                "assessed_on: 2026-11-20", 1)
    answers = re.sub(r"^(  \"?[0-9][0-9A-Za-z().-]*\"?):\s*$", r"\1: yes", template, flags=re.M)
    path = os.path.join(work, f"{name}.yaml")
    with open(path, "w", encoding="utf-8") as out:
        out.write(answers)
    return path


for lang in ("ja", "en"):
    run("--lang", lang, "diagnose", os.path.join(fixtures, "self-diagnosis.yaml"), "-o", f"diagnose-{lang}.md")
    checked(f"diagnose-{lang}.svg")
    # executive-7 and five-principles have one group: no chart (man secaction-checklist).
    for name in ("cloud", "incident-response", "management", "outsourcing", "telework"):
        run("--lang", lang, "checklist", filled(name), "-o", f"{name}-{lang}.md")
        checked(f"{name}-{lang}.svg")

# The benchmark with peers: three series on the radar.
os.makedirs(os.path.join(work, "peers"), exist_ok=True)
benchmark = open(os.path.join(fixtures, "benchmark.yaml"), encoding="utf-8").read()
for i, level in enumerate(("1", "3", "4")):
    with open(os.path.join(work, "peers", f"p{i}.yaml"), "w", encoding="utf-8") as out:
        out.write(re.sub(r"^(  [0-9]+): [1-5]\b", rf"\1: {level}", benchmark, flags=re.M))
for lang in ("ja", "en"):
    run("--lang", lang, "benchmark", os.path.join(fixtures, "benchmark.yaml"), "--peers", "peers", "-o",
        f"benchmark-{lang}.md")
    checked(f"benchmark-{lang}.svg")

# The trend: 20 quarters, the first an all-"don't know" self-diagnosis (a negative total).
os.makedirs(os.path.join(work, "history"), exist_ok=True)
sources = [os.path.join(fixtures, "self-diagnosis-all-unknown.yaml")] + [os.path.join(fixtures, "self-diagnosis.yaml")] * 19
files = []
for i, source in enumerate(sources):
    text = open(source, encoding="utf-8").read()
    date = f"{2022 + i // 4}-{1 + 3 * (i % 4):02d}-15"
    text = re.sub(r"^assessed_on:.*\n", "", text, flags=re.M)
    text = re.sub(r"^answers:", f"assessed_on: {date}\nanswers:", text, count=1, flags=re.M)
    files.append(os.path.join(work, "history", f"{i:02d}.yaml"))
    with open(files[-1], "w", encoding="utf-8") as out:
        out.write(text)
for lang in ("ja", "en"):
    run("--lang", lang, "trend", *files, "-o", f"trend-{lang}.md")
    checked(f"trend-{lang}.svg")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print("every chart text lies inside its viewBox")
