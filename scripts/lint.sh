#!/usr/bin/env bash
# Style check run by `make test` (and so by CI): swift-format (the toolchain's, configured by
# .swift-format) reports anything it would change or flags, and no Swift line may be longer than
# 120 characters (swift-format cannot break a long string literal, so it is checked here).
set -euo pipefail
cd "$(dirname "$0")/.."
paths=(Sources Tests Plugins Package.swift Fuzz/Package.swift Fuzz/Sources)
swift format lint --strict --recursive --parallel "${paths[@]}"
python3 - <<'PY'
import subprocess, sys
files = subprocess.check_output(["git", "ls-files", "*.swift"]).decode().split()
long = [f"{f}:{n}: {len(l)} characters" for f in files
        for n, l in enumerate(open(f, encoding="utf-8").read().split("\n"), 1) if len(l) > 120]
print("\n".join(long), file=sys.stderr) if long else None
sys.exit(1 if long else 0)
PY
