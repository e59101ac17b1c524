#!/usr/bin/env bash
# FilingForge against the route a user would take instead, side by side, in one run and alternating (issue 17, item 4).
#
#   A  FilingForge: `build data/capstone-2003 -o OUT`, a fresh process: every document (proxy statement, proxy card,
#      ethics certifications) in every format (.htm, .html, .docx, .pdf): 16 files.
#   B  FilingForge, the proxy statement alone (`--document proxy-statement`): .htm, .html, .docx, .pdf.
#   C  the usual route, for the proxy statement alone: pandoc -> HTML, pandoc -> .docx, LibreOffice .docx -> PDF
#      (`soffice --headless --convert-to pdf`), one after the other, as a user's script would run them.
#
# Usage: benchmarks/compare-pandoc.sh [RUNS] [R2R|Composite]       (run from the repository root; default 5 R2R)
#   R2R        framework-dependent ReadyToRun publish (-p:PublishReadyToRun=true), about a minute to publish
#   Composite  self-contained composite ReadyToRun for linux-x64, the fastest start; several minutes to publish
#   INPUT=seed (default)   C reads the seed proxy statement, /work/shared/seeds/004_4801f41ba0b2a899.txt (override
#                          with SEED=FILE), as pandoc Markdown: the whole real document (92 KB of text) as paragraphs
#   INPUT=markdown         C reads FilingForge's own generated proxy-statement.md (`build --markdown`); pandoc does
#                          not know its block extensions (ff-table, @@checkboxes), so its tables come out as text
#   FF=PATH                time this FilingForge binary instead of publishing one (e.g. a Native AOT binary)
#
# Each round runs A, B, C in turn (the order rotates every round) so that load from other processes falls on all
# three alike. Every run is a fresh process with a warm disk cache: one untimed run of each comes first (LibreOffice's
# first start also creates its profile, in a private folder so that no other LibreOffice on the machine is touched).
# Prints each run's wall and CPU (user + system of the process and its children, /usr/bin/time), the medians and the
# ratio of the medians, and `uptime` before and after: on a shared machine compare CPU time, not wall time.
# Installs pandoc and LibreOffice Writer with apt-get where it can (root or sudo) and stops, saying so, where it cannot.
set -euo pipefail
runs=${1:-5}
mode=${2:-R2R}
input=${INPUT:-seed}
seed=${SEED:-/work/shared/seeds/004_4801f41ba0b2a899.txt}
case "$runs" in '' | *[!0-9]*) echo "RUNS must be a number, not '$runs'" >&2; exit 2 ;; esac
[ "$runs" -ge 1 ] && [ "$runs" -le 50 ] || { echo "RUNS must be 1..50" >&2; exit 2; }
work=${TMPDIR:-/tmp}/filingforge-compare
mkdir -p "$work"

# --- the usual route's tools ---------------------------------------------------------------------------------------
need=()
command -v pandoc >/dev/null || need+=(pandoc)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
command -v bc >/dev/null || need+=(bc)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && sudo="sudo -n"
  if [ "$(id -u)" -eq 0 ] || [ -n "$sudo" ]; then
    echo "installing with apt-get: ${need[*]}"
    $sudo apt-get update -qq || true
    DEBIAN_FRONTEND=noninteractive timeout 600 $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
      || { echo "apt-get could not install ${need[*]}; install them and run again" >&2; exit 3; }
  else
    echo "cannot install ${need[*]} (not root, no sudo): install them and run again" >&2
    exit 3
  fi
fi

# --- FilingForge -----------------------------------------------------------------------------------------------------
if [ -n "${FF:-}" ]; then
  ff=$FF
  mode="given binary"
else
  case "$mode" in
    R2R) extra=(-p:PublishReadyToRun=true) ;;
    Composite) extra=(-r linux-x64 --self-contained -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true) ;;
    *) echo "mode must be R2R or Composite, not '$mode'" >&2; exit 2 ;;
  esac
  folder=$(echo "$mode" | tr '[:upper:]' '[:lower:]')
  echo "publishing FilingForge ($mode) ..."
  rm -rf "$work/$folder"
  timeout 1200 dotnet publish src/FilingForge.Cli -c Release --artifacts-path "$work/artifacts-$folder" -o "$work/$folder" \
    -v q -nologo "${extra[@]}" >/dev/null
  ff=$work/$folder/FilingForge.Cli
fi
export CI=true # plain progress lines

# --- the usual route's input -----------------------------------------------------------------------------------------
route=$work/route
rm -rf "$route" && mkdir -p "$route"
case "$input" in
  seed) cp "$seed" "$route/proxy-statement.md" ;;
  markdown)
    "$ff" build data/capstone-2003 -o "$work/markdown" --document proxy-statement --format html --markdown >/dev/null
    cp "$work/markdown/proxy-statement.md" "$route/proxy-statement.md" ;;
  *) echo "INPUT must be seed or markdown, not '$input'" >&2; exit 2 ;;
esac
lo_profile="file://$work/libreoffice-profile"
cat >"$route/run.sh" <<EOF
#!/usr/bin/env bash
set -euo pipefail
cd "$route"
pandoc -f markdown -s --metadata title="Proxy Statement" proxy-statement.md -o proxy-statement.html 2>/dev/null
pandoc -f markdown proxy-statement.md -o proxy-statement.docx 2>/dev/null
timeout 300 soffice -env:UserInstallation=$lo_profile --headless --norestore --convert-to pdf --outdir . proxy-statement.docx >/dev/null 2>&1
test -s proxy-statement.pdf
EOF
chmod +x "$route/run.sh"

labels=(A B C)
declare -A names=([A]="FilingForge: every document, every format (16 files)" [B]="FilingForge: proxy statement, 4 formats"
  [C]="pandoc -> HTML, pandoc -> .docx, LibreOffice -> PDF")
cmd() { # label -> runs it once
  case "$1" in
    A) "$ff" build data/capstone-2003 -o "$work/out-all" ;;
    B) "$ff" build data/capstone-2003 -o "$work/out-proxy" --document proxy-statement ;;
    C) rm -f "$route/proxy-statement.pdf" && "$route/run.sh" ;;
  esac
}
export -f cmd
export ff work route
declare -A walls cpus
measure() { # label, round
  local l=$1
  if ! /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" bash -c "cmd $l" \
    >"$work/last-$l.log" 2>&1; then
    echo "run $l failed:" >&2; cat "$work/last-$l.log" >&2; exit 1
  fi
  read -r wall user sys rss <"$work/time.txt"
  local cpu; cpu=$(echo "$user + $sys" | bc)
  walls[$l]+="$wall "; cpus[$l]+="$cpu "
  printf '  round %2d  %s  wall %6.2f s  cpu %6.2f s  peak RSS %5d MB   %s\n' "$2" "$l" "$wall" "$cpu" "$((rss / 1024))" "${names[$l]}"
}
median() { tr ' ' '\n' <<<"$1" | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "FilingForge: $mode ($ff)"
echo "usual route: $(pandoc --version | head -1), $(soffice --version 2>/dev/null | head -1); input: $input ($(wc -c <"$route/proxy-statement.md") bytes)"
echo "machine: $(nproc) cores; uptime before: $(uptime)"
for l in "${labels[@]}"; do cmd "$l" >/dev/null 2>&1 || { echo "warm-up run $l failed" >&2; exit 1; }; done # warm-up, untimed
echo "outputs: FilingForge $(ls "$work/out-all" | grep -vc -e manifest -e lock) files, proxy-statement.pdf $(pdfinfo "$work/out-all/proxy-statement.pdf" 2>/dev/null | awk '/^Pages/ { print $2 }') pages; usual route proxy-statement.pdf $(pdfinfo "$route/proxy-statement.pdf" 2>/dev/null | awk '/^Pages/ { print $2 }') pages"
for ((round = 1; round <= runs; round++)); do
  shift_by=$(((round - 1) % 3))
  order=("${labels[@]:$shift_by}" "${labels[@]:0:$shift_by}")
  for l in "${order[@]}"; do measure "$l" "$round"; done
done
echo "uptime after: $(uptime)"
echo
printf '%-56s %14s %14s\n' "median of $runs" "wall" "CPU"
for l in "${labels[@]}"; do
  printf '%-56s %12.3f s %12.3f s\n' "$l ${names[$l]}" "$(median "${walls[$l]}")" "$(median "${cpus[$l]}")"
done
ratio() { echo "scale=2; $(median "$1") / $(median "$2")" | bc; }
echo
echo "ratio of medians, usual route (C) / FilingForge full build (A): wall $(ratio "${walls[C]}" "${walls[A]}")x, CPU $(ratio "${cpus[C]}" "${cpus[A]}")x"
echo "ratio of medians, usual route (C) / FilingForge proxy statement (B): wall $(ratio "${walls[C]}" "${walls[B]}")x, CPU $(ratio "${cpus[C]}" "${cpus[B]}")x"
echo
echo "where FilingForge's time goes (one more fresh full build, --timings):"
"$ff" build data/capstone-2003 -o "$work/out-all" --timings | grep -v '^build'
