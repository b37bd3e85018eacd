#!/usr/bin/env bash
# Installs what Qingdu's build, demo and tests need on a Debian machine: Debian's Chromium and its
# language packs (the end-to-end tests drive it through playwright-core, in Chinese and English),
# Debian's firefox-esr (the Firefox check, scripts/firefox-e2e.ts, runs it through web-ext), Noto
# CJK fonts (Chinese text in screenshots), and the npm packages from the lock file. Safe to run
# again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
# Chromium's UI languages other than English: it takes its language (and so the extension's
# zh_CN/zh_TW catalog) only among those it has installed (e2e/harness.ts, e2e/i18n.e2e.test.ts).
[ -f /usr/lib/chromium/locales/zh-TW.pak ] || need+=(chromium-l10n)
[ -x /usr/bin/firefox-esr ] || need+=(firefox-esr)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${need[*]} with apt-get"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

npm ci --no-audit --no-fund
