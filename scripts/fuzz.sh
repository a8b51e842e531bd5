#!/usr/bin/env bash
# Builds gongkai's libFuzzer targets (Fuzz/: all Swift code with AddressSanitizer and coverage,
# in a build folder of its own, so the normal build is untouched) and runs each for SECONDS.
# Usage: scripts/fuzz.sh [SECONDS [TARGET...]]   e.g. scripts/fuzz.sh 1200 yaml markdown
# Targets: yaml front-matter markdown values personal-numbers template.
# A crash or hang leaves its input as Fuzz/Crashes/TARGET-crash-… or -timeout-…; make it a
# regression test in Tests/GongkaiKitTests/FuzzRegressionTests.swift. Exits 1 if any was found.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(yaml front-matter markdown values personal-numbers template)
scratch=.build-fuzz
# libFuzzer without its main, from the toolchain that builds (each target has a main of its own).
swift_bin=$(dirname "$(readlink -f "$(command -v swift)")")
export GONGKAI_FUZZER_LIB=$(ls "$swift_bin"/../lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a | head -1)
# The frontend instruments for libFuzzer (8-bit counters, comparisons) and AddressSanitizer;
# the driver links only AddressSanitizer. (The build-tool plugin runs instrumented too; leaks at
# its exit are not our concern.)
# The first build after the sources change has been seen to fail once and pass when run again
# (the build-tool plugin's outputs), and after a source file is added SwiftPM keeps the old file
# list of the parent package in its build description: one retry without that description, and
# the log shown if that fails too.
build_log=$(mktemp)
build() {
  ASAN_OPTIONS=detect_leaks=0 swift build --package-path Fuzz -c release --scratch-path "$scratch" \
    -Xswiftc -sanitize=address -Xswiftc -Xfrontend -Xswiftc -sanitize=fuzzer,address >"$build_log" 2>&1
}
if ! build; then
  echo "fuzz: the build failed; trying once more" >&2
  grep -E "error" "$build_log" | head -20 >&2 || true
  rm -f "$scratch/release.yaml" "$scratch"/*/release/description.json
  build || { tail -50 "$build_log" >&2; exit 1; }
fi
rm -f "$build_log"
corpus=${FUZZ_CORPUS:-$scratch/corpus}
mkdir -p Fuzz/Crashes

seed() {  # target: copies a few real inputs into the target's corpus
  local dir=$corpus/$1
  mkdir -p "$dir"
  case $1 in
    yaml) find content -name '*.yaml' | head -40 | xargs -I{} cp {} "$dir/" 2>/dev/null || true ;;
    front-matter|markdown) find content -name '*.md' | head -40 | xargs -I{} cp {} "$dir/" 2>/dev/null || true ;;
    template) cp templates/*.mustache "$dir/" ;;
    values) i=0; for v in 1200 1200.5 '"1,200.50"' -35.20 2026-11-05 2026-02-29 2026-10 2026-Q3 2026 12.125 1e3; do
              printf '%s' "$v" > "$dir/seed-$i"; i=$((i + 1)); done ;;
    personal-numbers) i=0; for v in '身份证410927198503120015' '４１０９２７１９８５０３１２００１５' '+86 138 1234 5678' \
              '6222 0212 3456 7890 128' '410927********0015' '0393-5551234' '91410927MA44ABCD1X'; do
              printf '%s' "$v" > "$dir/seed-$i"; i=$((i + 1)); done ;;
  esac
}

status=0
for target in "${targets[@]}"; do
  seed "$target"
  echo "fuzz-$target: ${seconds}s"
  if ! SWIFT_BACKTRACE=enable=no "$scratch/release/fuzz-$target" "$corpus/$target" -max_total_time="$seconds" -max_len=16384 -timeout=10 \
      -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="Fuzz/Crashes/$target-" \
      >"$scratch/fuzz-$target.log" 2>&1; then
    echo "fuzz-$target: found a crash or hang (see $scratch/fuzz-$target.log and Fuzz/Crashes/)"
    status=1
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$scratch/fuzz-$target.log" | tr '\n' ' '
  echo
done
exit $status
