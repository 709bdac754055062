#!/usr/bin/env bash
# Installs what is missing, builds Pacta and opens it on the default partnership
# (created in your data folder on first launch). Extra arguments go to the app, e.g. a file:
#   scripts/run.sh ~/Documents/forum.pacta
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
(cd ui && npm run build --silent)
exec cargo run --quiet -p pacta-desktop -- "$@"
