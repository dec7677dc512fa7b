"""The stray words of a text, and what the text around each one says.

A stray word is a lowercase Latin word with a Han character on each side, past spaces and tabs
(`智慧and力量`, `新专辑 in 我心中`). The stray-word pass (`stray`) and the document's evidence
(`stray_document`) judge them; this module finds them, says what a word may stand for (the
configured dictionary, `english_closed`), and reads the Chinese around them with the two models:
the word model of the mojibake repair (`cut_cost`) and the part-of-speech model of
`stray_context` (`fit`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..chars import HAN, HAN_RE
from ..config import Config
from .english_closed import closed_class

# a lowercase word with a Han character on each side, past spaces and tabs (the definition that
# `find` finds; not compiled here: its two Han classes cost the compiler ~4 ms at start)
STRAY_WORD = f"(?<=[{HAN}])([ \\t]*)([a-z\u00df-\u00ff]+)([ \\t]*)(?=[{HAN}])"
# `STRAY_WORD` once its two Han neighbours are known
SPACED_WORD_RE = re.compile("([ \t]*)([a-z\u00df-\u00ff]+)([ \t]*)")
# the same word found from its letters: a pattern that starts by looking behind (or with a repeat,
# `[a-z]+`) is tried at every character of the text; one that starts with a character class
# jumps from one lowercase letter to the next
LOWERCASE_WORD_RE = re.compile("[a-z\u00df-\u00ff][a-z\u00df-\u00ff]*")
# spaces around a stray word (not a line break: a word at a line end is no stray word)
WORD_SPACES = " \t"
# characters on each side of a stray word that the word model reads (a word or two)
CONTEXT_CHARS = 4
# Han characters on each side that the part-of-speech model reads
FIT_CONTEXT_CHARS = 4
# Han words that join two nouns, and the start of jieba's noun tags (n, nr, ns, nt, nz)
NOUN_JOINERS = frozenset({"和", "与", "及", "或"})
NOUN_TAG = "n"
# a person's name, which the model reads a character at a time where it is unknown
NAME_TAG = "nr"
# jieba's verb tags (v, vn, vd): 和 joins two verbs too (`坚持和发展`, `尊重和保障`)
VERB_TAG = "v"
# the preposition of place, what it may stand before (a place name), what closes its phrase (a
# localizer: 中 上 内 时 前 后), and how many Han characters after it are read for them
LOCATIVE = "在"
PLACE_TAG = "ns"
LOCALIZER_TAG = "f"
# localizers that jieba's dictionary tags as nouns (`在接受采访时`, `在全国范围内`)
NOUN_LOCALIZERS = frozenset({"时", "内"})
LOCATIVE_REACH = 12


def replacement(word: str, config: Config) -> str | None:
    """The newsroom's own dictionary first, then the other languages' function words."""
    if word in config.stray_replacements:
        return config.stray_replacements[word]
    return config.stray_replacements_other_languages.get(word)


def counterparts(word: str, config: Config) -> tuple[str, ...]:
    """The Han words a function word may stand for, the dictionary's first; () for a word in no
    list (a content word) or one with no Chinese counterpart (`the`)."""
    replaced = replacement(word, config)
    found = closed_class(word)
    listed = found[1] if found is not None else ()
    if replaced is None:
        return listed
    return (replaced, *(han for han in listed if han != replaced))


def is_function_word(word: str, config: Config) -> bool:
    """In the dictionary or in one of English's closed classes (`english_closed`)."""
    return replacement(word, config) is not None or closed_class(word) is not None


def find(text: str) -> Iterator[re.Match[str]]:
    """`re.finditer(STRAY_WORD, text)`, looking only at lowercase words.

    The pattern matches exactly where a whole lowercase word has a Han character on each side,
    past spaces and tabs, so each word that passes that test is matched again right there,
    without the Han tests the loop has just made.
    """
    length = len(text)
    for word in LOWERCASE_WORD_RE.finditer(text):
        start, end = word.span()
        while start > 0 and text[start - 1] in WORD_SPACES:
            start -= 1
        while end < length and text[end] in WORD_SPACES:
            end += 1
        if start > 0 and end < length and HAN_RE.match(text, start - 1) and HAN_RE.match(text, end):
            match = SPACED_WORD_RE.match(text, start)
            if match is not None:
                yield match


def cut_cost(text: str, start: int, end: int) -> float:
    """How much likelier the characters on the two sides of text[start:end] read as one stretch
    than cut where the word stands, by the word model of the mojibake repair."""
    from .mojibake.word_model import text_cost  # the word list loads only when asked

    left, right = text[max(0, start - CONTEXT_CHARS) : start], text[end : end + CONTEXT_CHARS]
    return text_cost(left) + text_cost(right) - text_cost(left + right)


def han_context(text: str, start: int, end: int) -> tuple[str, str]:
    """Up to FIT_CONTEXT_CHARS Han characters on each side of text[start:end], stopping at
    anything else (punctuation, a line break): the model reads words, not marks."""
    left = start
    while left > 0 and start - left < FIT_CONTEXT_CHARS and HAN_RE.match(text, left - 1):
        left -= 1
    right = end
    while right < len(text) and right - end < FIT_CONTEXT_CHARS and HAN_RE.match(text, right):
        right += 1
    return text[left:start], text[end:right]


def fit(text: str, match: re.Match[str], han: str) -> float | None:
    """`stray_context.fit` of `han` in the stray word's place; None where the model is missing."""
    from .stray_context import fit as context_fit  # jieba's tables load only when asked

    left, right = han_context(text, match.start(), match.end())
    return context_fit(left, han, right)


def spaced_on_one_side(match: re.Match[str]) -> bool:
    """A space on one side of the word and none on the other (`进行are 了`, `央视网people 消息`).

    Writers type English into Chinese text spaced on both sides or on neither; one space is no
    writer's habit. Evidence (`bench/stray_spacing.py`: the shared corpus, zh-news-xwlb, pangu,
    zhlint, autocorrect and 《吶喊》 among it, and the Markdown of four public Chinese
    repositories: a weekly tech magazine, a JavaScript book, a React manual and an archive of
    Chinese news articles; 1,890 documents): of 3,147 lone lowercase words between Han
    characters 4 are spaced on one side (`issues太多`, `微博id 周`, `公 c党`, `props传递`), none of
    the 34 function words (bench/README.md, "Stray words: doubtful words as evidence").
    """
    return bool(match.group(1)) != bool(match.group(3))


def joins_nouns(text: str, start: int, end: int, han: str) -> bool:
    """`han` joins words (NOUN_JOINERS) and text[start:end] stands between two nouns or two
    verbs of two or more characters (`王小洪 and 陈希`, `中国电信 with 中国联通`, `坚持 and 发展`):
    a conjunction's place, which the bigram fit (`stray_context.fit`) reads badly between
    unknown names and firms (-6.3, -4.8) and between verbs (-3.3).

    A one-character noun at the edge of the context read is as often a piece of a word the stray
    word split (`做大实 and 体经济`: 实 and 体 of 实体), so it does not count, unless it is read as
    part of a person's name: the model reads an unknown name a character at a time (王 / 小洪).
    Evidence (bench/stray_density.py's words, `--draws 10`: the kept words of damaged texts
    that put no word in, best fit in [-5, -3)): between two nouns stand 13 of bench/damage.py's
    82 substitutions, 4 of damage_print's 183 insertions and 1 of damage_indep's 208 (tuning
    half; held-out 3 of 72, 7 of 168, 3 of 254); between two verbs 10, 4 and 0 (held-out 9, 3
    and 0)."""
    if han not in NOUN_JOINERS:
        return False
    from .stray_context import neighbour_tags  # jieba's tables load only when asked

    states = neighbour_tags(*han_context(text, start, end))
    if states is None:
        return False
    if all(tag.startswith(NOUN_TAG) and (not single or tag == NAME_TAG) for tag, single in states):
        return True
    return all(tag.startswith(VERB_TAG) and not single for tag, single in states)


def locative_place(text: str, end: int, han: str) -> bool:
    """`han` is the preposition of place (LOCATIVE) and the Han text after the word (up to
    LOCATIVE_REACH characters, to the first mark) begins with a place name or holds a localizer
    after its first word, by the part-of-speech model's best reading (`在京会见`, `在全球治理中`,
    `在贺电中表示`): a phrase of place that has lost its 在.

    Evidence (zh-news-xwlb's tuning half, `/tmp` script, bench/README.md "Stray words: a place's
    在 is not emptied"): among the places where 在 fits in [-5, -3) (`stray_context.fit`, where a
    kept word in a damaged text was taken out), after 58.5 % of the 82 real 在 between Han
    characters the text begins with a place name or holds a localizer, after 7.2 % of 2,012
    random places between Han characters (where a word could be put in); where 在 fits at -3 or
    better 45 % of 211 against 9 % of 1,135. A localizer is a word jieba tags `f` (中 上 后
    期间), or 时 or 内, which it tags as nouns (with them 51 % against 7.0 % in [-5, -3)). An
    adverb before and a verb after (`仍 in 蔓延`) tells nothing: 4.9 % against 3.2 %."""
    if han != LOCATIVE:
        return False
    from .stray_context import tags  # jieba's tables load only when asked

    right = end
    while right < len(text) and right - end < LOCATIVE_REACH and HAN_RE.match(text, right):
        right += 1
    words = tags(text[end:right])
    if not words:
        return False
    return words[0][1] == PLACE_TAG or any(
        tag == LOCALIZER_TAG or word in NOUN_LOCALIZERS for word, tag in words[1:]
    )


def parallel_phrases(text: str, start: int, end: int, han: str) -> bool:
    """`han` joins words (NOUN_JOINERS) and the same two Han characters stand within
    FIT_CONTEXT_CHARS on each side of text[start:end] (`治理体系 and 治理能力`, `问题导向 and
    需求导向`): two parallel phrases, which a conjunction joins whatever jieba tags their words.

    Evidence (zh-news-xwlb's tuning half, `/tmp` script, bench/README.md "Stray words: a place's
    在 is not emptied"): where 和 fits in [-5, -3) (`stray_context.fit`) and the place is no
    conjunction's by `joins_nouns`, 16 of the 392 real 和 and 与 between Han characters have
    such a pair, 7 of 2,287 random places between Han characters (`一步 | 一步摸索`)."""
    if han not in NOUN_JOINERS:
        return False
    left, right = han_context(text, start, end)
    pairs = {left[at : at + 2] for at in range(len(left) - 1)}
    return any(right[at : at + 2] in pairs for at in range(len(right) - 1))


def held_place(text: str, start: int, end: int, han: str) -> bool:
    """text[start:end] stands where `han` opens a phrase of place or joins parallel phrases,
    and `han` does not stand beside it already (`专项治理和 and 系统治理`: a word put in after
    the Han word it would stand for; bench/damage_print.py's insertions)."""
    if text[start - 1 : start] == han or text[end : end + 1] == han:
        return False
    return locative_place(text, end, han) or parallel_phrases(text, start, end, han)
