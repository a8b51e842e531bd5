#!/usr/bin/env bash
# Benchmark: a synthetic county built by gongkai and, with the same Markdown, by Hugo.
# Usage: Benchmarks/run.sh VILLAGES DOCS_PER_VILLAGE   (e.g. 20 500 for 10,000 documents)
# Prints documents per second, peak memory and the one-document rebuild, and the ratio to Hugo.
set -euo pipefail
cd "$(dirname "$0")/.."
villages=${1:-20}
per=${2:-500}
docs=$((villages * per))
work=${BENCH_DIR:-/tmp/gongkai-bench-$docs}
command -v hugo >/dev/null || { echo "hugo is needed: apt-get install hugo"; exit 2; }
swift build -c release --product gongkai >/dev/null
bin=$PWD/.build/release/gongkai
rm -rf "$work" && mkdir -p "$work"
python3 Benchmarks/generate_county.py "$work/county" "$villages" "$per" >/dev/null
python3 Benchmarks/hugo_site.py "$work/county" "$work/hugo" >/dev/null

measure() {  # label, command...: prints seconds and peak RSS (MiB)
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt"; exit 1; }
  read -r seconds kb < "$work/time.txt"
  printf '%-34s %8.2f s  %8.0f docs/s  peak %6.0f MiB\n' "$label" "$seconds" "$(echo "$docs / $seconds" | bc -l)" "$(echo "$kb / 1024" | bc -l)"
  echo "$seconds" > "$work/last.txt"
}

settle() {  # the replaced site is removed by a child process: let it finish before measuring on
  while ls -d "$work"/.site.gongkai-tmp-* >/dev/null 2>&1; do sleep 1; done
  sync
}

echo "documents: $docs ($villages villages × $per), 2 cores"
settle; measure "gongkai build (full)" "$bin" build "$work/county" --out "$work/site" --date 2026-11-22
g=$(cat "$work/last.txt")
# One document changed, five times over (a title edit in a different village each time), each
# followed by a rebuild.
rebuilds=()
# (Globs, not `ls | head`: with pipefail, ls killed by SIGPIPE would end the script.)
village_folders=("$work/county/content/"*/)
for folder in "${village_folders[@]:0:5}"; do
  documents=("$folder"docs/*.md)
  file=${documents[0]}
  sed -i '0,/^title: /s//title: （更正）/' "$file"
  settle; measure "gongkai build (1 document changed)" "$bin" build "$work/county" --out "$work/site" --date 2026-11-22
  rebuilds+=("$(cat "$work/last.txt")")
done
printf 'one-document rebuild: median %s s, slowest %s s\n' \
  "$(printf '%s\n' "${rebuilds[@]}" | sort -n | sed -n 3p)" "$(printf '%s\n' "${rebuilds[@]}" | sort -n | tail -1)"
settle; measure "gongkai check" "$bin" check "$work/county" --date 2026-11-22
settle; measure "hugo (same Markdown, 1 page/doc)" hugo --quiet -s "$work/hugo" -d "$work/hugo-public"
h=$(cat "$work/last.txt")
printf 'gongkai/hugo documents per second: %.2f\n' "$(echo "$h / $g" | bc -l)"
