#!/usr/bin/env bash
# One first normalize() call on a fresh text, in instructions (bench/callgrind_first.py):
#   bench/callgrind_first.sh [TREE] [MB]    → "first N" (the run with the call less the run without)
# TREE: a checkout or an export (default: this repository); needs valgrind. The callgrind files stay
# in ${TMPDIR:-/tmp}/callgrind-first-{0,1}.out (callgrind_annotate shows where the instructions go).
# String hashing is seeded per process, so two runs of one tree differ by some ten million.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
tree=$(cd "${1:-$here}" && pwd)
size=${2:-1}
py=$here/.venv/bin/python
out=${TMPDIR:-/tmp}/callgrind-first
cd "$tree"
for calls in 0 1; do
  PYTHONPATH=$tree valgrind --tool=callgrind --callgrind-out-file="$out-$calls.out" \
    "$py" bench/callgrind_first.py --calls "$calls" --size "$size" > "$out-$calls.log" 2>&1
done
count() { grep -o 'Collected : [0-9]*' "$out-$1.log" | grep -o '[0-9]*'; }
echo "first $(( $(count 1) - $(count 0) ))"
