#!/usr/bin/env bash
# Cold Template stage: a fresh process's first template compile and render, N runs, alternating with a baseline
# checkout when one is given (its benchmarks project must have the same templates-cold mode).
#   benchmarks/time-templates.sh [RUNS] [BASELINE_CHECKOUT]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-7}"
baseline="${2:-}"

build() { dotnet build "$1/benchmarks/FilingForge.Benchmarks" -c Release -o "$2" -v q -nologo >/dev/null; }
build "$here" /tmp/ff-templates-current
[ -n "$baseline" ] && build "$baseline" /tmp/ff-templates-baseline

for i in $(seq 1 "$runs"); do
  echo "current:  $(cd "$here" && dotnet /tmp/ff-templates-current/FilingForge.Benchmarks.dll templates-cold)"
  [ -n "$baseline" ] && echo "baseline: $(cd "$baseline" && dotnet /tmp/ff-templates-baseline/FilingForge.Benchmarks.dll templates-cold)"
done
