"""English closed-class words and the Chinese words they could stand for (or none).

A lone lowercase English word between Han characters is one of three things: a leftover put in
place of a Han word (`智慧 and 力量`), a word put in where nothing stood (`浓浓 and 的节日`), or
the writer's own English (`新专辑 in 我心中`, `Python的is和==`, `冠词 the 的用法`). Only a word
with a Chinese counterpart can be a leftover: an article has none (Chinese has no articles), nor
has do-support `do`, the perfect's `been`, the complementizer `that`. Such a word is either put in
or the writer's, and `stray.py` tells the two apart by where it stands (a writer's word never
splits a Chinese word). A word with counterparts is judged by the part-of-speech model as the
dictionary's words are, but never replaced: the configured dictionary alone says what is replaced
(`Config.stray_replacements`), this table only says what the word could stand for.

The classes and their members are those of English function words in E. O. Selkirk, *Phonology
and Syntax: The Relationship between Sound and Structure* (MIT Press, 1984), p. 352f.
(auxiliaries, modals, determiners, prepositions, conjunctions, pronouns; as transcribed in Kyle
Gorman's function-word sets), with the common adverbs of the closed classes of R. Quirk, S.
Greenbaum, G. Leech and J. Svartvik, *A Comprehensive Grammar of the English Language*
(Longman, 1985), ch. 2; only one-word, all-letter forms (no `don't`). The counterparts are the Chinese words a dictionary gives for the
word in its function-word sense; a word whose function Chinese does not mark by a word has none.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

ARTICLES = {"the": (), "a": (), "an": ()}

# `be` as copula is 是; the perfect's `been`, progressive `being` and do-support mark nothing
# Chinese writes with a word of its own in their place
AUXILIARIES = {
    "am": ("是",),
    "is": ("是",),
    "are": ("是",),
    "was": ("是",),
    "were": ("是",),
    "be": ("是",),
    "been": (),
    "being": (),
    "do": (),
    "does": (),
    "did": (),
    "has": ("有",),
    "have": ("有",),
    "had": ("有",),
}

MODALS = {
    "will": ("将", "会"),
    "would": ("会",),
    "shall": ("将",),
    "should": ("应该", "应"),
    "can": ("能", "可以"),
    "could": ("能", "可能"),
    "may": ("可能", "可以"),
    "might": ("可能",),
    "must": ("必须",),
}

PREPOSITIONS = {
    "about": ("关于",),
    "above": ("以上",),
    "after": ("后", "之后"),
    "against": ("对",),
    "among": ("之中",),
    "at": ("在",),
    "before": ("前", "之前"),
    "between": ("之间",),
    "by": ("由", "被"),
    "during": ("期间",),
    "for": ("为",),
    "from": ("从",),
    "in": ("在",),
    "into": ("入",),
    "of": ("的",),
    "on": ("在", "关于"),
    "over": ("超过",),
    "since": ("以来", "自"),
    "through": ("通过",),
    "to": ("到", "向"),
    "toward": ("向",),
    "towards": ("向",),
    "under": ("下",),
    "until": ("直到",),
    "upon": ("在",),
    "via": ("经",),
    "with": ("与", "和"),
    "within": ("内",),
    "without": ("无", "没有"),
}

# `that` as complementizer (`he said that ...`) has no Chinese word
CONJUNCTIONS = {
    "and": ("和", "与"),
    "or": ("或",),
    "nor": ("也不",),
    "but": ("但",),
    "so": ("所以",),
    "because": ("因为",),
    "if": ("如果",),
    "although": ("虽然",),
    "though": ("虽然",),
    "while": ("而",),
    "whereas": ("而",),
    "as": ("作为",),
    "than": ("比",),
    "that": (),
    "whether": ("是否",),
    "unless": ("除非",),
}

PRONOUNS = {
    "i": ("我",),
    "me": ("我",),
    "my": ("我的",),
    "we": ("我们",),
    "us": ("我们",),
    "our": ("我们的",),
    "you": ("你", "您"),
    "your": ("你的",),
    "he": ("他",),
    "him": ("他",),
    "his": ("他的",),
    "she": ("她",),
    "her": ("她",),
    "it": ("它",),
    "its": ("其",),
    "they": ("他们",),
    "them": ("他们",),
    "their": ("他们的", "其"),
    "this": ("这",),
    "these": ("这些",),
    "those": ("那些",),
    "which": ("哪",),
    "who": ("谁",),
    "what": ("什么",),
}

ADVERBS = {
    "not": ("不",),
    "also": ("也",),
    "too": ("也",),
    "very": ("很",),
    "only": ("只",),
    "more": ("更",),
    "most": ("最",),
    "then": ("然后",),
    "now": ("现在",),
    "still": ("仍",),
    "already": ("已经",),
    "again": ("再",),
    "even": ("甚至",),
    "never": ("从不",),
    "always": ("总是",),
    "here": ("这里",),
    "there": (),  # existential `there is`: Chinese says 有 with no word for `there`
}

CLOSED_CLASSES: Mapping[str, Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "article": MappingProxyType(ARTICLES),
        "auxiliary": MappingProxyType(AUXILIARIES),
        "modal": MappingProxyType(MODALS),
        "preposition": MappingProxyType(PREPOSITIONS),
        "conjunction": MappingProxyType(CONJUNCTIONS),
        "pronoun": MappingProxyType(PRONOUNS),
        "adverb": MappingProxyType(ADVERBS),
    }
)

# a word listed in two classes would keep its first class's counterparts
_WORDS: dict[str, tuple[str, tuple[str, ...]]] = {}
for _name, _members in CLOSED_CLASSES.items():
    for _word, _counterparts in _members.items():
        _WORDS.setdefault(_word, (_name, _counterparts))


def closed_class(word: str) -> tuple[str, tuple[str, ...]] | None:
    """(class name, Chinese counterparts) of an English closed-class word, or None."""
    return _WORDS.get(word)
