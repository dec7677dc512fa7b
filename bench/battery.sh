#!/usr/bin/env bash
# Every accuracy bench of issue 12 on one tree, two at a time, one output file a bench:
#
#   bench/battery.sh [TREE] OUTDIR       # TREE: a checkout or an export (default: this repository)
#   .venv/bin/python bench/battery_compare.py OLD_OUTDIR NEW_OUTDIR   # the lines that fell
#
# The extracted-PDF rows read the PDFs `bench/pdf_corpus.py` and `bench/pdf_layouts.py` build once
# into ~/.cache/galley-bench/pdf. Runs the tree's own code with this repository's .venv unless the
# tree has its own. About 5 minutes on two free cores.
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
if [ $# -ge 2 ]; then tree=$(cd "$1" && pwd); out=$2; else tree=$here; out=$1; fi
mkdir -p "$out" && out=$(cd "$out" && pwd)
py=$here/.venv/bin/python
[ -x "$tree/.venv/bin/python" ] && py=$tree/.venv/bin/python
cd "$tree" || exit 2
rm -f "$out/FAILED"
export PYTHONPATH=$tree
start=$(date +%s)
xargs -P 2 -L 1 bash -c 'name=$0; "'"$py"'" "$@" > "'"$out"'/$name.txt" 2>&1 || echo "$name" >> "'"$out"'/FAILED"' <<'JOBS'
blind10 bench/accuracy_blind.py --seeds 10-14 --kinds
blind0 bench/accuracy_blind.py --seeds 0-4 --kinds
third10 bench/accuracy_third.py --seeds 10-14 --kinds
third0 bench/accuracy_third.py --seeds 0-4 --kinds
fifth10 bench/accuracy_fifth.py --seeds 10-14 --kinds
fifth0 bench/accuracy_fifth.py --seeds 0-4 --kinds
ex-office-1col bench/accuracy_extracted.py --layout office-1col
ex-weasy-narrow bench/accuracy_extracted.py --layout weasy-narrow
ex-weasy-1col bench/accuracy_extracted.py --layout weasy-1col
ex-office bench/accuracy_extracted.py --layout office
ex-weasy bench/accuracy_extracted.py --layout weasy
ex-en-weasy-1col bench/accuracy_extracted.py --layout en-weasy-1col
ex-en-weasy-2col bench/accuracy_extracted.py --layout en-weasy-2col
ex-en-word bench/accuracy_extracted.py --layout en-word
books bench/english_books.py
print0 bench/accuracy_print.py --seeds 0-4 --kinds
print10 bench/accuracy_print.py --seeds 10-14 --kinds
indep bench/accuracy_print.py --seeds 0-4 --damage indep
livedoor bench/livedoor_wrapped.py
acc0 bench/accuracy.py --seeds 0-4
acc10 bench/accuracy.py --seeds 10-14
accen bench/accuracy.py --zh 0
clean-zh bench/clean_text.py --set zh-news
clean-ja bench/clean_text.py --set ja-livedoor
clean-jam bench/clean_text.py --set ja-livedoor-more
clean-en bench/clean_text.py --set en-gutenberg
wrapped bench/wrapped_clean.py
identity bench/normalize_identity.py --quick
digests bench/output_digests.py
JOBS
echo "battery: $(($(date +%s) - start)) s -> $out"
if [ -s "$out/FAILED" ]; then echo "battery: failed: $(tr '\n' ' ' < "$out/FAILED")" >&2; exit 1; fi
