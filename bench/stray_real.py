"""Real Latin words between Han characters: how many the stray-word pass leaves untouched.

Every lowercase Latin word with a Han character on each side (past spaces and tabs) in the text
files of the shared corpus (/work/shared/corpus: zh-news, 《吶喊》, the pangu/zhlint/autocorrect
fixtures, livedoor, ...) is written by a person, so the pass must not change it: it may flag it.
The two sentences of issue 12 item 5 are printed beside them. A changed word is listed.

    .venv/bin/python bench/stray_real.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy import CORPUS  # noqa: E402
from convert.config import Config  # noqa: E402
from convert.normalize.context import Context  # noqa: E402
from convert.normalize.stray import mark_stray_tokens  # noqa: E402
from convert.normalize.stray_words import find, replacement  # noqa: E402

SUFFIXES = (".txt", ".md", ".jsonl", ".json")
CONTEXT = 10
# issue 12 item 5: reported by a user, each word correct where it stands
ISSUE = ("歌手发行新专辑 in 我心中，广受好评。", "总理向莫迪 and 致慰问电。")


def corpus_texts() -> list[tuple[str, str]]:
    texts = []
    for path in sorted(CORPUS.rglob("*")):
        if path.is_file() and path.suffix in SUFFIXES and path.stat().st_size < 50_000_000:
            try:
                texts.append((str(path.relative_to(CORPUS)), path.read_text(encoding="utf-8")))
            except UnicodeDecodeError:
                continue  # the encodings set: bytes in other encodings, no prose to read
    return texts


def judge(name: str, text: str, config: Config) -> tuple[int, int, int]:
    """(words, of them in the dictionary, changed), printing each word and what became of it."""
    words = known = changed = 0
    edits = {e.start: e for e in mark_stray_tokens(text, config, Context())}
    for match in find(text):
        word = match.group(2)
        edit = edits.get(match.start()) or edits.get(match.start(2))
        altered = edit is not None and edit.after != word
        words += 1
        known += replacement(word, config) is not None
        changed += altered
        shown = text[max(0, match.start() - CONTEXT) : match.end() + CONTEXT].replace("\n", " ")
        verdict = f"changed to {edit.after!r}" if altered and edit else "kept"
        print(f"  {name}: {word!r:10} {verdict:16} …{shown}…")
    return words, known, changed


def main() -> None:
    config = Config()
    totals = [0, 0, 0]
    print("shared corpus:")
    for name, text in corpus_texts():
        for i, n in enumerate(judge(name, text, config)):
            totals[i] += n
    print("issue 12 item 5:")
    issue = [0, 0, 0]
    for sentence in ISSUE:
        for i, n in enumerate(judge("issue", sentence, config)):
            issue[i] += n
    for label, (words, known, changed) in (("corpus", totals), ("issue", issue)):
        share = (words - changed) / words if words else 1.0
        print(
            f"{label:7} words {words:3}  in the dictionary {known:3}  changed {changed:3}  "
            f"left untouched {share:.1%}"
        )


if __name__ == "__main__":
    main()
