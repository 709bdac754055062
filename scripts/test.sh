#!/usr/bin/env bash
# Runs every check and test: formatting, lints, the dependencies' licences and sources, UI
# type-check and unit tests, the Rust unit and integration tests, the CLI tests and the
# end-to-end tests of the real window under Xvfb.
# Screenshots of the end-to-end run land in artifacts/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "UI: type-check, unit tests, build"
(cd ui && npm run --silent check && npm run --silent test && npm run --silent build)

step "Rust: formatting and lints"
cargo fmt --all --check
cargo clippy --workspace --all-targets --locked -- -D warnings

step "Dependencies: licences, duplicates, sources (cargo deny, deny.toml; advisories: scripts/audit.sh)"
# Duplicate versions are warnings (deny.toml); their inclusion graphs would run to thousands of lines.
cargo deny --locked check --hide-inclusion-graph licenses bans sources

step "Build the app and the CLI"
cargo build --workspace --locked

step "Rust tests (unit, integration, CLI, end-to-end under Xvfb)"
xvfb-run -a -s "-screen 0 1280x800x24" cargo test --workspace --locked -- --test-threads=2
