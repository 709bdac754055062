#!/usr/bin/env bash
# Checks Pacta's dependencies against the RustSec advisory database (known vulnerabilities,
# unmaintained or yanked crates): `cargo deny check advisories`, configured by deny.toml.
# It fetches the database from GitHub, so it needs the network; scripts/test.sh runs the
# offline checks (licenses, bans, sources) and leaves this one to machines that have it.
#
#   scripts/audit.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
if ! command -v cargo-deny >/dev/null; then
  echo "audit: cargo-deny is missing: run scripts/install-deps.sh (or cargo install --locked cargo-deny)" >&2
  exit 1
fi
exec cargo deny check advisories
