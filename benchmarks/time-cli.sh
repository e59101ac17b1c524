#!/usr/bin/env bash
# Times the filingforge CLI as whole processes (start-up included): the sample build, and card throughput with peak
# working set. Usage: benchmarks/time-cli.sh [Release|R2R|Composite]   (run from the repository root)
#   Release    framework-dependent, JIT only
#   R2R        framework-dependent, ReadyToRun (-p:PublishReadyToRun=true)
#   Composite  self-contained for linux-x64, the app and the framework compiled ahead of time as one composite
#              ReadyToRun image: the fastest start (publishing takes a few minutes)
# BUILD_ONLY=1 times the sample build only. Each mode publishes with its own artifacts folder, so a RID-specific publish never mixes with the others' obj/.
set -euo pipefail
mode=${1:-Release}
out=${TMPDIR:-/tmp}/filingforge-bench
mkdir -p "$out"
publish() { # folder, extra publish arguments...
  local folder=$1; shift
  rm -rf "$out/$folder"
  dotnet publish src/FilingForge.Cli -c Release --artifacts-path "$out/artifacts-$folder" -o "$out/$folder" -v q -nologo "$@" >/dev/null
  ff=("$out/$folder/FilingForge.Cli")
}
case "$mode" in
  R2R) publish r2r -p:PublishReadyToRun=true ;;
  Composite) publish composite -r linux-x64 --self-contained -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true ;;
  *) publish jit ;;
esac
measure() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$out/time.txt" "$@" >/dev/null 2>&1
  read -r wall user sys rss <"$out/time.txt"
  printf '%-32s wall %6.2f s  cpu %6.2f s  peak RSS %6d MB\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" "$((rss / 1024))"
}
echo "mode: $mode"
"${ff[@]}" build -o "$out/build" >/dev/null # warm the disk cache
for i in 1 2 3 4 5; do measure "build (fresh process) #$i" "${ff[@]}" build -o "$out/build"; done
"${ff[@]}" build -o "$out/build" --timings | grep -v '^build'
[ "${BUILD_ONLY:-}" = 1 ] && exit 0 # BUILD_ONLY=1: skip the card runs
export FILINGFORGE_CONTROL_KEY=${FILINGFORGE_CONTROL_KEY:-benchmark-key-not-secret-0123}
export CI=true
for n in 1000 10000 100000; do
  [ -f "$out/holders-$n.csv" ] || "${ff[@]}" cards generate-register "$n" -o "$out/holders-$n.csv" >/dev/null
  rm -rf "$out/cards-$n"
  measure "cards $n" "${ff[@]}" cards --holders "$out/holders-$n.csv" -o "$out/cards-$n"
done
