"""Places where a spaced English word can only have stood for its Han word.

A lone `in` or `and` spaced as English between Han characters is kept and flagged by its own
context (`stray._written_as_english`), and one or two of them do not make a text damaged
(`stray_document.damaged`). Issue 12 point 5: replace only where the context makes the Han word
near-certain, else keep and flag. Three such places, measured on zh-news-xwlb's TUNING half
(`bench/clean_text.py`'s `half`) with the words the stray pass keeps when they stand alone in a
text: every real 在 / 和 between Han characters turned into a spaced ` in ` / ` and ` (a
substitution) against two random places a paragraph between Han characters where the same word
was put in (an insertion: bench/damage_print.py and bench/damage_indep.py put their words at
such places); figures in bench/README.md, "Stray words: near-certain places of a lone spaced
word":

- `in` right after a day of the month, or its time of day, with a noun or place word after it
  (`李克强1日 in 京会见`, `习近平1日下午 in 人民大会堂`; `after_a_date`): 27 of the 239 kept real
  在 (11.3 %) against 1 of the 743 kept insertions (0.1 %);
- else `in` opening a phrase of place (`stray_words.locative_place`: a place name first, or a
  localizer after the first word, `基金组织 in 全球治理中`, `仍 in 调查中`): 106 of 239 (44.4 %)
  against 60 of 743 (8.1 %);
- `and` between two parallel phrases (`stray_words.parallel_phrases`: the same two characters on
  each side, `治理体系 and 治理能力`): 36 of 430 kept real 和 (8.4 %) against 4 of 651 kept
  insertions (0.6 %).
So 133 of the real 在 (55.6 %) against 61 insertions of `in` (8.2 %). A conjunction's place
between two nouns or verbs alone (`stray_words.joins_nouns`) is not near-certain: 53.0 % of the
real 和 against 25.7 % of the insertions (the pair's tags and lengths equal, the fit at -3.5 or
better: 21.6 % against 5.7 %); it is kept and flagged.
Not where the Han word already stands beside the word (`在 in`, an insertion after it).

Such a word also shows its text damaged by substitution, as several different stray words do
(`stray_document.damaged`): its other kept words are judged again (`stray._document_revisions`).
There a kept word is replaced where a counterpart fits (`stray_document.best_counterpart`,
`joining_counterpart`), never taken out: kept and flagged otherwise. A kept insertion so
replaced was a wrong block before as well.
"""

from __future__ import annotations

import re

from ..chars import HAN_RE
from . import stray_words

# a day of the month right before the word (`1日`, `30日`, full-width digits too), or its time
# of day after it (`1日下午`, `1日晚`)
DATE_BEFORE_RE = re.compile("[0-9\uff10-\uff19]日(?:上午|下午|中午|晚上|晚间|晚|凌晨|早上)?[ \t]*$")
# how far back the date is looked for, and how far after the word its phrase is read
DATE_REACH = 8
PHRASE_REACH = 8
# jieba's tags of a word that can open a phrase of place: a noun (n, ns, nr, nt, nz), a place
# word (s), an abbreviation (j: 港) or a distinguishing word (b: 总台); not a verb, an adverb,
# a preposition or a time word (`11月1日 | 下午`, `8月31日 | 表示`: the date's own predicate)
PHRASE_OPENERS = ("n", "s", "j", "b")
# the evidence given for the other kept words of a text such a word shows damaged
PLACED_EVIDENCE = "another stray word of the document stands where only its Han word can"
# spaced dictionary function words between Han characters that show a text damaged, and the
# evidence given then (`shown_damaged`)
REPEATED_MIN_SPACED = 2
# how many characters after each such word tell two places from one title named twice
REPEATED_CONTEXT = 3
REPEATED_EVIDENCE = "the document has several stray words spaced as English"


def after_a_date(text: str, start: int, end: int, han: str) -> bool:
    """`han` is the preposition of place, a day of the month stands right before text[start:end]
    and a noun or place word right after it (PHRASE_OPENERS): news writes `1日在京会见` (the
    day, then where), and the word model cannot tell 在京 from a split word."""
    if han != stray_words.LOCATIVE:
        return False
    if DATE_BEFORE_RE.search(text, max(0, start - DATE_REACH), start) is None:
        return False
    from .stray_context import tags  # jieba's tables load only when asked

    right = end
    while right < len(text) and right - end < PHRASE_REACH and HAN_RE.match(text, right):
        right += 1
    words = tags(text[end:right])
    return words is not None and words != [] and words[0][1].startswith(PHRASE_OPENERS)


def near_certain(text: str, start: int, end: int, han: str) -> str:
    """Why text[start:end] can only stand for `han`, or "" (see the module's evidence)."""
    if text[start - 1 : start] == han or text[end : end + 1] == han:
        return ""
    if after_a_date(text, start, end, han):
        return f"{han!r} follows the day of the month"
    if stray_words.locative_place(text, end, han):
        return f"{han!r} opens a phrase of place"
    if stray_words.parallel_phrases(text, start, end, han):
        return f"{han!r} joins parallel phrases"
    return ""


def shown_damaged(text: str, placed: bool, spaced: list[re.Match[str]]) -> str:
    """The evidence that a text with fewer than two different stray function words
    (`stray_document.damaged`) is damaged all the same, or "": a word placed where only its Han
    word can stand (`near_certain`), or at least REPEATED_MIN_SPACED function words of the
    dictionary spaced as English between Han characters, no cue showing them talked about (the
    same word each time: two different ones already make the text damaged), each before other
    Han characters (REPEATED_CONTEXT): a title named twice (`新专辑 in 我心中`) is one word.

    Evidence (`/tmp` script over `bench/stray_spacing.py`'s texts: the shared corpus and four
    public Chinese repositories, 1,563 documents in this snapshot): ONE document holds a spaced
    dictionary function word between Han characters, none two. zh-news-xwlb's tuning half, seeds
    0-1, first page shape: two or more at different places in 28 of bench/accuracy_third.py's 334
    damaged texts (13 the same word each time, damaged only by this), 31 of accuracy_blind.py's
    (8), 22 of the print model's (2), 2 of the indep model's (0). Such a text's kept words are
    replaced where a counterpart fits (`stray_document.best_counterpart`, SPACED_REPLACE_FIT),
    never taken out (`stray._document_revisions`): there (every page shape) 88 of the third
    model's substitutions and 5 of the blind model's were replaced, 1 print insertion (a wrong
    block already, as kept); a substitution taken out would empty its place (issue 12 point 5).
    """
    if placed:
        return PLACED_EVIDENCE
    places = {text[match.end() : match.end() + REPEATED_CONTEXT] for match in spaced}
    return REPEATED_EVIDENCE if len(places) >= REPEATED_MIN_SPACED else ""
