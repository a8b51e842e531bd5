#!/usr/bin/env bash
# Benchmark: a synthetic county built by gongkai and, doing the same job, by Hugo.
# Usage: Benchmarks/run.sh VILLAGES DOCS_PER_VILLAGE   (e.g. 20 500 for 10,000 documents)
# Set BENCH_DIR=/dev/shm/... for tmpfs. Prints, each with its peak memory:
#   full build: gongkai and the Hugo twin (hugo_twin.py: page, print page and JSON per document
#     with the entry tables and totals) in alternated pairs, medians of ROUNDS (default 3);
#   one-edit rebuild: a title changed in a different village each time, median and slowest of 5;
#   next edit in the same village: three more edits in the last of those (written over the folder
#     its previous rebuild replaced), median and slowest;
#   check: median of 3, and once with no build cache; bare Hugo (hugo_site.py: one page per document) once;
#   the editor on a copy of the county put in git: 检查 and 保存 ×40 (editor_check.py), and 20
#     notices from 发布 to their page in the public folder (publish_latency.py).
# With COUNTY_DIR=DIR it then runs county_on_disk.sh DIR: 100,000 documents on disk, in git.
set -euo pipefail
cd "$(dirname "$0")/.."
villages=${1:-20}
per=${2:-500}
rounds=${ROUNDS:-3}
docs=$((villages * per))
work=${BENCH_DIR:-/tmp/gongkai-bench-$docs}
command -v hugo >/dev/null || { echo "hugo is needed: apt-get install hugo"; exit 2; }
swift build -c release --product gongkai --static-swift-stdlib >/dev/null  # as make release does
bin=$PWD/.build/release/gongkai
rm -rf "$work" && mkdir -p "$work"
python3 Benchmarks/generate_county.py "$work/county" "$villages" "$per" >/dev/null
python3 Benchmarks/hugo_twin.py "$work/county" "$work/twin" >/dev/null
python3 Benchmarks/hugo_site.py "$work/county" "$work/hugo" >/dev/null

measure() {  # label, command...: prints seconds and peak RSS (MiB); appends "seconds MiB" to $work/LABEL.txt
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt"; exit 1; }
  read -r seconds kb < "$work/time.txt"
  local mib=$((kb / 1024))
  printf '%-36s %8.2f s  %8.0f docs/s  peak %6d MiB\n' "$label" "$seconds" "$(echo "$docs / $seconds" | bc -l)" "$mib"
  echo "$seconds $mib" >> "$work/${label// /-}.txt"
}

median() { sort -n "$1" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
slowest() { sort -n "$1" | tail -1 | cut -d' ' -f1; }
peak() { sort -k2 -n "$1" | tail -1 | cut -d' ' -f2; }

settle() {  # removed sites go in the background: let that finish before measuring
  while ls -d "$work"/.site.gongkai-tmp-* "$work"/old-* >/dev/null 2>&1; do rm -rf "$work"/old-*; sleep 0.2; done
  sync
}

echo "documents: $docs ($villages villages × $per), $(nproc) cores, $(date -I)"
bash Benchmarks/yardstick.sh
for round in $(seq "$rounds"); do
  [ -d "$work/site" ] && mv "$work/site" "$work/old-site"
  settle; measure "gongkai full build" "$bin" build "$work/county" --out "$work/site" --date 2026-11-22
  [ -d "$work/twin-public" ] && mv "$work/twin-public" "$work/old-twin"
  settle; measure "hugo twin full build" hugo --quiet -s "$work/twin" -d "$work/twin-public"
done
# One document changed, five times over (a title edit in a different village each time), each
# followed by a rebuild. (Globs, not `ls | head`: with pipefail, ls killed by SIGPIPE would end the script.)
village_folders=("$work/county/content/"*/)
for folder in "${village_folders[@]:0:5}"; do
  documents=("$folder"docs/*.md)
  sed -i '0,/^title: /s//title: （更正）/' "${documents[0]}"
  settle; measure "gongkai one-edit rebuild" "$bin" build "$work/county" --out "$work/site" --date 2026-11-22
done
documents=("$folder"docs/*.md)  # the last village edited above
for index in 1 2 3; do
  sed -i '0,/^title: /s//title: （更正）/' "${documents[$index]}"
  settle; measure "gongkai next edit same village" "$bin" build "$work/county" --out "$work/site" --date 2026-11-22
done
for round in 1 2 3; do settle; measure "gongkai check" "$bin" check "$work/county" --date 2026-11-22 --out "$work/site"; done
settle; measure "gongkai check from scratch" "$bin" check "$work/county" --date 2026-11-22  # no build cache at county/site
settle; measure "hugo bare (1 page per document)" hugo --quiet -s "$work/hugo" -d "$work/hugo-public"
rm -rf "$work/editor-county" && cp -r "$work/county" "$work/editor-county"
settle; python3 Benchmarks/editor_check.py "$bin" "$work/editor-county" 40 | tee "$work/editor.txt"
settle; python3 Benchmarks/publish_latency.py "$bin" "$work/editor-county" 20 | tee "$work/publish.txt"

g=$(median "$work/gongkai-full-build.txt")
t=$(median "$work/hugo-twin-full-build.txt")
r="$work/gongkai-one-edit-rebuild.txt"
echo
echo "summary ($docs documents):"
printf '  full build: gongkai %.2f s (%.0f docs/s, peak %s MiB); Hugo twin %.2f s (%.0f docs/s, peak %s MiB); gongkai/Hugo twin speed %.2f×\n' \
  "$g" "$(echo "$docs / $g" | bc -l)" "$(peak "$work/gongkai-full-build.txt")" \
  "$t" "$(echo "$docs / $t" | bc -l)" "$(peak "$work/hugo-twin-full-build.txt")" "$(echo "$t / $g" | bc -l)"
printf '  one-edit rebuild: median %s s, slowest %s s, peak %s MiB\n' "$(median "$r")" "$(slowest "$r")" "$(peak "$r")"
n="$work/gongkai-next-edit-same-village.txt"
printf '  next edit in the same village: median %s s, slowest %s s, peak %s MiB\n' "$(median "$n")" "$(slowest "$n")" "$(peak "$n")"
printf '  check: median %s s, peak %s MiB; from scratch %s s, peak %s MiB\n' "$(median "$work/gongkai-check.txt")" \
  "$(peak "$work/gongkai-check.txt")" "$(median "$work/gongkai-check-from-scratch.txt")" \
  "$(peak "$work/gongkai-check-from-scratch.txt")"
grep -E '^(检查 ×|保存 ×)' "$work/editor.txt" | sed 's/^/  editor /'
grep '^发布' "$work/publish.txt" | sed 's/^/  /'
if [ -n "${COUNTY_DIR:-}" ]; then
  echo
  bash Benchmarks/county_on_disk.sh "$COUNTY_DIR"
fi
