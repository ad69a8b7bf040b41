#!/usr/bin/env python3
"""Cronica benchmark: one command that builds, generates corpora, measures Cronica and its peers
(less, lnav, fzf, grep) on the same data, and writes docs/performance.md.

  bench/run.py                      1k and 100k, all measurements, writes docs/performance.md
  bench/run.py --sizes 1k,100k,1m   add the 1M corpus (generation takes minutes)
  bench/run.py --smoke              CI: 1k only, no peers needed, no timing asserts (< 2 min after build)
  bench/run.py --no-build           reuse the release binaries already built
  bench/run.py --only-tiny          only the user folder of 100k tiny articles (and the 100k
                                    corpus's first open it is compared with)

Needs: swift, python3. Optional (measured when present): hyperfine, fzf, lnav, less, grep, and
pyte for the interactive timings (../shared/tools/tuilat.py or --tuilat PATH).
Failures are recorded as "n/a (reason)" in the report; the run itself does not abort.
Interactive measurements and report writing live in bench/interactive.py and bench/report.py.
"""
import argparse
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
import interactive  # noqa: E402
import report  # noqa: E402

SIZES = {"1k": 1_000, "100k": 100_000, "1m": 1_000_000}


def log(msg):
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", flush=True)


def run(cmd, timeout=None, **kw):
    """Runs a command list, returns CompletedProcess (text); never raises on exit status."""
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, **kw)


def build_flags(config):
    """Release builds link the Swift runtime and Foundation statically (`--static-swift-stdlib`,
    into .build-static): the way to install Cronica for speed, it halves process start-up."""
    if config == "release":
        return ["-c", "release", "--static-swift-stdlib", "--scratch-path", str(ROOT / ".build-static")]
    return ["-c", config]


def build(args):
    config = args.config
    flags = build_flags(config)
    if not args.no_build:
        for product in ("cronica-bench", "cronica"):
            log("swift build " + " ".join(flags) + f" --product {product}")
            r = subprocess.run(["swift", "build", *flags, "--product", product], cwd=ROOT)
            if r.returncode != 0:
                sys.exit(f"bench: {config} build of {product} failed")
    r = run(["swift", "build", *flags, "--show-bin-path"], cwd=ROOT)
    return Path(r.stdout.strip())


def generate(bench_bin, label, seed, out_root, regenerate):
    """Generates (or reuses) corpus `label`; returns its folder and the generation record."""
    folder = out_root / f"corpus-{label}-seed{seed}"
    stamp = folder / ".generated.json"
    cmd = [str(bench_bin), "generate", "--events", str(SIZES[label]), "--seed", str(seed),
           "--out", str(folder), "--themes", str(ROOT / "Resources/corpus/themes.json")]
    if stamp.exists() and not regenerate:
        rec = json.loads(stamp.read_text())
        if rec.get("events") == SIZES[label] and rec.get("seed") == seed:
            log(f"reusing {folder} (generated in {rec['seconds']:.1f} s)")
            return folder, rec
    log("generate: " + " ".join(cmd))
    t0 = time.monotonic()
    r = run(cmd)
    seconds = time.monotonic() - t0
    if r.returncode != 0:
        return None, {"error": (r.stderr or r.stdout).strip()[:300]}
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    rec = {"events": SIZES[label], "seed": seed, "seconds": seconds, "bytes": size,
           "message": r.stdout.strip(), "command": " ".join(cmd),
           "events_json_bytes": (folder / "events.json").stat().st_size,
           "events_txt_bytes": (folder / "events.txt").stat().st_size}
    stamp.write_text(json.dumps(rec))
    return folder, rec


def warm_page_cache(folder):
    """Reads every file under `folder` once (the data then comes from memory, not the disk)."""
    for path in sorted(Path(folder).rglob("*")):
        if path.is_file():
            with open(path, "rb") as f:
                while f.read(1 << 20):
                    pass


def model_load(bench_bin, folder, word, theme, runs):
    """`cronica-bench load` `runs` times (the last with --breakdown); medians of each figure.

    Every file of the corpus is read once first, so that the page cache is warm as it is for the
    peers (hyperfine warms up; one cold 1M run once measured 12.6 s against 4–5 s warm)."""
    warm_page_cache(folder)
    recs, breakdown = [], {}
    for i in range(runs):
        cmd = [str(bench_bin), "load", str(folder), "--search", word, "--theme", theme, "--json"]
        if i == runs - 1:
            cmd.append("--breakdown")
        r = run(cmd, timeout=3600)
        if r.returncode != 0:
            return {"error": (r.stderr or r.stdout).strip()[:300], "command": " ".join(cmd)}
        figures = json.loads(r.stdout)
        recs.append({k: v for k, v in figures.items() if not k.startswith("stage_")})
        breakdown = {k: v for k, v in figures.items() if k.startswith("stage_")}
    keys = recs[0].keys()
    med = {k: statistics.median(r[k] for r in recs) for k in keys}
    rng = {k: (min(r[k] for r in recs), max(r[k] for r in recs)) for k in keys}
    return {"median": med, "range": rng, "runs": runs, "breakdown": breakdown,
            "command": " ".join(cmd[:-1])}


def has(tool):
    return shutil.which(tool) is not None


def cronica_has_list(cronica):
    r = run([str(cronica), "list", "--help"])
    return r.returncode == 0 and "--corpus" in r.stdout


def hyperfine(commands, runs, warmup, json_path):
    """Times shell commands with hyperfine; returns {name: {median, min, max, runs}} or errors."""
    # --output pipe: with output to /dev/null GNU grep stops at the first match (0.3 ms on 1M lines).
    cmd = ["hyperfine", "--style", "none", "--runs", str(runs), "--warmup", str(warmup), "--output", "pipe",
           "--export-json", str(json_path), "-i"]
    for name, command in commands:
        cmd += ["-n", name, command]
    r = run(cmd, timeout=7200)
    if r.returncode != 0 or not json_path.exists():
        return {name: {"error": (r.stderr or "hyperfine failed").strip()[:200]} for name, _ in commands}
    out = {}
    for res in json.loads(json_path.read_text())["results"]:
        times = [t * 1000 for t in res["times"]]
        failed = [c for c in res.get("exit_codes", []) if c not in (0, None)]
        out[res["command"]] = {"median": statistics.median(times), "min": min(times),
                               "max": max(times), "runs": len(times),
                               "exit_codes": sorted(set(res.get("exit_codes", [])))}
        if failed and len(failed) == len(times):
            out[res["command"]]["error"] = f"exit status {failed[0]}"
    return out


def simple_time(commands, runs):
    """Fallback without hyperfine (smoke mode): wall-clock medians of shell commands."""
    out = {}
    for name, command in commands:
        times, status = [], 0
        for _ in range(runs):
            t0 = time.monotonic()
            r = subprocess.run(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            times.append((time.monotonic() - t0) * 1000)
            status = r.returncode or status
        out[name] = {"median": statistics.median(times), "min": min(times), "max": max(times),
                     "runs": runs}
        if status:
            out[name]["error"] = f"exit status {status}"
    return out


def count_of(command):
    """How many lines a command prints (hits), for the table's sanity column."""
    try:
        r = subprocess.run(command + " | wc -l", shell=True, capture_output=True, text=True, timeout=600)
        return int(r.stdout.strip() or 0)
    except (subprocess.TimeoutExpired, ValueError):
        return None


def snapshot_cache(out_root, label):
    """The cache folder (XDG_CACHE_HOME) Cronica keeps this size's corpus snapshot in."""
    return out_root / "cache" / label


# Sizes from which Cronica saves a corpus snapshot (its default minimum is 50,000 events).
SNAPSHOT_SIZES = ("100k", "1m")

FIRST_RUN = "cronica list --search (first run: loads the files, saves the snapshot)"
NO_SNAPSHOT = "cronica list --search (snapshots off: loads the files)"
TINY = "cronica list --search (user folder of tiny articles, no events.json: proposed events)"


def tiny_articles(out_root, count, seed):
    """A folder of `count` tiny user articles (front matter and one dated sentence each) and no
    events.json, so that opening it proposes one event per article: the case that was quadratic
    in the number of articles (issue 14, point 9). Reused when present."""
    folder = out_root / f"tiny-articles-{count}-seed{seed}"
    stamp = folder / ".generated.json"
    if stamp.exists() and json.loads(stamp.read_text()).get("articles") == count:
        log(f"reusing {folder}")
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    articles = folder / "articles"
    articles.mkdir(parents=True)
    t0 = time.monotonic()
    for i in range(count):
        year = 2000 + (i * 7 + seed) % 24
        month = 1 + (i * 5 + seed) % 12
        day = 1 + (i * 11 + seed) % 28
        (articles / f"a{i:07d}.md").write_text(
            f"---\nid: a{i:07d}\ntitle: Council notes {i}\noutlet: Gazette {i % 97}\n"
            f"published: {year}-{month:02d}-{day:02d}\n---\n"
            f"On {('January', 'March', 'May', 'July', 'September', 'November')[i % 6]} {day}, {year}, "
            f"the council of district {i} approved the plan for precursor controls.\n")
    stamp.write_text(json.dumps({"articles": count, "seed": seed, "seconds": time.monotonic() - t0}))
    return folder


def tiny_case(args, cronica, bench_bin, out_root):
    """Times `cronica list --search` on the tiny-articles folder against the first open (no
    snapshot) of a bundled-layout corpus of the same number of events; target: within 2×."""
    count = parse_count(args.tiny_articles)
    label = next((name for name, size in SIZES.items() if size == count), None)
    folder = tiny_articles(out_root, count, args.seed)
    warm_page_cache(folder)
    q = shlex.quote
    commands = [(TINY, f"{q(str(cronica))} list --corpus {q(str(folder))} --search {args.word}")]
    if label:
        reference, _ = generate(bench_bin, label, args.seed, out_root, False)
        if reference is not None:
            warm_page_cache(reference)
            commands.append((NO_SNAPSHOT, f"CRONICA_SNAPSHOTS=off {q(str(cronica))} list --corpus {q(str(reference))} "
                                          f"--search {args.word}"))
    runs = 1 if args.smoke else 3
    log(f"tiny articles: {count} articles, {len(commands)} commands x {runs} runs")
    results = simple_time(commands, runs)
    out = {"articles": count, "folder": str(folder), "results": results, "runs": runs}
    tiny, ref = results.get(TINY, {}).get("median"), results.get(NO_SNAPSHOT, {}).get("median")
    failed = [f"{name}: {r['error']}" for name, r in results.items() if r.get("error")]
    if failed:
        # A command that could not run (missing binary: status 127) times nothing; never a pass.
        tiny = ref = None
        out["error"] = "; ".join(failed)
        log(f"tiny articles: FAILED ({out['error']})")
    out["ms"], out["reference_ms"] = tiny, ref
    if tiny and ref:
        out["ratio"] = tiny / ref
        log(f"tiny articles: {tiny:.0f} ms vs {ref:.0f} ms for {label} events from their files ({tiny / ref:.2f}x; target <= 2x)")
    return out


def parse_count(text):
    """`100k`, `1m` or a plain number of articles."""
    text = text.strip().lower()
    for suffix, factor in (("k", 1_000), ("m", 1_000_000)):
        if text.endswith(suffix):
            return int(float(text[:-1]) * factor)
    return int(text)


def first_run(command, cache):
    """Times one run of `command` with an empty snapshot cache (it loads the files and saves one)."""
    shutil.rmtree(cache, ignore_errors=True)
    t0 = time.monotonic()
    r = subprocess.run(command, shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = (time.monotonic() - t0) * 1000
    out = {"median": elapsed, "min": elapsed, "max": elapsed, "runs": 1}
    if r.returncode:
        out["error"] = f"exit status {r.returncode}"
    return out


def noninteractive(args, cronica, bench_bin, label, folder, list_ok, out_root, with_cronica=True):
    q = shlex.quote
    word, theme = args.word, args.theme
    warm_page_cache(folder)
    txt = q(str(folder / "events.txt"))
    commands = []
    measured_once = {}
    if not with_cronica:
        pass
    elif list_ok:
        cache = snapshot_cache(out_root, label)
        env = f"XDG_CACHE_HOME={q(str(cache))} "
        search = f"{q(str(cronica))} list --corpus {q(str(folder))} --search {word}"
        if label in SNAPSHOT_SIZES:
            log(f"non-interactive {label}: first run (saves the snapshot)")
            measured_once[FIRST_RUN] = first_run(env + search, cache)
            commands.append((FIRST_RUN, f"rm -rf {q(str(cache))}; {env}{search}"))
            warm_page_cache(cache)
        commands.append(("cronica list --search", env + search))
        commands.append(("cronica list --theme", f"{env}{q(str(cronica))} list --corpus {q(str(folder))} --theme {theme}"))
        if label in SNAPSHOT_SIZES:
            commands.append((NO_SNAPSHOT, "CRONICA_SNAPSHOTS=off " + search))
    else:
        commands.append(("cronica-bench load (no `cronica list` yet)",
                         f"{q(str(bench_bin))} load {q(str(folder))} --search {word} --theme {theme}"))
    if not args.smoke:
        if has("grep"):
            commands.append(("grep -c -i", f"grep -c -i {word} {txt}"))
        if has("fzf"):
            commands.append(("fzf --filter", f"fzf --filter {word} < {txt}"))
            commands.append(("fzf -e --filter", f"fzf -e --filter {word} < {txt}"))
        if has("lnav"):
            commands.append(("lnav -n -c :filter-in", f"lnav -n -c {q(':filter-in ' + word)} {txt}"))
    runs, warmup = {"1k": (10, 2), "100k": (3, 1), "1m": (3, 1)}[label]
    if args.smoke:
        runs, warmup = 2, 0
    log(f"non-interactive {label}: {len(commands)} commands x {runs} runs")
    # At 1M one Cronica run takes minutes: one run, no warm-up, in its own hyperfine call.
    timed = [c for c in commands if c[0] not in measured_once]
    groups = [(timed, runs, warmup, "")]
    if label == "1m" and not args.smoke:
        mine = [c for c in timed if c[0].lower().startswith("cronica")]
        groups = [(mine, 1, 0, "-cronica"), ([c for c in timed if c not in mine], runs, warmup, "")]
    results = dict(measured_once)
    for group, group_runs, group_warmup, suffix in groups:
        if not group:
            continue
        if has("hyperfine"):
            results.update(hyperfine(group, group_runs, group_warmup, out_root / f"hyperfine-{label}{suffix}.json"))
        else:
            results.update(simple_time(group, group_runs))
    hits = {}
    for name, command in commands:
        if name.startswith("grep -c"):
            r = subprocess.run(command, shell=True, capture_output=True, text=True)
            hits[name] = int(r.stdout.strip() or 0) if r.returncode in (0, 1) else None
        elif not name.startswith("cronica-bench") and name not in measured_once:
            hits[name] = count_of(command)
    return {"commands": commands, "results": results, "hits": hits, "runs": runs, "warmup": warmup,
            "cronica_runs": 1 if len(groups) > 1 else runs}


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", default="1k,100k", help="comma list of 1k, 100k, 1m")
    p.add_argument("--smoke", action="store_true", help="CI: 1k only, no peers, no report by default")
    p.add_argument("--no-build", action="store_true", help="reuse the existing build")
    p.add_argument("--config", choices=("release", "debug"), default="release",
                   help="build configuration (debug only for smoke runs in CI: its timings mean nothing)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--word", default="precursor", help="search word (lower case, in titles)")
    p.add_argument("--theme", default="fentanyl", help="theme key for the theme filter")
    p.add_argument("--out-dir", default=str(ROOT / "bench-out"))
    p.add_argument("--report", default=None, help="report path (default docs/performance.md; "
                   "in --smoke mode bench-out/performance-smoke.md)")
    p.add_argument("--regenerate", action="store_true", help="regenerate corpora even if present")
    p.add_argument("--no-interactive", action="store_true")
    p.add_argument("--interactive-sizes", default=None,
                   help="sizes for the interactive part (default: all sizes except 1m)")
    p.add_argument("--load-only", default="",
                   help="sizes where Cronica is measured with cronica-bench load only, not `cronica list` "
                        "(e.g. 1m, where each list run takes minutes); the peers still run")
    p.add_argument("--merge", default=None, help="a previous results.json whose sizes not measured now "
                   "are added to the report (e.g. a separate 1m run)")
    p.add_argument("--results", default=None, help="raw results file (default bench-out/results.json)")
    candidates = [base / "shared/tools/tuilat.py" for base in (ROOT.parent, ROOT.parent.parent)]
    p.add_argument("--tuilat", default=str(next((c for c in candidates if c.exists()), candidates[0])))
    p.add_argument("--note", action="append", default=[], help="a line for the report's notes")
    p.add_argument("--render", default=None, metavar="RESULTS",
                   help="only rewrite the report from a results.json of an earlier run")
    p.add_argument("--analysis", default=str(ROOT / "bench/analysis.md"),
                   help="a Markdown file appended to the report as its analysis (if it exists)")
    p.add_argument("--tiny-articles", default="100k",
                   help="articles in the user-folder case (tiny articles, no events.json), compared with a "
                        "corpus of as many events opened from its files; 'none' skips it (smoke: 1k)")
    p.add_argument("--only-tiny", action="store_true",
                   help="run only the tiny-articles case; figures go to bench-out/results-tiny.json")
    args = p.parse_args()
    if args.render:
        data = json.loads(Path(args.render).read_text())
        path = Path(args.report) if args.report else ROOT / "docs/performance.md"
        path.write_text(report.render(data, args, ROOT))
        log(f"wrote {path} from {args.render}")
        return
    if args.smoke:
        args.sizes = "1k"
        if args.tiny_articles != "none":
            args.tiny_articles = "1k"
    sizes = [s.strip().lower() for s in args.sizes.split(",") if s.strip()]
    load_only = {s.strip().lower() for s in args.load_only.split(",") if s.strip()}
    for s in sizes:
        if s not in SIZES:
            sys.exit(f"bench: unknown size {s} (use {', '.join(SIZES)})")
    out_root = Path(args.out_dir)
    out_root.mkdir(parents=True, exist_ok=True)
    started = time.strftime("%Y-%m-%d %H:%M:%S %Z")
    load_before = os.getloadavg()

    bin_dir = build(args)
    data_versions, data_machine = report.versions(ROOT), report.machine()
    bench_bin, cronica = bin_dir / "cronica-bench", bin_dir / "cronica"
    if args.only_tiny:
        tiny = tiny_case(args, cronica, bench_bin, out_root)
        tiny.update({"started": started, "finished": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
                     "load_before": load_before, "load_after": os.getloadavg(), "versions": data_versions})
        path = Path(args.results) if args.results else out_root / "results-tiny.json"
        path.write_text(json.dumps(tiny, indent=1, default=str))
        log(f"wrote {path}")
        return
    list_ok = cronica.exists() and cronica_has_list(cronica)
    log(f"binaries in {bin_dir}; cronica list --corpus {'available' if list_ok else 'NOT available'}")

    data = {"sizes": {}, "started": started, "load_before": load_before, "args": vars(args),
            "list_ok": list_ok, "bin_dir": str(bin_dir), "smoke": args.smoke,
            "versions": data_versions, "machine": data_machine}
    for label in sizes:
        entry = {}
        folder, gen = generate(bench_bin, label, args.seed, out_root, args.regenerate)
        entry["generate"] = gen
        if folder is None:
            log(f"generation of {label} failed: {gen['error']}")
            data["sizes"][label] = entry
            continue
        entry["folder"] = str(folder)
        log(f"model load {label}")
        entry["load"] = model_load(bench_bin, folder, args.word, args.theme, 3 if label == "1k" else 1)
        if True:  # peers always; Cronica itself only where not --load-only
            entry["noninteractive"] = noninteractive(args, cronica, bench_bin, label, folder, list_ok, out_root,
                                                     with_cronica=label not in load_only)
        data["sizes"][label] = entry

    if args.tiny_articles != "none":
        data["tiny"] = tiny_case(args, cronica, bench_bin, out_root)

    data["interactive"] = {}
    if not args.no_interactive:
        isizes = sizes if args.interactive_sizes is None else [
            s.strip() for s in args.interactive_sizes.split(",") if s.strip()]
        if args.interactive_sizes is None:
            isizes = [s for s in isizes if s != "1m" and s not in load_only]
        folders = {s: Path(data["sizes"][s]["folder"]) for s in isizes if "folder" in data["sizes"].get(s, {})}
        caches = {}
        for s in folders:
            if s in SNAPSHOT_SIZES:
                # The snapshot the browser opens (made by the non-interactive part, or now).
                caches[s] = snapshot_cache(out_root, s)
                if not list(caches[s].rglob("*.snapshot")):
                    run(f"XDG_CACHE_HOME={shlex.quote(str(caches[s]))} {shlex.quote(str(cronica))} list "
                        f"--corpus {shlex.quote(str(folders[s]))} --theme {args.theme} > /dev/null", shell=True)
                warm_page_cache(caches[s])
        data["interactive"] = interactive.measure_all(args, cronica, folders, out_root, log, caches)

    data["finished"] = time.strftime("%Y-%m-%d %H:%M:%S %Z")
    data["load_after"] = os.getloadavg()
    if args.merge:
        old = json.loads(Path(args.merge).read_text())
        for label, entry in old.get("sizes", {}).items():
            data["sizes"].setdefault(label, entry)
        for prog, per in (old.get("interactive") or {}).items():
            if isinstance(per, dict):
                for label, res in per.items():
                    data["interactive"].setdefault(prog, {}).setdefault(label, res)
        data["merged_from"] = {"file": args.merge, "started": old.get("started"), "finished": old.get("finished"),
                               "load_before": old.get("load_before"), "load_after": old.get("load_after")}
    results = Path(args.results) if args.results else out_root / (
        "results-smoke.json" if args.smoke else "results.json")
    results.write_text(json.dumps(data, indent=1, default=str))
    path = Path(args.report) if args.report else (
        out_root / "performance-smoke.md" if args.smoke else ROOT / "docs/performance.md")
    path.write_text(report.render(data, args, ROOT))
    log(f"wrote {path} (raw figures: {results})")


if __name__ == "__main__":
    main()
