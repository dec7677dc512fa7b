"""Lines `pdftotext` ran together at a dash, left out of the widths a face and its measure are
learnt from.

A printed line that ends in a dash written `--` ends in `-` to `pdftotext`, which drops one
hyphen and runs the next printed line on (`…cried out--` / `"Oh, my dear Eliza!…` reads
`out-"Oh, my dear Eliza! pray make haste and come into`). Where the first of the two was a
paragraph's short last line, the line read is only a little wider than the measure: under
`typeface._printed`'s cuts (1.5 times the median, 1.15 times the pile's top), and in a short
text (156 lines: the 99th percentile is the second widest) it became the measure, a whole em
over the page's, so no face stood out and none was found. A single hyphen before an opening
quote or after `;:!?` is never the book's (`dehyphenated.LONE_HYPHEN_RE`, `PUNCTUATION`: none
stands so in the corpus's Gutenberg books), so such a line is two printed lines, whatever its
width. Evidence: bench/README.md, "Flush pages: what pdftotext keeps, the misses by class on
three tuning sets (issue 12)".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# a lone hyphen before an opening quote, or after a mark a compound never follows
DASH_RUN_RE = re.compile(r"(?<!-)-(?=[\"“‘])|(?<=[;:!?])-(?!-)")

Kept = Callable[[list[float]], list[float]]


def printed_lines(lines: Sequence[str]) -> Kept:
    """What keeps, of values aligned with `lines`, those of lines that are one printed line
    (all of them where no line was run together at a dash).

    >>> keep = printed_lines(['cried out-"Oh, my dear', "a line", "well-known"])
    >>> keep([30.0, 20.0, 25.0])
    [20.0, 25.0]
    """
    runs = [index for index, line in enumerate(lines) if "-" in line and DASH_RUN_RE.search(line)]
    if not runs:
        return list
    gone = set(runs)
    return lambda values: [value for index, value in enumerate(values) if index not in gone]
