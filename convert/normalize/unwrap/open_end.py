"""A line that ends on a word needing what follows it: no heading ends so (issue 12, narrow and
flush pages).

On a narrow page a wrap short of the text's measure can carry a heading's look (no sentence
mark, a few cells short), and `decide.paragraph_ends_here` then ends the paragraph after it. Its
grammar can tell: a line whose last word is a one-character preposition, conjunction, adverb or
particle (jieba's tags `p`, `c`, `d`, `u…`: `韩正转达对`, `坚持和加强`, `俄国防部还`,
`民族复兴的`), or that ends on a name's middle dot (`委内瑞拉国防部长帕德里诺·`), stops inside a
phrase. No headline or subhead of zh-news-xwlb's tuning half ends so (bench/README.md, "The
blind model's narrow pages: a line that ends inside a phrase is no heading").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...chars import KANA_RE
from .measure import LINE_SPACES
from .paragraphing import han

if TYPE_CHECKING:
    from ..stray_context import TaggedWords

# jieba's tags of a one-character word that needs what follows it: a preposition, a
# conjunction, an adverb, a particle (`对`, `和`, `还`, `的`, `了`, `着`)
NEEDS_FOLLOWER = frozenset({"p", "c", "d", "uj", "u", "ul", "uz", "ug", "uv", "ud"})
# a name's middle dot (`帕德里诺·`): a foreign name goes on after it
NAME_DOTS = "·・"
# what may open the next line where the phrase goes on: an opening quote or bracket, a digit,
# and Han (`han`)
GOES_ON = "“‘《（(0123456789０１２３４５６７８９"
# Han characters at the line's end the tagger reads (its last word is among them)
TAIL = 8


def ends_open(line: str, next_line: str) -> bool:
    """Whether `line` (a heading's look, at a break) stops on a word that needs the next one,
    and `next_line` opens with what can follow it: Han, a digit, an opening mark (not a rule
    of dashes: `管理者／連絡先` / `-----…`). Not in Japanese (kana in either line): the tagger
    reads Chinese, and `連絡先` ends on a noun there."""
    text = line.rstrip(LINE_SPACES)
    first = next_line.lstrip(LINE_SPACES)[:1]
    if not (first and (han(first) or first in GOES_ON)) or KANA_RE.search(line + next_line):
        return False
    if text[-1:] and text[-1:] in NAME_DOTS:
        return True
    if not (text and han(text[-1])):
        return False
    from ..stray_context import tagged_words, tags  # (loaded only when a heading's look asks)

    if not _may_need_follower(tagged_words(), text[-1]):
        return False  # (most lines: the tagger's reading cannot end on such a word)
    start = len(text)
    while start > max(len(text) - TAIL, 0) and han(text[start - 1]):
        start -= 1
    words = tags(text[start:])
    if not words:
        return False  # (no tagger: nothing is refused)
    word, tag = words[-1]
    return len(word) == 1 and tag in NEEDS_FOLLOWER


def _may_need_follower(model: TaggedWords | None, last: str) -> bool:
    """Whether the tagger's reading of a line ending on the character `last` may end on a
    one-character word that needs a follower: that word can only be `last` itself, tagged as
    the dictionary tags it (`x` where it lacks it), whatever the characters before it. So where
    `last`'s own tag is not in `NEEDS_FOLLOWER` (the most of lines: a noun, a verb), the
    segmentation of the tail (~40 dictionary look-ups and a Viterbi walk) cannot answer True.
    True where there is no model: `tags` then answers None, and `ends_open` False."""
    if model is None:
        return True
    own = model.word(last)
    return own is not None and own[0] in NEEDS_FOLLOWER
