"""A wrap that swallowed a pause between two Han words: joined with the space the text prints
elsewhere between the same words.

Chinese headlines and slogans set their parts apart by a space (`全面深化改革 中国式现代化万千气象`,
`“药品安全 监管为民”`). A line that ends at such a space drops it, in print (WeasyPrint, the
office suite) as in any hard wrap, so `pdftotext` gives `…表率` / `携手…` and a Han-Han wrap
joins with nothing (`join.joiner`), as it must: Chinese is wrapped anywhere. The line shows
nothing of the pause; the only evidence left is the text itself, which often prints the same
words again with the pause kept: a commentary's title over its body and in its `《…》`, a
headline in a roundup's lead. So a Han-Han join becomes a space where the two Han characters
on each side of it (`表率`, `携手`) are printed apart by a space elsewhere in the text.

Evidence (bench/README.md, "Spaces that belong to the text"), zh-news-xwlb tuning half (167
clean articles): 30 Han-space-Han pauses in the bodies (13 inside `《》`/`“”`, the rest
roundup subheads and leads), 7 of them the title's pause again; no pair of two Han characters
printed apart by a space is printed together anywhere else in the same article. In real
extraction (bench/accuracy_extracted.py, tuning half, pdftotext default mode) no pass removes a
pause the extracted line still holds; 12 are lost at a line end of `weasy-narrow` and
`weasy-1col`. Clean text has no wraps and is not touched.
"""

from __future__ import annotations

import re

from ...changes import Edit

# two Han characters, a space (or an ideographic one), two more: a pause as the text prints it
PAUSE_RE = re.compile(r"(?=([\u4e00-\u9fff]{2})[ \u3000]+([\u4e00-\u9fff]{2}))")
HAN_PAIR_RE = re.compile(r"[\u4e00-\u9fff]{2}")
NOTE = "wrap at a pause: the text prints these words apart elsewhere"


def printed_pauses(text: str) -> set[tuple[str, str]]:
    """The (left, right) pairs of two Han characters the text sets apart by a space.

    >>> sorted(printed_pauses("《药品安全 监管为民》，张 三"))
    [('安全', '监管')]
    """
    return {(m.group(1), m.group(2)) for m in PAUSE_RE.finditer(text)}


def keep_pauses(text: str, edits: list[Edit]) -> list[Edit]:
    """`edits` with each Han-Han wrap joined by nothing made a space where the text prints the
    words on its two sides apart elsewhere (`printed_pauses`)."""
    pauses = printed_pauses(text) if " " in text or "\u3000" in text else set()
    if not pauses:
        return edits
    out: list[Edit] = []
    for edit in edits:
        if (
            not edit.after
            and edit.start >= 2
            and "\n" in text[edit.start : edit.end]
            and HAN_PAIR_RE.fullmatch(text[edit.start - 2 : edit.start])
            and HAN_PAIR_RE.fullmatch(text[edit.end : edit.end + 2])
            and (text[edit.start - 2 : edit.start], text[edit.end : edit.end + 2]) in pauses
        ):
            edit = edit._replace(after=" ", message=NOTE)
        out.append(edit)
    return out
