"""A Chinese dash cut in two by the wrap is no paragraph end (issue 12, narrow pages).

The Chinese dash is one mark of two cells, `——` (a subtitle's `——来自基层一线的报道`, a name
set off in a lead: `世界超高海拔地区规模最大的风电项目——西藏那曲欧玛亭嘎风电场投产`). A layout
that follows Unicode's line breaking keeps it whole; one that breaks between any two wide
characters (as a simple typesetter or a page rebuilt from OCR does, and the blind model) may
cut it between its halves, and a narrow column, with few characters a line, does so often:
`…规模最大的风电项目—` over `—西藏那曲欧玛亭嘎风电场投产，这是西`. The line over then ends on
no sentence mark and, short of the text's measure in a column narrower than the text's, has a
heading's look: `decide.paragraph_ends_here` ended the paragraph there, and the
next line, now a paragraph's first, was cut again. A line ending on one `—` over a line opening
with one `—` holds one dash across the break: a wrap, wherever the column is narrow (a story set
narrow, a column beside a picture). A paragraph that ends on a dash ends on the whole `——`, and
an interview's line opens with the whole `——`: neither is a lone half.

Evidence (bench/dash_breaks.py, tuning halves, every shape): the blind model's pages cut the
dash 14 times at seeds 0-4, 15 at seeds 10-14, 66 at seeds 15-39 and 518 at seeds 40-199; every
break the truth labels is a wrap (14 at seeds 40-199 unlabelled: a stray English word the damage
put beside the break hides its Han), none a paragraph's end. The base tree ended none, 1, 1 and 9
of them (all but one on narrow pages); the rule joins all of these but one on a page of blank-line
blocks, which another rule sets apart. The fifth, third and print models never cut the dash
(seeds 0-4 and 10-14).
"""

from __future__ import annotations

from ...chars import HAN_RE

DASH = "—"


def dash_cut(line: str, next_line: str) -> bool:
    """`line` (stripped at its end) ends on one half of `——` and `next_line` opens with the
    other, in Chinese text (Han beside the dash on either side).

    >>> dash_cut("世界超高海拔地区规模最大的风电项目—", "—西藏那曲欧玛亭嘎风电场投产")
    True
    >>> dash_cut("他说——", "——您好")
    False
    """
    if line[-1:] != DASH or next_line[:1] != DASH:
        return False  # cheap: most lines end otherwise
    if line[-2:-1] == DASH or next_line[1:2] == DASH:
        return False  # a whole dash on one side
    return bool(HAN_RE.match(line[-2:-1]) or HAN_RE.match(next_line[1:2]))
