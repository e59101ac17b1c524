#!/usr/bin/env bash
# The fast tool's promise (README, "Speed"; issue 17): the Native AOT binary builds every sample into the same bytes as
# the JIT build. Publishes the binary into dist/aot (about 4 minutes on 2 cores; needs clang), builds each sample with
# both, and compares their manifests (every file's SHA-256 and size). Exits 1 on the first difference.
#   tools/aot-samples.sh            publish, then compare
#   AOT=path/to/FilingForge.Cli tools/aot-samples.sh   compare with a binary already published
set -euo pipefail
cd "$(dirname "$0")/.."
aot=${AOT:-dist/aot/FilingForge.Cli}
if [ -z "${AOT:-}" ]; then
  dotnet publish src/FilingForge.Cli -c Release -r linux-x64 -p:PublishAot=true -o dist/aot
fi
dotnet build src/FilingForge.Cli -c Release -o out/jit-cli >/dev/null
status=0
for sample in data/*/; do
  name=$(basename "$sample")
  rm -rf "out/aot/$name" "out/jit/$name"
  "$aot" build "$sample" -o "out/aot/$name" --markdown >/dev/null
  dotnet out/jit-cli/FilingForge.Cli.dll build "$sample" -o "out/jit/$name" --markdown >/dev/null
  if cmp -s "out/aot/$name/manifest.json" "out/jit/$name/manifest.json"; then
    echo "$name: the AOT and JIT builds are byte-identical ($(grep -c '"sha256"' "out/aot/$name/manifest.json") files)"
  else
    echo "$name: the AOT build differs from the JIT build:" >&2
    diff "out/jit/$name/manifest.json" "out/aot/$name/manifest.json" >&2 || true
    status=1
  fi
done
exit $status
