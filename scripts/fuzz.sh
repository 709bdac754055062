#!/usr/bin/env bash
# The long fuzzing run of what Pacta reads from outside, with cargo-fuzz and libFuzzer:
#
#   member_import   bytes as a member CSV and as an .xlsx, previewed and imported into a copy of
#                   the demo (api member_import)
#   tally_json      the three JSON files of `pacta tally` (protocol, roll, ballots; 0xFF between)
#   matrix_import   bytes as a matrix CSV and .xlsx (api matrix_table::preview_matrix_import)
#   open_corrupted  the demo partnership file with bytes flipped or cut short, opened by the store
#   bundle_import   bytes as a portable bundle (.zip), checked and imported into a new file
#                   (api bundle; the checks are tests/bundle/checks.rs beside tests/bundle.rs)
#
# Each must answer or refuse with a typed error, never panic. The checks are the ones CI runs on
# proptest cases (src-tauri/crates/api/tests/robustness.rs, store/tests/corruption.rs); CI never
# runs this script.
#
#   scripts/fuzz.sh                        # every target, 10 minutes each
#   scripts/fuzz.sh tally_json 3600        # one target for an hour
#   FUZZ_SECONDS=60 scripts/fuzz.sh        # every target, a minute each
#
# Needs cargo-fuzz (installed with `cargo install cargo-fuzz` when missing). The stable toolchain
# builds the targets with RUSTC_BOOTSTRAP=1, as cargo-fuzz passes nightly-only flags (the address
# sanitizer). Seeds come from the demo's exports and the worked examples of docs/voting.md; the
# corpus grows in fuzz/corpus/<target>/ (not committed). A crash is saved in
# fuzz/artifacts/<target>/; replay it with
#   (cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run -O <target> artifacts/<target>/crash-…)
# and turn it into a test case beside the proptest cases before fixing it.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
export RUSTC_BOOTSTRAP=1

ALL=(member_import tally_json matrix_import open_corrupted bundle_import)
if [[ $# -ge 1 ]]; then TARGETS=("$1"); else TARGETS=("${ALL[@]}"); fi
SECONDS_EACH="${2:-${FUZZ_SECONDS:-600}}"

say() { printf '\033[1mfuzz:\033[0m %s\n' "$*" >&2; }

if ! cargo fuzz --version >/dev/null 2>&1; then
    say "installing cargo-fuzz"
    cargo install cargo-fuzz --locked
fi

say "writing seeds"
PACTA_FUZZ_CORPUS="$PWD/fuzz/corpus" cargo test -q -p pacta-api --test robustness --locked \
    -- --ignored write_fuzz_seeds >/dev/null
PACTA_FUZZ_CORPUS="$PWD/fuzz/corpus" cargo test -q -p pacta-api --test bundle --locked \
    -- --ignored write_fuzz_seeds >/dev/null
mkdir -p fuzz/corpus/open_corrupted
# No damage; the header's schema version; a cut after the first page.
printf '' >fuzz/corpus/open_corrupted/none
printf '\x3f\x00\x00\x00\x01' >fuzz/corpus/open_corrupted/user-version
printf '\xff\x00\x10\x00\x00' >fuzz/corpus/open_corrupted/cut

say "building (release, address sanitizer)"
(cd fuzz && cargo fuzz build -O)

summary=()
for target in "${TARGETS[@]}"; do
    say "$target for ${SECONDS_EACH}s"
    log="fuzz/artifacts/$target.log"
    mkdir -p "fuzz/artifacts/$target"
    status=0
    (cd fuzz && cargo fuzz run -O "$target" "corpus/$target" -- \
        -max_total_time="$SECONDS_EACH" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
        -print_final_stats=1) >"$log" 2>&1 || status=$?
    execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | awk '{print $2}' | tail -1)
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | awk '{print $2}' | tail -1)
    corpus=$(find "fuzz/corpus/$target" -type f | wc -l)
    if [[ $status -eq 0 ]]; then verdict="no crash"; else verdict="CRASH (exit $status; see $log)"; fi
    summary+=("$(printf '%-15s %10s execs  %6s/s  corpus %5s  %s' "$target" "${execs:-?}" "${rate:-?}" "$corpus" "$verdict")")
done

printf '\n== fuzzing, %ss per target\n' "$SECONDS_EACH"
printf '  %s\n' "${summary[@]}"
if printf '%s\n' "${summary[@]}" | grep -q CRASH; then exit 1; fi
