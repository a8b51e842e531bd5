#!/usr/bin/env bash
# One line naming the machine and how fast its cores are today, printed before every benchmark:
# the same virtual machine has run the same builds twice as slowly from one day to the next, so a
# figure means little without it. The yardstick is ten million additions in Python (one core;
# lower is faster), the best of three.
set -euo pipefail
model=$(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
best=$(python3 - <<'PY'
import time
best = None
for _ in range(3):
    started = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    elapsed = time.perf_counter() - started
    best = elapsed if best is None else min(best, elapsed)
print(f"{best:.2f}")
PY
)
echo "machine: $(nproc) cores ($model), yardstick ${best} s (10,000,000 additions in Python, best of 3)"
