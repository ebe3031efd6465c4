#!/usr/bin/env bash
# What `npm test` needs beyond npm packages: Debian's Chromium (end-to-end test of the task pane) and
# LibreOffice Calc (recalculating filled workbooks). Installs them when missing and this is root on a
# Debian/Ubuntu machine; otherwise says what to install and stops.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v soffice >/dev/null 2>&1 || [ -x /usr/bin/soffice ] || missing+=(libreoffice-calc-nogui)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Memasang ${missing[*]} untuk pengujian (uji ujung-ke-ujung dan hitung ulang LibreOffice)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "Pengujian memerlukan paket Debian: ${missing[*]}. Pasang dengan: sudo apt-get install -y ${missing[*]}" >&2
exit 1
