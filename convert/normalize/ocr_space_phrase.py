"""Whether a space between Han on a headline's or subhead's line cuts one phrase: OCR's.

A headline's pause parts two whole clauses, or a clause and a noun phrase (`李克强主持召开国务院
党组会议 学习贯彻…`, `迎接新学期 全国中小学陆续开学`). Where a space leaves parts of three or more
and cuts no word (`ocr_space_forms`), the words at its sides, read by jieba's tagged dictionary
(`stray_context.tags`, each part alone), may still tell a phrase cut: a part that ends on a
one-character preposition, adverb, conjunction or particle needs what follows (`李克强同 国际
货币基金组织…`, `俄气称已 停止…`, `让明天的 中国`); one that opens on a one-character conjunction or
particle needs what goes before (`…全会上 的重要讲话`, `…开班式 并讲话`, `顿涅茨克 等地`); a part
that is a person's name alone is a subject cut from its verb (`习近平 举行仪式…`, `李克强 会见…`).

Evidence: zh-news-xwlb's tuning half, its 167 headlines and its subheads (lines under 40
characters without a sentence's end): none of their 74 pauses between Han is so placed, where
(the tags alone, of any length) 275 of the 2,207 word boundaries the tagger reads in the same
lines are, and 76 leave a name alone. Left out, as pauses stand there: an adverb opening the part
after (`…进取 奋力跑好…`, `…现代化 共筑…`); a place or a pronoun ending the part before; the
tagger's longer words of those tags (`也门` and `通过` read as an adverb and a preposition at a
part's end, `及时` as a conjunction); `地` opening a part (the tagger reads `地带` as `地` `带`).
"""

from __future__ import annotations

from collections.abc import Set

from .ocr_space_forms import PART_ENDS, part_texts

# jieba's tags of a one-character word that needs what follows it: a preposition, an adverb,
# a conjunction, a structural particle (`在`, `已`, `和`, `的`, `等`)
OPENS_PHRASE = frozenset({"p", "d", "c", "uj", "u"})
# and of one that needs what goes before it: a conjunction, a structural particle (`并`, `的`)
CLOSES_PHRASE = frozenset({"c", "uj", "u"})
# jieba's tags of a person's name: a full name (`nrfg`), or a name of three characters (`nr`;
# its two-character `nr` words are as often no name: `权威`, `祝贺`)
FULL_NAME = "nrfg"
NAME = "nr"
NAME_CHARS = 3


def inside_phrase(
    block: str, gap: int, joined: Set[int] = frozenset(), ends: frozenset[str] = PART_ENDS
) -> bool:
    """Whether the parts on each side of the gap at `gap` (up to the next space or mark of
    `ends`, across the gaps of the line already taken out) read as one phrase cut (module
    docstring)."""
    from .stray_context import tags  # (jieba's tables load only when asked)

    before, after = part_texts(block, gap, ends, joined)
    if not (before and after):
        return False
    left, right = tags(before), tags(after)
    if not (left and right):
        return False
    (last, last_tag), (first, first_tag) = left[-1], right[0]
    if len(left) == 1 and (last_tag == FULL_NAME or (last_tag == NAME and len(last) == NAME_CHARS)):
        return True
    return (len(last) == 1 and last_tag in OPENS_PHRASE) or (
        len(first) == 1 and first_tag in CLOSES_PHRASE
    )
