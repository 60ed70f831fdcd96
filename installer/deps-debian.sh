#!/usr/bin/env bash
# System packages LetterDesk needs on Debian/Ubuntu (Qt's xcb/offscreen libraries, fonts
# config, D-Bus). With --test also what the test suite uses: poppler-utils (pdffonts,
# pdftoppm), Xvfb, LibreOffice Calc/Writer (ledger CSV conversion, batch baseline) and CUPS
# with a PDF queue (printing through a real queue). Safe to run again.
set -euo pipefail
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
pkgs=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
      libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
      libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libnss3 libxrandr2 libxcomposite1 libxdamage1
      libxtst6 libcups2)
if [ "${1:-}" = "--test" ]; then
  pkgs+=(poppler-utils xvfb xauth libreoffice-calc-nogui libreoffice-writer-nogui cups cups-bsd
         printer-driver-cups-pdf)
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "system packages ready (${#missing[@]} installed now)"
