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

from .context import Context
from .ocr_space_forms import PART_ENDS, SHORT_PART, part_bounds, part_texts

# jieba's tags of a person's name (`nr`, `nrfg`, `nrt`)
NAME_TAG = "nr"


def short_tail(
    block: str, gap: int, joined: Set[int], line_closed: bool, context: Context, at: int
) -> bool:
    """Whether the part after the gap at `gap` (`at` in the text) runs to the end of a closed
    line (`line_closed`), as it does in the file as read (`_ends_source_line`), and is one word
    of the dictionary, of `SHORT_PART` characters or fewer, not a name."""
    from .stray_context import tagged_words  # (jieba's tables load only when asked)

    if not line_closed or part_bounds(block, gap, PART_ENDS, joined)[1] != len(block):
        return False
    after = part_texts(block, gap, PART_ENDS, joined)[1]
    model = tagged_words()
    if not after or len(after) > SHORT_PART or model is None:
        return False
    if not _ends_source_line(context, at + len(block) - gap):
        return False
    found = model.word(after)
    return found is not None and not found[0].startswith(NAME_TAG)


def _ends_source_line(context: Context, part_end: int) -> bool:
    """Whether, in the file as read (`Context.origin`), a line ends where the gap's last part
    ends (`part_end` in the text) and a blank line, an indented line or the file's end follows:
    the headline ends there. (A narrow page's wrapped headline reaches the pass as a line of its
    own: `…的表率 携手` / `迈向…`.) Positions are compared through the source map, not
    characters, and the line is the one the part ends on: a repair earlier in the run
    (mojibake's, unwrap's join) rewrites the line, and a second run, reading the repaired file,
    must decide as the first (the normalizer is idempotent)."""
    if context.origin is None:
        return False
    source, source_map = context.origin
    tail = source_map.to_source(part_end, end=True)
    end = source.find("\n", tail)
    end = len(source) if end < 0 else end
    if source[tail:end].strip():
        return False
    if end >= len(source) - 1:
        return True
    after_end = source.find("\n", end + 1)
    following = source[end + 1 : len(source) if after_end < 0 else after_end]
    return not following.strip() or following[:1] in " \t\u3000"
