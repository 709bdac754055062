#!/usr/bin/env bash
# End-to-end tests: the real Pacta window under Xvfb, driven through tauri-driver.
#
#   scripts/e2e.sh                 # run every journey
#   scripts/e2e.sh smoke           # only journeys whose name contains "smoke"
#   scripts/e2e.sh --build [...]   # first build ui/ and the app + CLI (debug)
#
# Needs: xvfb-run (xvfb), WebKitWebDriver (webkit2gtk-driver), tauri-driver (cargo install
# tauri-driver --locked). Screenshots: artifacts/screenshots/; driver/app logs: artifacts/e2e-logs/.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == "--build" ]]; then
  shift
  (cd ui && npm run build)
  cargo build -p pacta-desktop -p pacta-cli
fi

for tool in xvfb-run WebKitWebDriver; do
  command -v "$tool" >/dev/null || { echo "e2e: $tool is missing (apt-get install xvfb webkit2gtk-driver)" >&2; exit 1; }
done
command -v tauri-driver >/dev/null || [[ -x "${CARGO_HOME:-$HOME/.cargo}/bin/tauri-driver" ]] \
  || { echo "e2e: tauri-driver is missing (cargo install tauri-driver --locked)" >&2; exit 1; }
for bin in pacta-desktop pacta; do
  [[ -x "target/debug/$bin" ]] || { echo "e2e: target/debug/$bin is missing: run scripts/e2e.sh --build" >&2; exit 1; }
done

exec xvfb-run -a -s "-screen 0 1280x800x24" cargo test -p pacta-e2e --test e2e -- --nocapture "$@"
