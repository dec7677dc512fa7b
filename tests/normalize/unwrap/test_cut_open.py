"""An English line that cannot end its paragraph: a bracket left open, a line in capitals
ending on a word that needs the next (`unwrap.cut_open`)."""

from __future__ import annotations

from convert.normalize.unwrap.cut_open import cut_open
from convert.normalize.unwrap.narrower_under import wider_than_under

from ...support.normalized import paragraphs

# bench/english_books.py's paper-000 (LibreOffice, Liberation Sans 9.5 pt, 101 mm), its front as
# `pdftotext` gave it: the illustration's caption over two lines
FRONT = """\
THE GIRL'S OWN PAPER
VOL. VIII.--NO. 353.
OCTOBER 2, 1886.
Price One Penny.
MERLE'S CRUSADE.
BY ROSA NOUCHETTE CAREY, Author of "Aunt Diana," "For
Lilias," etc.
[Illustration: "'WHAT A PITY YOU STOPPED ME JUST
THEN.'"]
CHAPTER I.
THE VALLEY OF HUMILIATION.
"Merle, I may be a little old-fashioned in my notions; middleaged people never adjust their ideas quite in harmony with you
young folk, but in my day we never paused to count fifty at a full
stop."
Aunt Agatha's voice startled me with its reproachful irritability.
Well, I had deserved that little sarcasm for I must confess that I had
been reading very carelessly. My favourite motto was ringing in my
ears, "Laborare est orare."
Somehow the words had set themselves to resonant music in
my brain; it seemed as though I were chanting them inwardly all the
time I was climbing down the steep hill with Christiana and her
boys. Laborare est orare. And this is what I was reading on that still,
snowy Sunday afternoon: "But we will come again to this Valley of
Humiliation. It is the best and most fruitful piece of ground in all
these parts.
"""

# paper-001 (LibreOffice, Liberation Serif 10.5 pt, 118 mm): a heading in capitals over two lines
HEADING = """\
Finally, if every small action is to be done to the glory of God, how much
more the playing in His church! Let none take this noble work in hand without
a desire to give, in its degree, the best work that can be given in absolute selfrenunciation, humility, and reverence.
[Illustration]
EVERY GIRL A BUSINESS WOMAN.
A PRACTICAL GUIDE TO THE WORLD OF INDUSTRY AND
THRIFT.
BY JAMES MASON.
PART I.
Every girl who is guided by common sense will aim at becoming a business
woman. That is to say, she will try to cultivate habits of order, industry,
perseverance, method, and punctuality, and will do her best to learn how to
conduct formal correspondence.
"""


def test_a_caption_in_brackets_over_two_lines_is_not_cut() -> None:
    """(On the whole page, whose face `typeface` learns, the caption is a block of its own:
    bench/english_books.py's paper-000; this excerpt is too short to learn one.)"""
    blocks = paragraphs(FRONT)
    assert any(b.endswith("[Illustration: \"'WHAT A PITY YOU STOPPED ME JUST THEN.'\"]") for b in blocks)
    assert "CHAPTER I." in blocks  # (the caption stays apart from what follows)


def test_a_heading_in_capitals_cut_after_and_goes_on() -> None:
    blocks = paragraphs(HEADING)
    assert "A PRACTICAL GUIDE TO THE WORLD OF INDUSTRY AND THRIFT." in blocks
    assert "EVERY GIRL A BUSINESS WOMAN." in blocks and "BY JAMES MASON." in blocks


def test_what_may_end_a_line_is_left_to_the_other_rules() -> None:
    assert cut_open("OF INDEPENDENT SOVEREIGNTIES AND THE", "DISTINCT INTEREST.")
    assert not cut_open("SCHEDULE A", "THE RATES.")  # (`A`, `IN`, `BY`, `TO` may end a heading)
    assert not cut_open("HOW TO", "BEGIN.")
    assert not cut_open("Of the Union and the", "Distribution of Power")  # (not in capitals)
    assert not cut_open("[1] See the note", "above.")  # (the next line closes no bracket)
    assert not cut_open("[Illustration: THE BARONESS.]", "Very many years ago…")
    assert not cut_open("[注释：中国", "共产党]")  # (Latin lines only)


def test_a_latin_line_is_never_wider_than_the_wraps_under_it() -> None:
    """(`narrower_under`, a Chinese page's measure change, counted in cells: a Latin caption
    over two short lines read as a line set wider than they)"""
    lines = FRONT.splitlines()[5:10]  # `BY ROSA…`, `Lilias," etc.`, the caption, `CHAPTER I.`
    assert lines[2].startswith("[Illustration")
    assert not wider_than_under([], lines, 2)
