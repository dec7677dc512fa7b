#!/usr/bin/env bash
# The whole test suite, as CI runs it: installs the test tools, then lint, types and pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh --test
.venv/bin/python -m ruff check .
.venv/bin/python -m mypy
.venv/bin/python -m pytest "$@"
