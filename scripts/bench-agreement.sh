#!/usr/bin/env bash
# Times, in one run, the two ways of getting a PDF of the benchmark agreement
# (pacta_core::agreement::fixtures::large_agreement: 40 clauses of ~300 words, six parties,
# a 40 × 12 annex):
#   (a) Pacta's own PDF rendering: `cargo bench -p pacta-pdf --bench agreement` (criterion;
#       the middle figure of its "time:" line, i.e. its estimate per rendering);
#   (b) LibreOffice converting the Word export of the same agreement:
#       `soffice --headless --convert-to pdf` on the .docx written by pacta-docx's example
#       `large_agreement` (median wall time of several runs after one warm-up, process start
#       included, as a user converting one file would see it).
# and prints both figures and their ratio. Installs LibreOffice Writer from Debian's packages
# when `soffice` is missing.
#
#   scripts/bench-agreement.sh                 # 5 timed conversions
#   BENCH_SOFFICE_RUNS=10 scripts/bench-agreement.sh
#   BENCH_FILTER=large scripts/bench-agreement.sh   # passed to criterion as its filter
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

RUNS="${BENCH_SOFFICE_RUNS:-5}"
TARGET_DIR="${CARGO_TARGET_DIR:-target}"

say() { printf '\033[1mbench:\033[0m %s\n' "$*" >&2; }
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }
now_ns() { date +%s%N; }

# LibreOffice, from Debian's packages: the headless Writer is enough to convert.
if ! command -v soffice >/dev/null; then
  say "soffice missing: installing LibreOffice Writer (this may take a few minutes)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    libreoffice-writer-nogui \
    || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      libreoffice-writer
fi
SOFFICE="$(command -v soffice)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

say "building pacta-docx's large_agreement example (release)"
cargo build --release --locked -p pacta-docx --example large_agreement
docx="$work/large_agreement.docx"
"$TARGET_DIR/release/examples/large_agreement" "$docx" a4 en

# (a) Pacta's PDF rendering, measured by criterion.
say "running cargo bench -p pacta-pdf --bench agreement"
bench_log="$work/criterion.log"
cargo bench --locked -p pacta-pdf --bench agreement -- ${BENCH_FILTER:+"$BENCH_FILTER"} \
  2>&1 | tee "$bench_log" >&2
# Criterion prints a long benchmark name on a line of its own, before its "time:" line.
time_lines="$(grep -E -B1 'time:[[:space:]]+\[' "$bench_log" | grep -v -e '^--$' -e '^Benchmarking' || true)"
if ! grep -q 'time:' <<<"$time_lines"; then
  say "criterion printed no \"time:\" line: is pacta-pdf's agreement bench there?"
  exit 1
fi
# "name  time:   [12.001 ms 12.345 ms 12.702 ms]": the middle figure, in milliseconds.
pdf_ms="$(printf '%s\n' "$time_lines" | grep -m1 'time:' | awk '{
  sub(/.*time:[ \t]+\[/, ""); value = $3; unit = $4
  factor = (unit == "s") ? 1000 : (unit == "ms") ? 1 : (unit == "µs" || unit == "us") ? 0.001 : (unit == "ns") ? 0.000001 : -1
  if (factor < 0) { exit 1 }
  printf "%.3f", value * factor }')"

# (b) LibreOffice's conversion of the Word export, with a profile of its own so that a
# running LibreOffice or a previous run does not share (or lock) it.
profile="-env:UserInstallation=file://$work/lo-profile"
convert() { "$SOFFICE" "$profile" --headless --convert-to pdf --outdir "$work" "$docx" >/dev/null 2>&1; }
say "LibreOffice: one warm-up conversion (creates its profile), then $RUNS timed"
start="$(now_ns)"; convert; cold_ms="$(( ($(now_ns) - start) / 1000000 ))"
[[ -s "$work/large_agreement.pdf" ]] || { say "LibreOffice wrote no PDF"; exit 1; }
times=()
for _ in $(seq "$RUNS"); do
  rm -f "$work/large_agreement.pdf"
  start="$(now_ns)"; convert; times+=("$(( ($(now_ns) - start) / 1000000 ))")
  [[ -s "$work/large_agreement.pdf" ]] || { say "LibreOffice wrote no PDF"; exit 1; }
done
lo_ms="$(printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END {
  if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }')"
pages=""
if command -v pdfinfo >/dev/null; then
  pages="$(pdfinfo "$work/large_agreement.pdf" | awk '/^Pages:/ { print $2 }')"
fi

echo
echo "large_agreement: $(stat -c %s "$docx") bytes of .docx${pages:+, $pages pages once LibreOffice lays it out}"
echo "criterion:"
printf '%s\n' "$time_lines" | sed 's/^/  /'
printf 'Pacta PDF rendering (criterion estimate)   : %10.1f ms\n' "$pdf_ms"
printf 'LibreOffice .docx -> PDF (median of %2d)     : %10.1f ms   (first, cold: %d ms; all: %s)\n' \
  "$RUNS" "$lo_ms" "$cold_ms" "${times[*]}"
awk -v lo="$lo_ms" -v pdf="$pdf_ms" 'BEGIN {
  if (pdf > 0) printf "ratio LibreOffice / Pacta                  : %10.1f ×\n", lo / pdf }'
