#!/usr/bin/env python3
"""Writes the hostile corpus: cases/<name>/ (or a single file) plus manifest.json.

Each case is a small corpus derived from one valid base by a single hostile change. The manifest
says how each is opened (`cli`: a bundled-layout folder through the `cronica` binary; `open`:
`Corpus.open(at:)` in-process for user folders and TimelineJS files), any setup done at test time
(cases that cannot or should not be committed: 50 MB files, symlink loops, chmod 000), and the
expected outcome: an exit status and message fragments, or "displays" (loads and shows safely).
Run it from this folder: python3 make_cases.py
"""
import copy, json, os, shutil

HOSTILE = "ESC\u001b[31mred\u001b[0m OSC\u001b]0;pwned\u0007 CSI\u009b2J C1\u0085\u0090 RLO\u202eolleh\u202c LRI\u2066x\u2069 BEL\u0007 BS\u0008 DEL\u007f"
A_TEXT = ("Merida Report\n\nThe Merida Initiative was signed in June 2008 to fund security cooperation.\n\n"
          "In 2019 agents seized thousands of guns headed south.\n")
B_TEXT = "Notes\n\nOfficials met in Mexico City for a high-level security dialogue in October 2023.\n"

def base():
    manifest = {"format_version": 1, "articles": [
        {"id": "a-report", "title": "The Merida report", "outlet": "Fixture Times", "authors": ["Ana Perez"],
         "published": "2023-11", "published_display": "November 2023", "date_basis": "byline", "origin": "a.txt"},
        {"id": "b-notes", "title": "Notes", "outlet": "Fixture Weekly", "authors": [], "published": None,
         "published_display": "unknown", "date_basis": "none", "origin": "b.txt"}]}
    events = {"format_version": 1, "events": [
        {"id": "merida-2008", "start": "2008-06", "display": "June 2008", "kind": "agreement",
         "title": "Merida Initiative signed", "summary": "The Merida Initiative was launched.",
         "themes": ["diplomacy"], "citations": [{"article": "a-report", "quote": "signed in June 2008"}]},
        {"id": "guns-2019", "start": "2019", "display": "2019", "kind": "statistic",
         "title": "Guns seized", "summary": "Agents seized guns.", "themes": ["arms"],
         "citations": [{"article": "a-report", "quote": "seized thousands of guns"}]},
        {"id": "talks-2023", "start": "2023-10", "display": "October 2023", "kind": "meeting",
         "title": "Security dialogue", "summary": "Officials met.", "themes": ["diplomacy"],
         "citations": [{"article": "b-notes", "quote": "high-level security dialogue"}]}]}
    themes = {"format_version": 1, "themes": [
        {"key": "arms", "label": "Arms trafficking", "description": "Guns.", "phrases": ["guns"]},
        {"key": "diplomacy", "label": "Diplomacy", "description": "Talks.", "phrases": ["dialogue"]}]}
    return {"manifest.json": manifest, "events.json": events, "themes.json": themes,
            "articles/a.txt": A_TEXT, "articles/b.txt": B_TEXT}

def dump(value):
    if isinstance(value, (bytes, bytearray)): return bytes(value)
    if isinstance(value, str): return value.encode("utf-8")
    return (json.dumps(value, indent=2, ensure_ascii=True) + "\n").encode("utf-8")

cases = []
def case(name, files, expect, kind="cli", setup=None, path=None, note=""):
    root = os.path.join("cases", name)
    for rel, value in files.items():
        target = os.path.join(root, rel)
        if value is None:  # a directory where a file should be (git keeps it through a .keep file)
            os.makedirs(target, exist_ok=True)
            open(os.path.join(target, ".keep"), "wb").close()
            continue
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as handle: handle.write(dump(value))
    entry = {"name": name, "kind": kind, "path": os.path.join(root, path) if path else root, "expect": expect}
    if setup: entry["setup"] = setup
    if note: entry["note"] = note
    cases.append(entry)

def bad(*fragments, status=65): return {"status": status, "stderr": list(fragments)}
DISPLAYS = {"status": 0, "displays": True}

def variant(change):
    files = base(); change(files); return files

def event(files, index=0): return files["events.json"]["events"][index]

shutil.rmtree("cases", ignore_errors=True)

# --- bundled-layout folders through the CLI --------------------------------------------------
case("baseline", base(), DISPLAYS, note="the valid base every other case changes once")
case("article-invalid-utf8", variant(lambda f: f.update({"articles/a.txt": b"Merida \xff\xfe\xc3( report\n"})),
     bad("a.txt", "not valid UTF-8"))
case("article-utf16-bom", variant(lambda f: f.update({"articles/a.txt": b"\xff\xfe" + A_TEXT.encode("utf-16-le")})),
     bad("a.txt", "not valid UTF-8"))
case("article-utf8-bom", variant(lambda f: f.update({"articles/a.txt": "\ufeff" + A_TEXT})), DISPLAYS)
case("events-utf8-bom", variant(lambda f: f.update({"events.json": b"\xef\xbb\xbf" + dump(f["events.json"])})),
     DISPLAYS, note="a UTF-8 byte order mark before the JSON is accepted")
case("events-utf16", variant(lambda f: f.update({"events.json": b"\xff\xfe" + dump(f["events.json"]).decode().encode("utf-16-le")})),
     bad("events.json", "line 1, column 1", "found byte 0xff (is it UTF-16? save the file as UTF-8)"))
case("article-nul-bytes", variant(lambda f: f.update({"articles/a.txt": A_TEXT.replace("Merida Report", "Meri\u0000da\u0000 Report")})),
     DISPLAYS)
def nul_fields(f):
    event(f)["title"] = "NUL\u0000title"; event(f)["summary"] = "sum\u0000mary"
case("events-nul-escapes", variant(nul_fields), DISPLAYS)
case("huge-article", base(), {"status": 0, "displays": True, "seconds": 240}, setup="huge-article",
     note="a 50 MB single-line article appended to a.txt at test time")
case("events-deep-nesting", base(), bad("events.json", "nested too deeply"), setup="deep-events",
     note="events.json replaced at test time by 100,000 nested arrays")
case("number-1e309", variant(lambda f: f["events.json"].update({"format_version": "__NUM__"})),
     bad("events.json", "line 2, column 21", "number out of range '1e309'"))
# json.dumps cannot write 1e309: patch the text.
def year(y):
    def change(f): event(f)["start"] = y; event(f)["display"] = y
    return change
case("year-0000", variant(year("0000")), DISPLAYS, note="year 0 is 1 BCE in ISO 8601")
case("year-minus-5000", variant(year("-5000")), DISPLAYS)
case("year-99999999", variant(year("99999999")), DISPLAYS)
case("february-30", variant(year("2019-02-30")), bad("events.json", "events[0] (id 'merida-2008').start", "2019-02-30"))
def end_before(f): event(f)["end"] = "2001"
case("end-before-start", variant(end_before), bad("events.json", "merida-2008", "end"))
def dup(f): event(f, 1)["id"] = "merida-2008"
case("duplicate-ids", variant(dup), bad("events.json", "merida-2008", "duplicate"))
def missing_quote(f): event(f)["citations"][0]["quote"] = "this sentence is in no article"
case("citation-not-found", variant(missing_quote), bad("events.json", "not found"))
def unknown_article(f): event(f)["citations"][0]["article"] = "zz-none"
case("citation-unknown-article", variant(unknown_article), bad("events.json", "zz-none"))
case("empty-events", variant(lambda f: f.update({"events.json": b""})), bad("events.json"))
case("empty-manifest", variant(lambda f: f.update({"manifest.json": b""})), bad("manifest.json"))
case("empty-article", variant(lambda f: f.update({"articles/b.txt": b""})), bad("events.json", "not found"))
case("events-is-directory", variant(lambda f: f.update({"events.json": None})), bad("events.json", "directory"))
case("article-is-directory", variant(lambda f: f.update({"articles/a.txt": None})), bad("a.txt", "directory"))
case("article-unreadable", base(), bad("a.txt", "not readable"), setup="chmod-000",
     note="a.txt is chmod 000 at test time; as root (CI) the read succeeds and the case must display")
case("article-symlink-loop", base(), bad("a.txt", "symbolic link that leads nowhere"), setup="symlink-loop-article",
     note="a.txt replaced at test time by a symlink to itself")
case("corpus-symlink-loop", base(), bad("does not exist", status=64), setup="symlink-loop-corpus",
     note="the corpus path itself is a symlink loop")
case("corpus-is-file", {"corpus": "just a file\n"}, bad("not a TimelineJS sheet"), path="corpus")
case("events-not-json", variant(lambda f: f.update({"events.json": b'{"format_version": 1, "events": [ {"id": }'})),
     bad("events.json", "line 1, column", "not valid JSON"))
def hostile_everywhere(f):
    for a in f["manifest.json"]["articles"]:
        a["title"] = "Title " + HOSTILE; a["outlet"] = "Outlet " + HOSTILE; a["authors"] = ["Author " + HOSTILE]
        a["published_display"] = "Nov " + HOSTILE; a["date_basis"] = "basis " + HOSTILE
    for e in f["events.json"]["events"]:
        e["title"] = "Title " + HOSTILE; e["summary"] = "Summary " + HOSTILE; e["display"] = e["display"] + HOSTILE
    for t in f["themes.json"]["themes"]:
        t["label"] = "Label " + HOSTILE; t["description"] = "Description " + HOSTILE
    f["articles/a.txt"] = A_TEXT + "\n" + HOSTILE + "\n\nquoted " + HOSTILE + " end.\n"
case("controls-in-every-field", variant(hostile_everywhere), DISPLAYS)
MARKUP = "<script>alert(1)</script><img src=x onerror=alert(2)> ]]> <![CDATA[ &amp; \"q\" 'a' </svg></html>"
def markup_everywhere(f):
    for a in f["manifest.json"]["articles"]:
        a["title"] += " " + MARKUP; a["outlet"] += " " + MARKUP; a["published_display"] += " " + MARKUP
    for e in f["events.json"]["events"]:
        e["title"] += " " + MARKUP; e["summary"] += " " + MARKUP; e["display"] += " " + MARKUP
    for t in f["themes.json"]["themes"]:
        t["label"] += " " + MARKUP
    f["articles/a.txt"] = A_TEXT + "\nIt said " + MARKUP + " to the press.\n"
    event(f, 1)["citations"].insert(0, {"article": "a-report", "quote": "It said " + MARKUP})
case("markup-in-every-field", variant(markup_everywhere), DISPLAYS,
     note="HTML and XML markup in every field: the svg and html exports must show it as text")
def hostile_id(f): event(f)["id"] = "evil\u001b]0;x\u0007id"; event(f)["themes"] = ["dip\u001b[2Jlomacy"]
case("controls-in-ids", variant(hostile_id), bad("events.json", "dip"))
def formulas(f):
    for e, lead in zip(f["events.json"]["events"], ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3"]):
        e["title"] = lead; e["summary"] = "@SUM(A1:A9)"
case("csv-formula-cells", variant(formulas), {"status": 0, "displays": True, "csv": True})
def long_title(f): event(f)["title"] = "Long " + "wide\u6771\u4eac " * 4000
case("very-long-title", variant(long_title), DISPLAYS)
def unknown_theme(f): event(f)["themes"] = ["no-such-theme"]
case("unknown-theme", variant(unknown_theme), bad("events.json", "no-such-theme"))
case("manifest-missing-article-file", variant(lambda f: f.pop("articles/b.txt")), bad("b.txt"))

# --- user folders and TimelineJS files through Corpus.open ----------------------------------
USER_ARTICLE = ("---\nid: harbor\ntitle: Harbor dredging\noutlet: Coastal Times\npublished: 2020-05\n---\n"
                "The port authority finished dredging the main channel.\n")
USER_EVENTS = {"format_version": 1, "events": [{"id": "dredging", "start": "2020-05", "display": "May 2020",
    "kind": "report", "title": "Dredging done", "summary": "Done.", "themes": ["economy"],
    "citations": [{"article": "harbor", "quote": "finished dredging the main channel"}]}]}
case("user-baseline", {"articles/harbor.md": USER_ARTICLE, "events.json": USER_EVENTS}, DISPLAYS, kind="open")
bomb = "---\nid: bomb\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
for level in "bcdefghi":
    prev = chr(ord(level) - 1)
    bomb += f"{level}: &{level} [" + ",".join([f"*{prev}"] * 9) + "]\n"
bomb += "title: bomb\n---\nBody text.\n"
case("yaml-alias-bomb", {"articles/bomb.md": bomb}, {"status": 1, "stderr": ["bomb.md", "line 4, column 8", "aliases"]},
     kind="open", note="9^9 lols if expanded; aliases are refused before YAML builds anything")
key_bomb = bomb.replace("title: bomb\n", "? *i\n: key\ntitle: bomb\n")
case("yaml-alias-bomb-key", {"articles/bomb.md": key_bomb},
     {"status": 1, "stderr": ["bomb.md", "line 4, column 8", "aliases"]}, kind="open",
     note="the same bomb used as a mapping key: Yams' duplicate-key check hashed all of it (53 s at 961 bytes)")
case("yaml-hostile-scalars", {"articles/h.md": "---\nid: h\ntitle: \"T\\e[31m \\x9b2J \\u202eevil\"\noutlet: \"O\\a\\b\"\n---\n" + HOSTILE + "\n"},
     DISPLAYS, kind="open")
case("yaml-bad-date", {"articles/d.md": "---\nid: d\ntitle: D\npublished: 2019-02-30\n---\nBody.\n"},
     {"status": 1, "stderr": ["d.md", "published"]}, kind="open")
case("timelinejs-deep-nesting", {"t.json": "placeholder"}, {"status": 1, "stderr": ["t.json"]}, kind="open",
     path="t.json", setup="deep-timeline")
case("timelinejs-1e309", {"t.json": '{"events":[{"start_date":{"year":1e309},"text":{"headline":"h"}}]}'},
     {"status": 1, "stderr": ["t.json", "line 1, column 34", "number out of range '1e309'"]}, kind="open", path="t.json")
case("timelinejs-minus-1e309", {"t.json": '{"events":[\n {"start_date":{"year":-1e309},"text":{"headline":"h"}}]}'},
     {"status": 1, "stderr": ["t.json", "line 2, column 24", "number out of range '-1e309'"]}, kind="open", path="t.json")
case("timelinejs-utf16-bom", {"t.json": b"\xff\xfe" + '{"events":[{"start_date":{"year":"2019"},"text":{"headline":"h"}}]}'.encode("utf-16-le")},
     bad("t.json", "line 1, column 1", "found byte 0xff (is it UTF-16? save the file as UTF-8)", status=1), kind="open",
     path="t.json", note="every JSON file is UTF-8, as events.json (Foundation's JSON decoder would read it)")
case("timelinejs-years", {"t.json": json.dumps({"events": [
        {"start_date": {"year": y}, "text": {"headline": f"year {y}", "text": "<p>" + HOSTILE + "</p>"}}
        for y in ["0", "-5000", "99999999", "-13800000000"]]})}, DISPLAYS, kind="open", path="t.json")
case("timelinejs-csv-formulas", {"t.csv": "Headline,Year,Text\r\n=cmd|' /C calc'!A0,2019,+1+1\r\n@SUM(A1),2020,-2\r\n"},
     {"status": 0, "displays": True, "csv": True}, kind="open", path="t.csv")
case("timelinejs-csv-controls", {"t.csv": "Headline,Year,Text\r\n\"" + HOSTILE.replace('"', "'") + "\",2019,\"<b>" + HOSTILE + "</b>\"\r\n"},
     DISPLAYS, kind="open", path="t.csv")
case("timelinejs-empty", {"t.json": b""}, {"status": 1, "stderr": ["t.json"]}, kind="open", path="t.json")

# number-1e309: JSON text json.dumps cannot produce.
p = "cases/number-1e309/events.json"
with open(p, "rb") as h: text = h.read()
with open(p, "wb") as h: h.write(text.replace(b'"__NUM__"', b"1e309"))

with open("manifest.json", "w") as handle:
    json.dump({"cases": cases}, handle, indent=2, ensure_ascii=True); handle.write("\n")
print(len(cases), "cases")
