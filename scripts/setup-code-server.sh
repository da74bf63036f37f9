#!/usr/bin/env bash
# Installs what the real-VS-Code tests need on a Debian 12 machine that only reaches the npm registry and apt:
#   - Debian packages: chromium (headless browser), libkrb5-dev (kerberos native module), ripgrep (offline rg)
#   - code-server@4.100.3 (VS Code 1.100 on Node 20) in .vscode-test/code-server/, its own npm prefix, so the
#     project's package.json and lockfile never see it.
# Idempotent: a second run only checks a marker and the packages (well under a second).
# See docs: /work/shared/docs/real-vscode-testing.md. Force a reinstall with WAVEPLAN_SETUP_FORCE=1.
set -euo pipefail

CODE_SERVER_VERSION="4.100.3"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PREFIX="$REPO/.vscode-test/code-server"
MARKER="$PREFIX/.installed-$CODE_SERVER_VERSION"
ENTRY="$PREFIX/node_modules/code-server/out/node/entry.js"
APT_PACKAGES=(chromium libkrb5-dev ripgrep)

say() { printf '[setup-code-server] %s\n' "$*"; }
die() { printf '[setup-code-server] ERROR: %s\n' "$*" >&2; exit 1; }
trap 'die "failed at line $LINENO (exit $?): $BASH_COMMAND"' ERR

missing_apt_packages() {
  local pkg
  for pkg in "${APT_PACKAGES[@]}"; do
    if [ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)" != "install ok installed" ]; then
      printf '%s\n' "$pkg"
    fi
  done
}

# --- fast path -----------------------------------------------------------------------------------------------
if [ -z "${WAVEPLAN_SETUP_FORCE:-}" ] && [ -f "$MARKER" ] && [ -f "$ENTRY" ] && [ -z "$(missing_apt_packages)" ]; then
  say "code-server $CODE_SERVER_VERSION and browser already installed ($PREFIX)"
  exit 0
fi

# --- preconditions -------------------------------------------------------------------------------------------
command -v node >/dev/null || die "node is not on PATH"
command -v npm >/dev/null || die "npm is not on PATH"
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
[ "$NODE_MAJOR" = "20" ] || die "code-server $CODE_SERVER_VERSION needs Node 20 (found $(node -v))"

# --- 1. Debian packages --------------------------------------------------------------------------------------
mapfile -t MISSING < <(missing_apt_packages)
if [ "${#MISSING[@]}" -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" != "0" ]; then
    command -v sudo >/dev/null || die "need root (or sudo) to apt-get install: ${MISSING[*]}"
    SUDO="sudo -n"
  fi
  say "apt-get install ${MISSING[*]}"
  export DEBIAN_FRONTEND=noninteractive
  mkdir -p "$REPO/.vscode-test"
  APT_LOG="$REPO/.vscode-test/setup-apt.log"
  # Quiet unless it fails; wait for the dpkg lock instead of failing when another apt-get is running.
  if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 "${MISSING[@]}"; } \
      >"$APT_LOG" 2>&1 </dev/null; then
    tail -n 40 "$APT_LOG" >&2
    die "apt-get install ${MISSING[*]} failed (full log: $APT_LOG)"
  fi
  [ -z "$(missing_apt_packages)" ] || die "apt packages still missing: $(missing_apt_packages | tr '\n' ' ')"
else
  say "Debian packages present: ${APT_PACKAGES[*]}"
fi
[ -x /usr/bin/chromium ] || die "/usr/bin/chromium is missing after apt-get"
[ -x /usr/bin/rg ] || die "/usr/bin/rg is missing after apt-get"

# --- 2. offline ripgrep ----------------------------------------------------------------------------------------
say "pre-seeding @vscode/ripgrep's download cache from /usr/bin/rg"
RG_ASSET="$(node "$REPO/scripts/lib/ripgrep-cache.js" "$CODE_SERVER_VERSION" /usr/bin/rg)"
say "  $RG_ASSET"

# --- 3. code-server in its own prefix --------------------------------------------------------------------------
say "installing code-server@$CODE_SERVER_VERSION into $PREFIX (about a minute)"
rm -f "$MARKER"
mkdir -p "$PREFIX"
# A private package.json makes $PREFIX its own npm project: npm never walks up into the repo's package.json.
# allowScripts records the reviewed install scripts (npm 11 warns about unreviewed ones, later versions block them).
cat >"$PREFIX/package.json" <<JSON
{
  "name": "waveplan-code-server",
  "private": true,
  "description": "code-server for Waveplan's real-VS-Code tests (created by scripts/setup-code-server.sh)",
  "dependencies": { "code-server": "$CODE_SERVER_VERSION" },
  "allowScripts": { "code-server": true, "argon2": true }
}
JSON

# node-gyp must not try to download Node headers (no internet): point it at the headers next to this node binary.
NODE_PREFIX="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
if [ -f "$NODE_PREFIX/include/node/node.h" ]; then
  export npm_config_nodedir="$NODE_PREFIX"
else
  say "warning: no $NODE_PREFIX/include/node/node.h; node-gyp may try to download headers"
fi
# unsafe_perm: code-server's postinstall refuses to run as root without it.
# yes: node-pty's postinstall runs `npx node-gyp`, which must not prompt (CI has no stdin).
# dangerously_allow_all_scripts: code-server's postinstall runs nested `npm install`s in lib/vscode and
#   lib/vscode/extensions, projects without an allowScripts field, whose native modules (node-pty, kerberos,
#   @vscode/spdlog, @parcel/watcher, @vscode/ripgrep...) must build; the whole tree is pinned by code-server's
#   npm-shrinkwrap.json files. Env (not a CLI flag) so the nested npm processes inherit it.
export npm_config_unsafe_perm=true npm_config_yes=true npm_config_dangerously_allow_all_scripts=true
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
(cd "$PREFIX" && npm install --foreground-scripts --loglevel=error </dev/null) \
  || die "npm install code-server@$CODE_SERVER_VERSION failed (see output above)"
[ -f "$ENTRY" ] || die "code-server entry point missing: $ENTRY"

# --- 4. verify: native modules load and the server answers -----------------------------------------------------
say "verifying native modules and a real start"
node "$REPO/scripts/lib/verify-code-server.js" || die "code-server verification failed"

touch "$MARKER"
say "done: code-server $CODE_SERVER_VERSION ready in $PREFIX"
