"""A figure's decimal point at a line's end is no full stop (issue 12).

A wrap may cut a figure after its decimal point (`…向58.` / `8万户次企业…`, `增长5.` / `6%。`):
the line then ends on `.`, which reads as a sentence's end, but the next line opens with the
figure's next digit. The unwrap pass joins such a break inside a page
(`decide.paragraph_ends_here`); the furniture pass asks the same at a page's foot
(`page_breaks.page_break_pads`), where a full line that ends a sentence otherwise keeps the
blank lines of the page break and so ends its paragraph.

Evidence at a page's foot (tuning halves; a tracer of `page_break_pads` labelled from the truth):
the blind model's seeds 0-59 12 such breaks, the print model's seeds 0-29 1, the fifth's and the
third's seeds 0-29 none; every one a wrap, each kept apart before (bench/README.md, "Page feet: …").
"""

from __future__ import annotations

from ...chars import HAN_RE


def decimal_point_cut(line: str, next_line: str) -> bool:
    """`line` (stripped at its end) ends on a digit's `.` and `next_line` opens with a digit,
    in Chinese text (Han on either side): one figure cut by the wrap, not a sentence's end."""
    return (
        line[-1:] == "."
        and line[-2:-1].isdigit()
        and next_line[:1].isdigit()
        and bool(HAN_RE.search(line) or HAN_RE.search(next_line))
    )
