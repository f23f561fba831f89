# Installs what Sift's build and tests need, each piece only when it is missing, so a second
# run starts at once. Sourced by scripts/serve and scripts/test. Versions are pinned: the same
# build on every machine. Nothing here downloads a prebuilt binary or a browser.
set -euo pipefail

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130 # must equal the wasm-bindgen crate pinned in Cargo.toml

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

need_rust() {
  if ! command -v cargo >/dev/null; then
    echo "Rust is missing: install it with rustup (https://rustup.rs), then run this again." >&2
    exit 1
  fi
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32 target"
    rustup target add wasm32-unknown-unknown
  fi
  if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
    say "Installing Trunk $TRUNK_VERSION (about 9 minutes on 2 cores, once)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
    say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes, once)"
    # Not --locked: the registry here lacks one of its locked dependency versions.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi
}

need_node_tools() {
  if ! command -v npm >/dev/null; then
    say "Installing Node.js and npm"
    as_root apt-get update
    as_root apt-get install -y nodejs npm
  fi
  if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/terser ] ||
    [ ! -d node_modules/@playwright/test ] ||
    [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "Installing the pinned npm tools (wasm-opt, terser, Playwright) into node_modules"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  fi
}

# Chromium and ChromeDriver drive the tests; python3 serves dist/ to them.
need_test_browser() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! command -v python3 >/dev/null; then
    say "Installing Chromium, ChromeDriver and Python from Debian's packages"
    as_root apt-get update
    as_root apt-get install -y chromium chromium-driver python3
  fi
}
