#!/usr/bin/env bash
# Times the filingforge CLI as whole processes (start-up included): the sample build, and card throughput with peak
# working set. Usage: benchmarks/time-cli.sh [Release|R2R]   (run from the repository root)
set -euo pipefail
mode=${1:-Release}
out=${TMPDIR:-/tmp}/filingforge-bench
mkdir -p "$out"
if [ "$mode" = R2R ]; then
  dotnet publish src/FilingForge.Cli -c Release -p:PublishReadyToRun=true -o "$out/r2r" -v q -nologo >/dev/null
  ff=("$out/r2r/FilingForge.Cli")
else
  dotnet publish src/FilingForge.Cli -c Release -o "$out/jit" -v q -nologo >/dev/null
  ff=("$out/jit/FilingForge.Cli")
fi
measure() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$out/time.txt" "$@" >/dev/null 2>&1
  read -r wall user sys rss <"$out/time.txt"
  printf '%-32s wall %6.2f s  cpu %6.2f s  peak RSS %6d MB\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" "$((rss / 1024))"
}
echo "mode: $mode"
"${ff[@]}" build -o "$out/build" >/dev/null # warm the disk cache
for i in 1 2 3; do measure "build (fresh process) #$i" "${ff[@]}" build -o "$out/build"; done
"${ff[@]}" build -o "$out/build" --timings | grep -v '^build'
export FILINGFORGE_CONTROL_KEY=${FILINGFORGE_CONTROL_KEY:-benchmark-key-not-secret-0123}
export CI=true
for n in 1000 10000 100000; do
  [ -f "$out/holders-$n.csv" ] || "${ff[@]}" cards generate-register "$n" -o "$out/holders-$n.csv" >/dev/null
  rm -rf "$out/cards-$n"
  measure "cards $n" "${ff[@]}" cards --holders "$out/holders-$n.csv" -o "$out/cards-$n"
done
