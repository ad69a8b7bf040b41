"""Interactive timings through tuilat (pty + pyte) at 120x40: Cronica's browser and the peers.

Every program is probed once first (one run, short timeout); when the probe shows no first frame
the program is recorded as "n/a (reason)" and skipped instead of waiting out every run.
"""
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

SIZE = "120x40"
RUNS = {"bundled": 5, "1k": 5, "100k": 3, "1m": 3}
TIMEOUT = {"bundled": 20, "1k": 20, "100k": 60, "1m": 300}

# Cronica's global quit (any mode, even a prompt); tuilat falls back to SIGTERM.
QUIT = "Q"

# (step name, keys) for Cronica's browser; q/Esc and the keys follow the brief's key map.
CRONICA_STEPS = [
    ("move down (j)", "j"),
    ("page down (PgDn)", "<PgDn>"),
    ("jump to end (G)", "G"),
    ("open theme picker (t)", "t"),
    ("toggle a theme (Space)", "<Space>"),
    ("close picker (Esc)", "<Esc>"),
    ("open search (/)", "/"),
    ("type one search character", None),  # the search word's first letter
    ("leave search (Esc)", "<Esc>"),
    ("open source reader (o)", "o"),
]

# Without a snapshot a large corpus opens on a preview of its first events and loads the rest
# behind it; the keys are measured once it is loaded, as they were when the load came before the
# first frame. The jump prompt (:) waits for the load and then opens (its hint shows): a key that
# changes the screen whether or not the load has ended (tuilat needs a change after the key).
SETTLED_BUT_STATUS = "first_settle_ms but the status line"
LOADED_STEPS = [("jump prompt (:) once the whole corpus is loaded", ":", ["--expect", "year or year-month"]),
                ("close the jump prompt (Esc)", "<Esc>")]


def pyte_available():
    try:
        import pyte  # noqa: F401
        return True
    except ImportError:
        return False


def tuilat(tool, argv, first, steps, label, json_path, quit_keys, env=None, runs=None, probe=False,
           first_settle=300, setup=None, ignore_rows=None):
    """Runs tuilat; returns {"summary": {...}, "warnings": [...], "screen": str} or {"error": ...}."""
    cmd = [sys.executable, str(tool), "--size", SIZE, "--json", str(json_path),
           "--timeout", str(TIMEOUT[label]),
           "--runs", str(1 if probe else (runs or RUNS[label])), "--warmup", "0" if probe else "1",
           "--first-settle-ms", str(first_settle)]
    if quit_keys:
        cmd += ["--quit", quit_keys]
    if setup:
        cmd += ["--setup", setup]
    if ignore_rows:
        cmd += ["--ignore-rows", ignore_rows]
    for k, v in (env or {}).items():
        cmd += ["--env", f"{k}={v}"]
    for marker in first:
        cmd += ["--first", marker]
    for step in steps:
        cmd += ["--key", step[1], "--name", step[0]] + (list(step[2]) if len(step) > 2 else [])
    cmd += ["--"] + [str(a) for a in argv]
    if json_path.exists():
        json_path.unlink()
    try:
        r = subprocess.run(cmd, capture_output=True, text=True,
                           timeout=(3 * TIMEOUT[label] + 60 if probe else 3600))
    except subprocess.TimeoutExpired:
        return {"error": "tuilat timed out", "command": cmd}
    if not json_path.exists():
        return {"error": (r.stderr or r.stdout).strip().splitlines()[-1:] or ["tuilat failed"],
                "command": cmd}
    data = json.loads(json_path.read_text())
    runs_ = data.get("runs", [])
    warnings = sorted({w for rec in runs_ for w in rec.get("warnings", [])})
    screen = runs_[-1].get("final_screen", "") if runs_ else ""
    return {"summary": data.get("summary", {}), "warnings": warnings, "screen": screen,
            "command": cmd}


def reason_from(result):
    if "error" in result:
        err = result["error"]
        return err if isinstance(err, str) else " ".join(err)
    lines = [ln.strip() for ln in result.get("screen", "").splitlines() if ln.strip()]
    if result.get("warnings"):
        return result["warnings"][0] + (f"; screen: {lines[0][:80]}" if lines else "")
    return ("screen: " + lines[0][:80]) if lines else "no first frame (empty screen)"


def measure(tool, name, argv, first, steps, label, out_root, quit_keys, env=None, log=print, setup=None,
            ignore_rows=None):
    """Probe, then measure; returns the tuilat result or {"na": reason}."""
    base = out_root / f"tuilat-{name}-{label}"
    probe = tuilat(tool, argv, first, steps, label, base.with_suffix(".probe.json"), quit_keys, env,
                   probe=True, setup=setup, ignore_rows=ignore_rows)
    ff = (probe.get("summary") or {}).get("first_frame_ms")
    if not ff:
        reason = reason_from(probe) + f" (probe: 1 run, {TIMEOUT[label]} s limit)"
        log(f"  {name} {label}: n/a ({reason})")
        return {"na": reason, "command": probe.get("command")}
    log(f"  {name} {label}: measuring")
    result = tuilat(tool, argv, first, steps, label, base.with_suffix(".json"), quit_keys, env, setup=setup,
                    ignore_rows=ignore_rows)
    if not (result.get("summary") or {}).get("first_frame_ms"):
        return {"na": reason_from(result), "command": result.get("command")}
    return result


def lines_of(path, count):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            out.append(line.rstrip("\n"))
            if len(out) >= count:
                break
    return out


def last_line(path):
    with open(path, "rb") as f:
        f.seek(0, 2)
        f.seek(max(0, f.tell() - 4096))
        return f.read().decode("utf-8", "replace").rstrip("\n").splitlines()[-1]


def title_of(line):
    parts = line.split("  ")
    return parts[-1].strip() if parts else line


def bundled_first_title(root):
    events = json.loads((root / "Resources/corpus/events.json").read_text())["events"]
    first = min(events, key=lambda e: (e["start"], e.get("end") or e["start"], e["id"]))
    return first["title"]


def measure_all(args, cronica, folders, out_root, log, caches=None):
    """Measures every program; Cronica at sizes with a snapshot cache twice: with the snapshot
    (label) and with snapshots off ("label, no snapshot": the first run's load)."""
    caches = caches or {}
    tool = Path(args.tuilat)
    result = {"cronica": {}, "less": {}, "lnav": {}, "fzf": {}, "less_one_screen": {}}
    if not tool.exists():
        result["na"] = f"tuilat not found at {tool} (pass --tuilat PATH)"
        return result
    if not pyte_available():
        result["na"] = "pyte is not installed (pip install pyte)"
        return result
    root = Path(__file__).resolve().parent.parent
    word = args.word
    steps = [(n, k if k is not None else word[0]) for n, k in CRONICA_STEPS]
    log("interactive: cronica on the bundled corpus")
    result["cronica"]["bundled"] = measure(
        tool, "cronica", [cronica, "browse"], [bundled_first_title(root)[:16]], steps, "bundled",
        out_root, QUIT, log=log)
    for label, folder in folders.items():
        txt = folder / "events.txt"
        head = lines_of(txt, 39)
        log(f"interactive: {label}")
        argv = [cronica, "browse", "--corpus", folder]
        marker = [title_of(head[0])[:16]]
        if label in caches:
            result["cronica"][label] = measure(
                tool, "cronica", argv, marker, steps, label, out_root, QUIT, log=log,
                env={"XDG_CACHE_HOME": str(caches[label])})
            cold = measure(
                tool, "cronica-nosnap", argv, marker, LOADED_STEPS + steps, label, out_root, QUIT, log=log,
                env={"CRONICA_SNAPSHOTS": "off"})
            # While the events are shown, the status line (row -2) counts the load's percentage up,
            # so the screen is never quiet until the load ends: one more run settles the first
            # screen with that row ignored (as lnav's clock row is).
            screen = measure(
                tool, "cronica-nosnap-screen", argv, marker, [], label, out_root, QUIT, log=log,
                env={"CRONICA_SNAPSHOTS": "off"}, ignore_rows="-2")
            settled = (screen.get("summary") or {}).get("first_settle_ms")
            if settled and "summary" in cold:
                cold["summary"][SETTLED_BUT_STATUS] = settled
            result["cronica"][f"{label}, no snapshot"] = cold
        else:
            result["cronica"][label] = measure(tool, "cronica", argv, marker, steps, label, out_root, QUIT, log=log)
        if args.smoke:
            continue
        if _has("less"):
            result["less"][label] = measure(
                tool, "less", ["less", "-S", txt], [head[0][:40], head[-1][:40]],
                [("move down (j)", "j"), ("page down (PgDn)", "<PgDn>"), ("jump to end (G)", "G")],
                label, out_root, "q", log=log)
            if label == next(iter(folders)):
                one = out_root / "one-screen.txt"
                one.write_text("\n".join(head) + "\n")
                result["less_one_screen"]["one screen"] = measure(
                    tool, "less-one-screen", ["less", "-S", one], [head[0][:40], head[-1][:40]], [],
                    "1k", out_root, "q", log=log)
        if _has("lnav"):
            # lnav reads the lines as a log and opens at the end, so the marker is the last line.
            # It restores its last session (the filter) per file: a fresh HOME for every run. Keys
            # typed together with ':' are dropped, so the prompt opens in its own step. Row 0 is a clock.
            home = out_root / "lnav-home"
            result["lnav"][label] = measure(
                tool, "lnav", ["lnav", txt], [title_of(last_line(txt))[:20]],
                [("open prompt (:)", ":"), (f"filter-in {word}", f"filter-in {word}<Enter>", ["--settle-ms", "600"])],
                label, out_root,
                "q", log=log, env={"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")},
                setup=f"rm -rf {shlex.quote(str(home))} && mkdir -p {shlex.quote(str(home))}", ignore_rows="0")
        if _has("fzf"):
            # The step waits for fzf's match counter: its echo of the query comes long before the
            # matching ends at 1M lines, and a settle time alone would stop at the echo.
            n, hits = 0, 0
            with open(txt, encoding="utf-8") as f:
                for line in f:
                    n += 1
                    hits += word[0] in line.lower()
            result["fzf"][label] = measure(
                tool, "fzf", ["fzf"], [f"{n}/{n}"],
                [("type one search character", word[0], ["--expect", f"{hits}/{n}"])], label,
                out_root, "<C-c>", env={"FZF_DEFAULT_COMMAND": f"cat {txt}"}, log=log)
    return result


def _has(tool):
    from shutil import which
    return which(tool) is not None
