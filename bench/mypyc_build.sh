#!/bin/sh
# Compiles the normalizer's modules with mypyc into TREE, so that the compiled figures of
# bench/README.md ("The normalizer compiled with mypyc, on a first call") can be reproduced:
#
#   git -C . archive HEAD | tar -x -C /tmp/exp-mypyc       # an export, never a working checkout
#   sh bench/mypyc_build.sh /tmp/exp-mypyc [PYTHON]
#   cd /tmp/exp-mypyc && PYTHONPATH=. PYTHON bench/normalize_speed.py --sizes 1,10 --repeat 1 --fresh
#
# TREE must not be a git work tree: Python imports an extension before the .py beside it, so a
# compiled checkout would go on running the old code after every edit (FORCE=1 overrides).
# PYTHON is the project's interpreter (default .venv/bin/python): mypy reads the installed
# packages' types through it, and the extensions are built for its version. mypy itself (the
# version PYTHON's venv pins, for the same type checks) goes into a venv of its own, VENV
# (default TREE/.venv-mypyc), so the project's venv is left as it is.
set -eu
TREE=$(cd "$1" && pwd)
PYTHON=${2:-.venv/bin/python}
PYTHON=$(command -v "$PYTHON" || echo "$PYTHON")
case $PYTHON in /*) ;; *) PYTHON=$(pwd)/$PYTHON ;; esac
VENV=${VENV:-$TREE/.venv-mypyc}
MODULES="convert/normalize convert/changes convert/blocks.py convert/headings.py convert/chars.py convert/markers.py"

if [ -e "$TREE/.git" ] && [ "${FORCE:-0}" != 1 ]; then
  echo "$TREE is a git work tree: build into an export (git archive HEAD | tar -x -C DIR)" >&2
  exit 2
fi
MYPY_VERSION=$("$PYTHON" -c "import mypy.version; print(mypy.version.__version__)" 2>/dev/null || echo 2.4.1)
if [ ! -x "$VENV/bin/mypyc" ]; then
  BASE=$("$PYTHON" -c "import sys; print(sys.base_prefix)")/bin/python3
  "$BASE" -m venv "$VENV"
  "$VENV/bin/pip" install -q "mypy==$MYPY_VERSION" "setuptools>=77" wheel
fi

cd "$TREE"
# mypyc drives setuptools from TREE, where pyproject.toml's flat layout (convert, bench, fuzz...
# beside each other) makes it refuse to build; its [tool.mypy] table is kept as the config file.
CONFIG=$(mktemp --suffix=.toml)
cp pyproject.toml "$CONFIG"
mv pyproject.toml pyproject.toml.aside
trap 'mv "$TREE/pyproject.toml.aside" "$TREE/pyproject.toml"; rm -f "$CONFIG"' EXIT
START=$(date +%s)
# shellcheck disable=SC2086  # MODULES is a list of paths
nice "$VENV/bin/mypyc" --config-file "$CONFIG" --python-executable "$PYTHON" $MODULES \
  > mypyc_build.log 2>&1 || { tail -20 mypyc_build.log >&2; exit 1; }
rm -rf build
echo "built in $(($(date +%s) - START)) s wall (log: $TREE/mypyc_build.log):" \
  "$(find convert -name '*.so' | wc -l) modules and $(ls ./*__mypyc*.so)," \
  "$(du -ch ./*__mypyc*.so $(find convert -name '*.so') | tail -1 | cut -f1) in all"
