"""More English pages set flush by WeasyPrint at narrow and middling measures, read back with
`pdftotext` (issue 12). TUNING ONLY.

bench/english_books.py's flush rows: tuning 0.9446, held-out 0.8300; of its 18 tuning flush
files 14 are WeasyPrint pages, most at 95 mm or wider. bench/english_office_flush.py is more of
the LibreOffice kind; this set is more of the WeasyPrint kind, made from english_books' TUNING
articles only (its held-out articles are never set here): each article set again by
WeasyPrint (`weasy_html`) with flush paragraphs (0.6 em after each), a face, size and measure
(76-110 mm) drawn from a seeded generator, `hyphens: auto` on half of them, justification and
the running head as english_books draws them. Every file of it is tuning material: `--show N`
prints misses. PDFs are cached under ~/.cache/galley-bench/pdf/en-weasy-flush/.

    .venv/bin/python bench/english_weasy_flush.py              # build what is missing, score
    .venv/bin/python bench/english_weasy_flush.py --show 10    # misses (block diffs)
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.english_books import FACES, Article, Layout, layout_of, weasy_html  # noqa: E402
from bench.english_office_flush import score, tuning_articles  # noqa: E402
from bench.pdf_corpus import CACHE  # noqa: E402

HERE = CACHE / "en-weasy-flush"
FILES = 24  # tuning articles, drawn by the seed


def chosen() -> list[tuple[Article, Layout]]:
    """The set's articles (english_books' tuning half only) and the layout each is set in."""
    rng, tuning = tuning_articles("en-weasy-flush")
    return [
        (
            article,
            replace(
                layout_of(article),
                engine="weasy",
                indent=0.0,
                face=FACES[number % len(FACES)],
                size=rng.choice((9.5, 10, 10.5, 11, 12)),
                measure=rng.randint(76, 110),
                hyphens=rng.random() < 0.5,
            ),
        )
        for number, article in enumerate(tuning[:FILES])
    ]


def build(files: list[tuple[Article, Layout]]) -> None:
    from weasyprint import HTML

    HERE.mkdir(parents=True, exist_ok=True)
    for article, layout in files:
        target = HERE / f"{article.id}.pdf"
        if not target.exists():
            HTML(string=weasy_html(article, layout)).write_pdf(target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", type=int, default=0, help="print N misses")
    args = parser.parse_args(argv)
    files = chosen()
    build(files)
    score(files, HERE, "weasy flush", args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
