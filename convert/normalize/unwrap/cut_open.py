"""An English line that cannot end a paragraph: a bracket it opened and the next line closes,
or a line in capitals that stops on a word needing the next (issue 12, English books).

A heading or a caption set in capitals over two lines (`A PRACTICAL GUIDE TO THE WORLD OF
INDUSTRY AND` / `THRIFT.`; `[Illustration: "'WHAT A PITY YOU STOPPED ME JUST` / `THEN.'"]`)
stops short of the measure and reads as a heading of its own: `decide.paragraph_ends_here` set
each line apart. Two forms tell a cut: a line that opens a bracket (Project Gutenberg's
`[Illustration: …]`, a figure's caption the book prints apart from the text) whose next line
closes it, and a line in capitals whose last word is an article, a conjunction or a preposition
that never ends a heading (`THE`, `AND`, `OF`; not `A`, `IN`, `BY`, `TO`, which end `APPENDIX A`,
`LOG IN`, `STAND BY`, `HOW TO`). Evidence (bench/english_books.py, tuning half, every break
between two of `pdftotext`'s lines where the rule holds, labelled from the truth): 5, all wraps,
2 of which were ended before (the two above); the others `…OFFICERS, AND THE` / `AUTHORITY…`,
`…OF THE` / `PEOPLE from…`, `…OF THE` / `SAME STATE.`. The corpus's three Gutenberg books: 7
lines in capitals end on such a word inside a block, none at a block's end; The Girl's Own
Paper's 6 bracketed blocks (`[Illustration…]`, `[Music]`) are one block each. Latin lines only
(no Han, kana or Hangul). `narrower_under.wider_than_under` (a Chinese page's measure change,
counted in cells) set the caption apart first; it is asked of lines with Han only.
"""

from __future__ import annotations

from ...chars import CJK_RE

# words a heading in capitals never ends on (`A`, `IN`, `BY`, `TO`… may: above)
GOES_ON_WORDS = frozenset({"THE", "AN", "AND", "OR", "NOR", "OF", "WITH", "FROM", "INTO", "UPON"})


def cut_open(line: str, next_line: str) -> bool:
    """`line` cannot end its paragraph before `next_line`: it opens a bracket the next line
    closes, or, in capitals, it ends on one of `GOES_ON_WORDS`.

    >>> cut_open("[Illustration: \\"'WHAT A PITY YOU STOPPED ME JUST", "THEN.'\\"]")
    True
    >>> cut_open("A PRACTICAL GUIDE TO THE WORLD OF INDUSTRY AND", "THRIFT.")
    True
    >>> cut_open("APPENDIX A", "THE TABLES.")
    False
    >>> cut_open("[Illustration]", "CHAPTER I.")
    False
    >>> cut_open("He spoke of the", "Union.")
    False
    """
    if line[:1] == "[":
        closes = next_line.rstrip()[-1:] == "]" and "[" not in next_line
        return closes and "]" not in line and not CJK_RE.search(line)
    if not line[-1:].isupper():
        return False  # cheap: most lines end otherwise
    last = line.rsplit(" ", 1)[-1]
    return last in GOES_ON_WORDS and line.upper() == line and not CJK_RE.search(line)
