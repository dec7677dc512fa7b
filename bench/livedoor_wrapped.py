"""The livedoor articles hard-wrapped: what the unwrap pass's Japanese rules cost wrapped text.

The clean livedoor sets (bench/clean_text.py) are set one paragraph a line; a rule that keeps a
writer's line breaks must still join the wraps of a text hard-wrapped at a measure. Each
article's body is cut at `--widths` characters (`kinsoku`: a mark that may not open a line,
`、。」！？ー…`, stays at the end of the line before, up to two past the measure, as Japanese
typesetting hangs or pulls it), with and without a blank line between paragraphs, the title a
line of its own above it. Truth: the title, then each body line of the file (a paragraph).
Printed per half: block F1 and title right as bench/clean_text.py scores them; and, over every
such text, how many lines broken mid-sentence (`unwrap.pauses_ja`'s count) end on a mark.

    .venv/bin/python bench/livedoor_wrapped.py                  # both livedoor sets, tuning
    .venv/bin/python bench/livedoor_wrapped.py --half held-out  # to report only
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.clean_text import (  # noqa: E402
    Article,
    HalfScore,
    half,
    ja_livedoor,
    ja_livedoor_more,
    score_article,
)
from bench.livedoor_more import present  # noqa: E402
from convert.blocks import ends_paragraph, split_blocks  # noqa: E402
from convert.normalize.unwrap.measure import LINE_SPACES  # noqa: E402
from convert.normalize.unwrap.pauses_ja import ends_on_mark  # noqa: E402
from convert.normalize.unwrap.unwrapped import _may_wrap  # noqa: E402

# what may not open a Japanese line (行頭禁則): kept at the end of the line before
NO_START = frozenset("、。，．」』）)】〉》］！？!?ー々ぁぃぅぇぉっゃゅょ・…")
HANG = 2  # the most characters a line takes past the measure so


def wrapped(paragraph: str, width: int, kinsoku: bool) -> list[str]:
    """`paragraph` cut every `width` characters (and past them, `kinsoku`)."""
    lines, start = [], 0
    while start < len(paragraph):
        end = start + width
        while kinsoku and end < len(paragraph) and paragraph[end] in NO_START:
            if end - start >= width + HANG:
                break
            end += 1
        lines.append(paragraph[start:end])
        start = end
    return lines


def on_marks(text: str) -> tuple[int, int]:
    """The lines of `text` broken mid-sentence (not a block's last, nor the first line) and
    how many of them end on a mark (`pauses_ja.ends_on_mark`)."""
    breaks = [
        stripped
        for number, block in enumerate(split_blocks(text))
        for line in block.text.split("\n")[1 if number == 0 else 0 : -1]
        if (stripped := line.strip(LINE_SPACES))
        and not ends_paragraph(stripped)
        and _may_wrap(stripped, japanese=True)
    ]
    return len(breaks), sum(map(ends_on_mark, breaks))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=("tuning", "held-out"), default="tuning")
    parser.add_argument("--widths", default="20,30,40", help="measures, in characters")
    args = parser.parse_args(argv)
    widths = [int(width) for width in args.widths.split(",")]
    articles = list(ja_livedoor()) + (list(ja_livedoor_more()) if present() else [])
    chosen = [article for article in articles if half(article.id) == args.half]
    breaks = marks = 0
    for kinsoku in (False, True):
        for blank in (False, True):
            score = HalfScore()
            for article in chosen:
                for width in widths:
                    body = ("\n\n" if blank else "\n").join(
                        "\n".join(wrapped(paragraph, width, kinsoku)) for paragraph in article.body
                    )
                    text = f"{article.title}\n{body}\n"
                    score_article(Article(article.id, text, article.title, article.body), score)
                    counted = on_marks(text)
                    breaks, marks = breaks + counted[0], marks + counted[1]
            name = f"{'kinsoku' if kinsoku else 'plain'}, {'blank lines' if blank else 'no blank'}"
            print(score.line(f"{args.half} {name}"))
    print(f"lines broken mid-sentence {breaks}, ending on a mark {marks} ({marks / breaks:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
