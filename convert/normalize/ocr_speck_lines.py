"""Whether a page marks its paragraphs: then a `.` at a line's end, before Han opening the
next line flush, stands inside a paragraph the page wraps, and `ocr_speck.remove_specks`
judges it as one between Han."""

from __future__ import annotations

# what starts a paragraph's first line on a page that indents its paragraphs
INDENTS = (" ", "\t", "\u3000")


def marks_paragraphs(text: str) -> bool:
    """Whether the page sets a blank line or an indented line somewhere: then a flush line
    under a line is no paragraph's start, and a `.` ending the line above is inside a paragraph
    (a wrap), where a full stop and a speck are told apart as between two Han of one line.

    Where a page marks no paragraph, a paragraph may be a line and its last full stop stand at
    the line's end: left alone there. Evidence: set as `.`, zh-news-xwlb's tuning half's 442
    full stops ending a paragraph before another, with every paragraph a line, would be judged
    and 2 taken (`合作.` / `与会各方`: the segmenter reads `与` alone, a word no sentence
    starts with); on the fifth model's tuning pages (seeds 0-4, indented and narrow) 10 of 63
    `.` specks left stand at a line's end."""
    return "\n\n" in text or "\r\n\r\n" in text or any("\n" + indent in text for indent in INDENTS)
