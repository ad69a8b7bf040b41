#!/usr/bin/env bash
# Runs every fuzz target (or the named ones) for SECONDS each, JOBS at a time (default 1).
# Seeds come from the source articles and the test fixtures; the growing corpus, the logs and
# any crash inputs go to fuzz/runs/ (git-ignored). Prints one summary line per target:
# executions, coverage (cov: edges, ft: features) and corpus size, taken from libFuzzer's log.
# Usage: fuzz/run.sh SECONDS [-j JOBS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:?usage: fuzz/run.sh SECONDS [-j JOBS] [TARGET...]}
shift
jobs=1
if [[ ${1:-} == -j ]]; then jobs=$2; shift 2; fi
out=fuzz/.out
runs=fuzz/runs
mkdir -p "$runs/crashes"
targets=("$@")
if ((${#targets[@]} == 0)); then
  for f in fuzz/targets/*.swift; do targets+=("$(basename "$f" .swift)"); done
fi
# A target that does not build must not pass as "crashes: none" with nothing executed.
if ! fuzz/build.sh "${targets[@]}" >"$runs/build.log" 2>&1; then
  cat "$runs/build.log"
  echo "fuzz/run.sh: the fuzz targets did not build (log above)" >&2
  exit 1
fi
grep -v '^build:' "$runs/build.log" || true

seed() { # seed TARGET: fills $runs/corpus/TARGET from the repository's real inputs
  local t=$1 dir=$runs/corpus/$1
  mkdir -p "$dir" "$runs/seeds/$t"
  local s=$runs/seeds/$t
  case $t in
    cleaner) cp Resources/corpus/articles/*.txt Tests/CronicaModelTests/Fixtures/temporal/articles/*.txt "$s/" ;;
    dates)
      local i=0
      for d in 2019 2019-02 2019-02-28 2020-02-29 -0044 0000 99999999 1999-13 2019-02-30 " 2019" 2019-1-1 +2019 \
        2019-41 2019-24 2017-05-22/2017-05-28 ../2010 2019/.. /2019 201X 2019-05-XX "2019~/2020?" Y170000 \
        2001-02-03T09:30:01+05:00; do
        printf '%s' "$d" >"$s/d$i"; i=$((i + 1))
      done ;;
    events) cp Resources/corpus/events.json Resources/corpus/manifest.json Resources/corpus/themes.json "$s/"
      cp Tests/CronicaModelTests/Fixtures/usercorpus/valid/events.json "$s/user-events.json"
      for d in Tests/CronicaCLITests/Fixtures/*/; do
        [[ -f $d/events.json ]] && cp "$d/events.json" "$s/cli-$(basename "$d").json"
      done ;;
    frontmatter) cp Tests/CronicaModelTests/Fixtures/usercorpus/valid/articles/* "$s/" ;;
    timelinejson) cp Tests/CronicaModelTests/Fixtures/timelinejs/*.json "$s/" ;;
    timelinecsv) cp Tests/CronicaModelTests/Fixtures/timelinejs/*.csv "$s/" ;;
    html)
      printf '<p>One &amp; two<br>three</p><ul><li>a</li><li>b</li></ul>' >"$s/h1"
      printf '<a href="x">link</a> &#x1F6A8; &eacute; &#0; <script>alert(1)</script>' >"$s/h2"
      cp Tests/CronicaModelTests/Fixtures/timelinejs/full.json "$s/" ;;
    display)
      printf '\x28\x02ESC\x1b[31mred\x1b[0m \xc2\x9b2J \xe2\x80\xaeolleh \xe6\x9d\xb1\xe4\xba\xac \xf0\x9f\x87\xb2\xf0\x9f\x87\xbd e\xcc\x81\ttab\n\nnext' >"$s/k1"
      head -c 3000 Resources/corpus/articles/"$(ls Resources/corpus/articles | head -1)" | { printf '\x50\x00'; cat; } >"$s/k2" ;;
    snapshot) printf '\x00' >"$s/intact"
      printf '\x00\x10\x00\x00\x00\xff\x00\x20\x00\x00\x7f' >"$s/two-patches"
      printf '\x01\x00\x40\x00\x00\x00' >"$s/truncated" ;;
    keys) printf '\x01\x00\x00\x00\x71\x00\x50\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' >"$s/k1"
      printf '\x82\x00\x00\x01\x99\x00\x78\x00\x00\x00\x05\x00\x00\x00\x07\x00\x00' >"$s/k2" ;;
  esac
}

run_one() {
  local t=$1
  seed "$t"
  "$out/fuzz-$t" "$runs/corpus/$t" "$runs/seeds/$t" -max_total_time="$seconds" -max_len=65536 -timeout=20 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$runs/crashes/$t-" >"$runs/$t.log" 2>&1 || true
  local execs cov ft units
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$runs/$t.log" | grep -o '[0-9]*$' || echo '?')
  cov=$(grep -o 'cov: [0-9]*' "$runs/$t.log" | tail -1 | grep -o '[0-9]*' || echo '?')
  ft=$(grep -o 'ft: [0-9]*' "$runs/$t.log" | tail -1 | grep -o '[0-9]*' || echo '?')
  units=$(ls "$runs/corpus/$t" | wc -l)
  local crash="none"
  ls "$runs/crashes/$t-"* >/dev/null 2>&1 && crash=$(ls "$runs/crashes/$t-"* | tr '\n' ' ')
  printf '%-13s %6ss  execs %-10s cov %-6s ft %-6s corpus %-5s crashes: %s\n' "$t" "$seconds" "$execs" "$cov" "$ft" "$units" "$crash"
}

active=0
for t in "${targets[@]}"; do
  run_one "$t" &
  active=$((active + 1))
  if ((active >= jobs)); then wait -n; active=$((active - 1)); fi
done
wait
