#!/usr/bin/env bash
# Writes the partnership files of earlier schema versions that the store's upgrade test opens:
# src-tauri/crates/store/tests/fixtures/schema-N.pacta, the demo partnership as schema N held it
# (see src-tauri/crates/api/tests/schema_fixtures.rs for how). Only missing versions are written:
# a fixture stands for files an earlier release wrote, and stays as it was.
#
#   scripts/schema-fixtures.sh                          # after adding a migration
#   PACTA_FIXTURES_REWRITE=8 scripts/schema-fixtures.sh # rewrite one whose migration is
#                                                       # still unreleased and has changed
#
# Then run `cargo test -p pacta-store --test schema_fixtures` and commit the new file.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
cargo test -p pacta-api --test schema_fixtures --locked -- --ignored --nocapture \
    write_missing_schema_fixtures 2>&1 | grep -E '^(written|kept) '
ls -l src-tauri/crates/store/tests/fixtures/*.pacta
