"""Mojibake made from real text, the way editors receive it, and correct text that must not change.

Repairs: paragraphs of ../shared/corpus/zh-news-xwlb/articles.jsonl are encoded one way and
decoded another (UTF-8 read as Latin-1 / cp1252 / GB18030 / GBK with its dropped bytes, GBK read as
Latin-1 / cp1252; and a phrase of each paragraph read as GBK, glued back inside the correct text),
then run through Galley's encoding stage (line endings, invisible, mojibake).
Prints the share of paragraphs restored exactly and of characters restored (a GBK decoder that
drops bytes loses characters no one can restore; those come back as U+FFFD, flagged as errors).

False positives: correct text in Chinese (simplified news, traditional 《吶喊》), Japanese news,
the legacy-encoded chardet corpus (decoded with its label) and European text (ftfy's expected
outputs, Gutenberg English) goes through the mojibake pass; every line it would change is counted.

    .venv/bin/python bench/mojibake_generated.py [PARAGRAPHS]
"""

from __future__ import annotations

import difflib
import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from convert.config import Config  # noqa: E402
from convert.normalize import PASSES, normalize  # noqa: E402
from convert.normalize.context import Context  # noqa: E402
from convert.normalize.mojibake.repair import repair_mojibake  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"
STAGE = PASSES[: [p.name for p in PASSES].index("mojibake") + 1]


def sloppy_cp1252(data: bytes) -> str:
    """cp1252 as Windows and browsers decode it: the five undefined bytes pass through."""
    return "".join(
        chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252") for b in data
    )


def gbk_phrase(text: str) -> str:
    """A phrase of 4-30 characters of `text` read as GBK (lossy), glued back between the correct
    text around it, as bench/damage.py makes it; the phrase is drawn from the text itself, so the
    same text always gets the same damage."""
    if len(text) < 8:
        return text
    rng = random.Random(text)
    length = rng.randint(4, min(30, len(text) - 2))
    start = rng.randint(0, len(text) - length)
    phrase = text[start : start + length].encode().decode("gbk", errors="replace")
    return text[:start] + phrase + text[start + length :]


DAMAGE: dict[str, Callable[[str], str]] = {
    "UTF-8 read as Latin-1": lambda s: s.encode().decode("latin-1"),
    "UTF-8 read as cp1252": lambda s: sloppy_cp1252(s.encode()),
    "GBK read as Latin-1": lambda s: s.encode("gb18030").decode("latin-1"),
    "GBK read as cp1252": lambda s: sloppy_cp1252(s.encode("gb18030")),
    "UTF-8 read as GB18030": lambda s: s.encode().decode("gb18030", errors="replace"),
    "UTF-8 read as GBK (lossy)": lambda s: s.encode().decode("gbk", errors="replace"),
    "a GBK (lossy) phrase in text": gbk_phrase,
}


def paragraphs(limit: int) -> list[str]:
    with (CORPUS / "zh-news-xwlb" / "articles.jsonl").open(encoding="utf-8") as lines:
        found: list[str] = []
        for line in lines:
            found += json.loads(line)["paragraphs"]
            if len(found) >= limit:
                return found[:limit]
    return found


def wrong_characters(truth: str, result: str) -> int:
    """Characters the repair got wrong (not a `�`, not the original), where it kept the length."""
    if len(truth) != len(result):
        return 0
    return sum(1 for t, r in zip(truth, result, strict=True) if r not in (t, "\ufffd"))


def repairs(texts: list[str]) -> None:
    total = sum(map(len, texts))
    normalize("ÄãºÃ 浣犲ソ ä¸­æ–‡", passes=STAGE)  # load ftfy and the frequency table first
    print(f"generated damage on {len(texts)} news paragraphs ({total} characters)")
    print(
        f"  {'history':<28}{'damaged':>9}{'exact':>9}{'chars restored':>16}{'wrong':>7}{'MB/s':>7}"
    )
    for name, damage in DAMAGE.items():
        damaged = [damage(t) for t in texts]
        started = time.perf_counter()
        results = [normalize(d, passes=STAGE).text for d in damaged]
        seconds = time.perf_counter() - started
        pairs = list(zip(texts, results, strict=True))
        exact = sum(r == t for t, r in pairs)
        kept = sum(
            sum(
                b.size
                for b in difflib.SequenceMatcher(None, t, r, autojunk=False).get_matching_blocks()
            )
            for t, r in pairs
        )
        wrong = sum(wrong_characters(t, r) for t, r in pairs)
        changed = sum(d != t for d, t in zip(damaged, texts, strict=True))
        mb = sum(len(d.encode()) for d in damaged) / 1e6
        print(
            f"  {name:<28}{changed:>9}{100 * exact / len(texts):>8.1f}%{100 * kept / total:>15.2f}%"
            f"{wrong:>7}{mb / seconds:>7.2f}"
        )


def correct_texts() -> dict[str, str]:
    texts = {
        "zh-news (simplified)": "\n".join(paragraphs(10**9)),
        "nahan (traditional)": (CORPUS / "zh-hant-gutenberg-nahan" / "27166-0.txt").read_text(
            encoding="utf-8"
        ),
        "ja-news (livedoor)": "\n".join(
            p.read_text(encoding="utf-8")
            for p in sorted((CORPUS / "ja-news-livedoor").glob("*/*-*.txt"))
        ),
        "en (Gutenberg)": (CORPUS / "en-gutenberg-pride-and-prejudice" / "1342-0.txt").read_text(
            encoding="utf-8"
        ),
    }
    for label, codec in (
        ("GB2312", "gbk"),
        ("Big5", "cp950"),
        ("SHIFT_JIS", "cp932"),
        ("EUC-JP", "euc_jp"),
        ("windows-1252", "cp1252"),
        ("iso-8859-1", "latin-1"),
    ):
        folder = CORPUS / "encodings-chardet" / label
        texts[f"chardet {label}"] = "\n".join(
            p.read_bytes().decode(codec, errors="replace") for p in sorted(folder.iterdir())
        )
    cases = []
    for name in ("in-the-wild", "synthetic", "negative", "language-names"):
        for case in json.loads((CORPUS / "ftfy" / f"{name}.json").read_text(encoding="utf-8")):
            cases.append(case.get("fixed-encoding", case["fixed"]))
    texts["ftfy expected outputs"] = "\n".join(cases)
    return texts


def false_positives() -> None:
    print("\ncorrect text through the mojibake pass (repairs are false positives)")
    print(f"  {'text':<26}{'MB':>7}{'lines':>9}{'repairs':>9}{'flags':>7}")
    for name, text in correct_texts().items():
        edits = repair_mojibake(text, Config(), Context())
        changed = [e for e in edits if e.after != text[e.start : e.end]]
        lines = text.count("\n") + 1
        print(
            f"  {name:<26}{len(text.encode()) / 1e6:>7.2f}{lines:>9}{len(changed):>9}"
            f"{len(edits) - len(changed):>7}"
        )
        for edit in changed[:5]:
            context = text[max(0, edit.start - 15) : edit.end + 15]
            print(f"      {edit.kind}: {context!r} -> {edit.after!r}")


def main(argv: list[str]) -> int:
    repairs(paragraphs(int(argv[0]) if argv else 600))
    false_positives()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
