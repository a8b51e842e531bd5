#!/usr/bin/env bash
# Benchmark of a large county as a town keeps it: on disk, committed to git (no Hugo here; run.sh
# compares with Hugo at 10,000 on tmpfs).
# Usage: Benchmarks/county_on_disk.sh DIR [VILLAGES DOCS_PER_VILLAGE]   (default 200 500: 100,000)
# DIR/county is generated and committed once and kept for later runs. Prints, each with its peak
# memory: a full build; five one-edit rebuilds (a title changed in a different village each
# time); five next edits in the same village; three checks after the build; a check from scratch.
# The site and build cache a previous run left are removed first. Each build starts after the
# folders earlier builds removed are gone, a sync and five seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(realpath -m "${1:?usage: county_on_disk.sh DIR [VILLAGES DOCS_PER_VILLAGE]}")
villages=${2:-200}
per=${3:-500}
swift build -c release --product gongkai --static-swift-stdlib >/dev/null  # as make release does
bin=$PWD/.build/release/gongkai
mkdir -p "$work"
if [ ! -d "$work/county/.git" ]; then
  rm -rf "$work/county"
  python3 Benchmarks/generate_county.py "$work/county" "$villages" "$per" >/dev/null
  git -C "$work/county" init -q
  git -C "$work/county" add -A
  git -C "$work/county" -c user.name=bench -c user.email=bench@example.cn commit -qm "county"
fi
docs=$(find "$work/county/content" -name '*.md' -o -name '*.yaml' | grep -vc '/village.yaml$' || true)

settle() {
  while ls -d "$work"/.site.gongkai-tmp-* >/dev/null 2>&1; do sleep 1; done
  sync
  sleep 5
}

measure() {  # label, command...: prints seconds and peak RSS (MiB); appends "seconds MiB" to $work/LABEL.txt
  local label=$1; shift
  settle
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt"; exit 1; }
  read -r seconds kb < "$work/time.txt"
  printf '%-36s %8.2f s  peak %6d MiB\n' "$label" "$seconds" $((kb / 1024))
  echo "$seconds $((kb / 1024))" >> "$work/${label// /-}.txt"
}

median() { sort -n "$1" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
slowest() { sort -n "$1" | tail -1 | cut -d' ' -f1; }
peak() { sort -k2 -n "$1" | tail -1 | cut -d' ' -f2; }
edit() { sed -i '0,/^title: /s//title: （更正）/' "$1"; }

rm -f "$work"/gongkai-*.txt
echo "documents: $docs on disk in git, $(nproc) cores, $(date -Iminutes)"
bash Benchmarks/yardstick.sh
rm -rf "$work/site" "$work"/.site.gongkai-*  # the last run's site and build cache: the first build is a full one
measure "gongkai full build" "$bin" build "$work/county" --out "$work/site" --date 2026-11-22
folders=("$work/county/content/"*/)
step=$(( ${#folders[@]} / 5 ))
for index in 0 1 2 3 4; do
  documents=("${folders[$((index * step + 1))]}"docs/*.md)
  edit "${documents[0]}"
  measure "gongkai one-edit rebuild" "$bin" build "$work/county" --out "$work/site" --date 2026-11-22
done
for index in 1 2 3 4 5; do
  edit "${documents[$index]}"
  measure "gongkai next edit same village" "$bin" build "$work/county" --out "$work/site" --date 2026-11-22
done
for round in 1 2 3; do measure "gongkai check" "$bin" check "$work/county" --date 2026-11-22 --out "$work/site"; done
measure "gongkai check from scratch" "$bin" check "$work/county" --date 2026-11-22
git -C "$work/county" checkout -q -- content

echo
echo "summary ($docs documents, on disk, in git):"
f="$work/gongkai-full-build.txt"
printf '  full build: %s s (%.0f docs/s), peak %s MiB\n' "$(median "$f")" "$(awk -v d="$docs" -v s="$(median "$f")" 'BEGIN { print d / s }')" "$(peak "$f")"
for label in one-edit-rebuild next-edit-same-village check; do
  r="$work/gongkai-$label.txt"
  printf '  %s: median %s s, slowest %s s, peak %s MiB\n' "${label//-/ }" "$(median "$r")" "$(slowest "$r")" "$(peak "$r")"
done
printf '  check from scratch: %s s, peak %s MiB\n' "$(median "$work/gongkai-check-from-scratch.txt")" \
  "$(peak "$work/gongkai-check-from-scratch.txt")"
