"""Whether a space on a headline's line leaves a last word no pause leaves: one or two characters.

`ocr_space_forms.parts` counts a part that runs to its line's end as long, as a wrapped
headline's line ends inside its part. But where a blank line (or the text's end) closes the
text's first line, the headline ends there, and its last part is as long as it stands: an OCR
space that leaves a word of one or two at its end (`国内联播 快讯`, `国际联播 快讯`) leaves a part
no pause leaves (the 60 pauses of zh-news-xwlb's tuning headlines part runs of four and more,
`ocr_space_forms`). A byline on a first line (`本报记者 曹平`) ends on a name the dictionary
does not know as one word; so the last part must be one of its words, and not a person's name.
"""

from __future__ import annotations

from collections.abc import Set

from .ocr_space_forms import PART_ENDS, SHORT_PART, part_bounds, part_texts

# jieba's tags of a person's name (`nr`, `nrfg`, `nrt`)
NAME_TAG = "nr"


def short_tail(block: str, gap: int, joined: Set[int], line_closed: bool) -> bool:
    """Whether the part after the gap at `gap` runs to the end of a closed line (`line_closed`)
    and is one word of the dictionary, of `SHORT_PART` characters or fewer, not a name.

    The line's closing is read in the text the pass is given, not in the file as read: a
    second run reads the first run's output as its file, so a test on the file as read
    decides otherwise there (unwrap's paragraph end under `本报记者 中` / `中`), and the
    normalizer must be idempotent. It costs the pause of a wrapped headline that unwrap
    set apart on a narrow page (two on the fifth model's tuning pages, p24b)."""
    from .stray_context import tagged_words  # (jieba's tables load only when asked)

    if not line_closed or part_bounds(block, gap, PART_ENDS, joined)[1] != len(block):
        return False
    after = part_texts(block, gap, PART_ENDS, joined)[1]
    model = tagged_words()
    if not after or len(after) > SHORT_PART or model is None:
        return False
    found = model.word(after)
    return found is not None and not found[0].startswith(NAME_TAG)
