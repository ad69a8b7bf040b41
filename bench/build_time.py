#!/usr/bin/env python3
"""Times `cronica build` on a folder of generated articles (issue 16: 10 MB, 2,000 articles, < 10 s).

  bench/build_time.py                      2,000 articles of about 5 KB, 3 runs, release build
  bench/build_time.py --count 100000 --bytes 100 --runs 1    many tiny articles
  bench/build_time.py --no-build           reuse the release binaries already built

The articles are paragraphs of the bundled raw articles drawn at random (`cronica-bench articles`,
seeded), each with front matter and a publication date. Prints wall, user and system time per run
and the median, and the events built; stderr is a file, so no progress line is drawn.
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLAGS = ["-c", "release", "--static-swift-stdlib", "--scratch-path", str(ROOT / ".build-static")]


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--count", type=int, default=2000)
    p.add_argument("--bytes", type=int, default=5000)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--out-dir", default=str(ROOT / "bench-out"))
    p.add_argument("--no-build", action="store_true")
    p.add_argument("--bin-dir", default=None, help="use the binaries in this folder (implies --no-build)")
    args = p.parse_args()
    if args.bin_dir:
        args.no_build = True
    if not args.no_build:
        for product in ("cronica-bench", "cronica"):
            if subprocess.run(["swift", "build", *FLAGS, "--product", product], cwd=ROOT).returncode != 0:
                sys.exit(f"build_time: the release build of {product} failed")
    bin_dir = Path(args.bin_dir) if args.bin_dir else Path(subprocess.run(
        ["swift", "build", *FLAGS, "--show-bin-path"], cwd=ROOT, capture_output=True, text=True).stdout.strip())
    folder = Path(args.out_dir) / f"build-{args.count}x{args.bytes}-seed{args.seed}"
    if not (folder / "articles").exists():
        r = subprocess.run([str(bin_dir / "cronica-bench"), "articles", "--count", str(args.count), "--bytes",
                            str(args.bytes), "--seed", str(args.seed), "--out", str(folder)], cwd=ROOT)
        if r.returncode != 0:
            sys.exit("build_time: generating the articles failed")
    size = sum(f.stat().st_size for f in (folder / "articles").iterdir())
    print(f"{args.count} articles, {size / 1e6:.1f} MB in {folder}; {os.cpu_count()} cores, "
          f"load {os.getloadavg()[0]:.1f}")
    walls, cpus = [], []
    for run in range(args.runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.monotonic()
        with open(folder / "events.out.json", "w") as out, open(folder / "stderr.txt", "w") as err:
            code = subprocess.run([str(bin_dir / "cronica"), "build", str(folder)], stdout=out, stderr=err).returncode
        wall = time.monotonic() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        user, system = after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime
        summary = (folder / "stderr.txt").read_text().strip().splitlines()[-1:]
        print(f"run {run + 1}: exit {code}, wall {wall:.2f} s, user {user:.2f} s, sys {system:.2f} s "
              f"(cpu/wall {(user + system) / wall:.2f}); {summary[0] if summary else ''}")
        walls.append(wall)
        cpus.append(user + system)
    print(f"median wall {statistics.median(walls):.2f} s, median cpu {statistics.median(cpus):.2f} s, "
          f"load after {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
