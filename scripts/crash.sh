#!/usr/bin/env bash
# Kills `pacta` with SIGKILL at random moments of a 10,000-member import and of `votes record`
# (src-tauri/crates/cli/tests/crash.rs), 100 times each by default, and prints what each kill
# left: the file opened, integrity_check and `pacta verify` passed, and the write was all there
# or not there. CI runs the same test with 10 kills.
#
#   scripts/crash.sh                      # 100 kills per scenario
#   scripts/crash.sh 20                   # 20
#   PACTA_CRASH_SEED=42 scripts/crash.sh  # other kill moments (the default seed is fixed)
#
# One test at a time, so the two scenarios do not slow each other and the moments drawn from
# the measured duration stay spread over the write.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

export PACTA_CRASH_TRIALS="${1:-100}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

started=$(date +%s)
set +e
cargo test -p pacta-cli --test crash --locked -- --nocapture --test-threads=1 2>&1 | tee "$log" \
    | grep -E '^test |crash-summary'
status=${PIPESTATUS[0]}
set -e
elapsed=$(( $(date +%s) - started ))

printf '\n== crash safety: %s kill(s) per scenario, %ss\n' "$PACTA_CRASH_TRIALS" "$elapsed"
grep -o 'crash-summary: .*' "$log" | sed 's/^crash-summary: /  /; s/; /\n      /g'
if [[ $status -ne 0 ]]; then
    printf '\nFAILED; the failing trial:\n'
    grep -A8 'panicked at' "$log" || tail -40 "$log"
    exit "$status"
fi
