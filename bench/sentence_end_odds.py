"""How often a sentence end closes its paragraph in zh-news-xwlb, by what a reader without the
next sentence's opening form could weigh: the evidence of `convert/normalize/unwrap/sentence_ends.py`
and of the length priors measured and not kept (bench/README.md, "Full-line sentence ends").

Counted on the TUNING half only (bench/clean_text.py's `half`). Every sentence end of the body
but the article's last is a case (sentences cut as bench/openers_count.py cuts them): `ends`
where the next sentence opens a paragraph, `goes on` where it does not. Rows:

- `all`: every sentence end; `undecided`: those where no rule of `full_line_ends_paragraph`
  or `openers` decides (`CONTINUATION_RE`, `opener_says`, attendance, a scene after 80
  characters, a speaker after 80 characters or in the lead; the text's own openings are not
  simulated);
- the undecided by characters of the paragraph so far (the sentence included), by its
  sentences so far, by the next sentence's length, by the closing sentence's length and by
  whether the closing sentence reports speech (`表示，`…);
- colons: paragraphs that end with one (and what follows), against colons inside paragraphs.

    .venv/bin/python bench/sentence_end_odds.py
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.clean_text import half, zh_news  # noqa: E402
from bench.openers_count import ZH_SENTENCE_RE  # noqa: E402
from convert.blocks import CONTINUATION_RE  # noqa: E402
from convert.normalize.unwrap.openers import opener_says  # noqa: E402
from convert.normalize.unwrap.paragraphing import (  # noqa: E402
    ATTENDANCE_RE,
    ATTRIBUTION_RE,
    FRAME_RE,
    LONG_PARAGRAPH,
)

SAYS_RE = re.compile(r"(?:表示|指出|强调|认为|介绍|说|称)[，：]")
Case = dict[str, object]


def cases() -> Iterator[Case]:
    """Each sentence end of the tuning half's bodies but the last, with what is weighed."""
    for article in zh_news():
        if half(article.id) != "tuning":
            continue
        sentences = [
            (sentence, index, at)
            for index, paragraph in enumerate(article.body)
            for at, sentence in enumerate(ZH_SENTENCE_RE.findall(paragraph))
        ]
        run = count = 0
        for (sentence, index, at), (following, next_index, _) in pairwise(sentences):
            run, count = (0, 0) if at == 0 else (run, count)
            run, count = run + len(sentence), count + 1
            yield {
                "ends": next_index != index,
                "decided": _decided(sentence, following, run, index == 0),
                "run": run,
                "count": count,
                "next": len(following),
                "closing": len(sentence),
                "says": bool(SAYS_RE.search(sentence)),
            }


def _decided(sentence: str, following: str, run: int, lead: bool) -> bool:
    if CONTINUATION_RE.match(following):
        return True
    if sentence[-1:] not in "：:" and opener_says(following) is not None:
        return True
    return bool(
        ATTENDANCE_RE.fullmatch(following)
        or (run >= LONG_PARAGRAPH and FRAME_RE.match(following))
        or ((run >= LONG_PARAGRAPH or lead) and ATTRIBUTION_RE.match(following))
    )


def _bucket(edges: tuple[int, ...]) -> Callable[[int], str]:
    def name(value: int) -> str:
        low = max(edge for edge in edges if edge <= value)
        higher = [edge for edge in edges if edge > value]
        return f"{low}-{higher[0] - 1}" if higher else f"{low}+"

    return name


def _table(title: str, rows: list[Case], key: Callable[[Case], str]) -> None:
    counts: Counter[tuple[str, bool]] = Counter((key(row), bool(row["ends"])) for row in rows)
    print(title)
    for name in sorted({k for k, _ in counts}, key=_order):
        ends, on = counts[name, True], counts[name, False]
        print(
            f"  {name:<12} ends {ends:4d}  goes on {on:4d}  odds {(ends + 0.5) / (on + 0.5):5.2f}"
        )


def _order(name: str) -> tuple[int, str]:
    digits = re.match(r"\d+", name)
    return (int(digits.group()) if digits else -1, name)


def colons() -> str:
    ends = dateline_alone = inside = 0
    for article in zh_news():
        if half(article.id) != "tuning":
            continue
        for paragraph in article.body[:-1]:
            ends += paragraph.endswith(("：", ":"))
            dateline_alone += paragraph == "央视网消息（新闻联播）："
            inside += len(re.findall(r"[：:](?=.)", paragraph))
    return (
        f"colons: ending a paragraph {ends} (the dateline alone {dateline_alone}),"
        f" inside a paragraph {inside}"
    )


def main() -> int:
    rows = list(cases())
    undecided = [row for row in rows if not row["decided"]]
    _table("all and undecided", rows, lambda row: "undecided" if not row["decided"] else "decided")
    _table("undecided, by characters of the paragraph so far", undecided,
           lambda row: _bucket((0, 40, 80, 120, 160, 200, 300))(int(row["run"])))  # fmt: skip
    _table("undecided, by sentences of the paragraph so far", undecided,
           lambda row: _bucket((1, 2, 3, 4, 5))(int(row["count"])))  # fmt: skip
    _table("undecided, by the next sentence's characters", undecided,
           lambda row: _bucket((0, 15, 25, 40, 60, 100))(int(row["next"])))  # fmt: skip
    _table("undecided, by the closing sentence's characters", undecided,
           lambda row: _bucket((0, 15, 25, 40, 60, 100))(int(row["closing"])))  # fmt: skip
    _table("undecided, the closing sentence reports speech", undecided,
           lambda row: "says" if row["says"] else "-")  # fmt: skip
    print(colons())
    return 0


if __name__ == "__main__":
    sys.exit(main())
