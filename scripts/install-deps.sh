#!/usr/bin/env bash
# Installs whatever Pacta needs that this Debian 12 machine lacks, and says what it installs:
# the system libraries and tools (apt), the test drivers and cargo-deny (cargo), the UI packages
# (npm ci).
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1mpacta:\033[0m %s\n' "$*"; }
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

APT_PACKAGES=(
  libwebkit2gtk-4.1-dev   # the webview Tauri draws the window with
  build-essential pkg-config libssl-dev file curl wget
  xvfb xauth              # a virtual display for the end-to-end tests
  webkit2gtk-driver       # WebKitWebDriver, driven by tauri-driver in the end-to-end tests
  imagemagick xdotool poppler-utils
  libreoffice-writer-nogui  # the Word round trip of agreements and redlines (pacta-docx tests)
)
missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  say "installing system packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
if ! command -v cargo >/dev/null; then
  say "installing the Rust toolchain (rustup, stable)"
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal --component clippy,rustfmt
fi
for component in clippy rustfmt; do
  if ! cargo "${component/rustfmt/fmt}" --version >/dev/null 2>&1; then
    say "adding the Rust component $component"
    rustup component add "$component"
  fi
done

if ! command -v node >/dev/null || (( $(node -p 'process.versions.node.split(".")[0]') < 20 )); then
  say "Node.js 20 or newer is required (found: $(node --version 2>/dev/null || echo none))."
  say "On Debian 12 install it from your usual Node.js source, then run this again."
  exit 1
fi

if ! command -v tauri-driver >/dev/null; then
  say "installing tauri-driver (end-to-end tests)"
  cargo install tauri-driver --locked --quiet
fi

if ! command -v cargo-deny >/dev/null; then
  say "installing cargo-deny (licences and sources of the dependencies, deny.toml)"
  cargo install cargo-deny --locked --quiet
fi

if [[ ! -d ui/node_modules ]] || [[ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]]; then
  say "installing the UI packages (npm ci)"
  (cd ui && npm ci --no-audit --no-fund --loglevel=error)
fi
