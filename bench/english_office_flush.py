"""More English pages set like the weakest kind of bench/english_books.py: LibreOffice, flush
paragraphs with space after them, read back with `pdftotext` (issue 12). TUNING ONLY.

english_books' held-out half scored 0.7646 on its flush files against 0.9311 on the tuning
half's, and of its 18 tuning files only four are LibreOffice flush pages. This set is more of
that material, made from english_books' TUNING articles only (its held-out articles are never
set here): each article set again by LibreOffice (`build_docx`, a .docx, `soffice`) with flush
paragraphs and a face, size and measure drawn from a seeded generator (justification and the
running head as english_books draws them). Every file of it is tuning material: `--show N`
prints misses. PDFs are cached under ~/.cache/galley-bench/pdf/en-office-flush/.

    .venv/bin/python bench/english_office_flush.py              # build what is missing, score
    .venv/bin/python bench/english_office_flush.py --show 10    # misses (block diffs)
"""

from __future__ import annotations

import argparse
import difflib
import random
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy import Score, _plain  # noqa: E402
from bench.accuracy_extracted import pdftotext  # noqa: E402
from bench.clean_text import half  # noqa: E402
from bench.english_books import (  # noqa: E402
    FACES,
    Article,
    Layout,
    articles,
    build_docx,
    layout_of,
    predicted,
)
from bench.pdf_corpus import CACHE, build_office  # noqa: E402

HERE = CACHE / "en-office-flush"
FILES = 24  # tuning articles, drawn by the seed


def chosen() -> list[tuple[Article, Layout]]:
    """The set's articles (english_books' tuning half only) and the layout each is set in."""
    rng, tuning = tuning_articles("en-office-flush")
    return [
        (
            article,
            replace(
                layout_of(article),
                engine="office",
                indent=0.0,
                face=FACES[number % len(FACES)],
                size=rng.choice((9.5, 10, 10.5, 11)),
                measure=rng.randint(76, 130),
            ),
        )
        for number, article in enumerate(tuning[:FILES])
    ]


def build(files: list[tuple[Article, Layout]]) -> None:
    HERE.mkdir(parents=True, exist_ok=True)
    missing = []
    for article, layout in files:
        if not (HERE / f"{article.id}.pdf").exists():
            target = HERE / f"{article.id}.docx"
            build_docx(article, layout, target)
            missing.append(target)
    build_office(missing, HERE)


def score(files: list[tuple[Article, Layout]], here: Path, label: str, show: int) -> None:
    """Each file's PDF read back by `pdftotext` and scored against its article's blocks; the
    first `show` misses printed as block diffs (bench/english_weasy_flush.py scores alike)."""
    total = Score()
    shown = 0
    for article, layout in files:
        truth = _plain([" ".join(b) for b in article.blocks])
        blocks = _plain(predicted(pdftotext(here / f"{article.id}.pdf", "default"), truth))
        one = Score()
        one.add(blocks, truth)
        total.merge(one)
        if one.true_positive < len(truth) and shown < show:
            shown += 1
            print(f"=== {article.id} {layout.label()} F1 {one.f1:.4f}")
            for line in difflib.unified_diff(truth, blocks, n=0, lineterm=""):
                if not line.startswith(("---", "+++")):
                    print("   ", line[:200])
    print(f"{label} (tuning)  {len(files)} files F1 {total.f1:.4f} CER {total.cer:.5f}")


def tuning_articles(seed: str) -> tuple[random.Random, list[Article]]:
    """english_books' tuning articles (its held-out ones are never set), shuffled by a generator
    seeded with `seed`, and that generator, which then draws their layouts."""
    rng = random.Random(seed)
    tuning = [a for a in articles() if half(a.id) == "tuning"]
    rng.shuffle(tuning)
    return rng, tuning


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", type=int, default=0, help="print N misses")
    args = parser.parse_args(argv)
    files = chosen()
    build(files)
    score(files, HERE, "office flush", args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
