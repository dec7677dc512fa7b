"""The document's evidence on its stray words: is this text damaged by them, as a whole?

One lone lowercase English word between Han characters may be the writer's (`新专辑 in 我心中`,
an album title; `英文中的 the 是`, a word talked about), so the stray-word pass keeps and flags
every one it cannot place by its own context. A text is evidence too: writers of Chinese put
English function words between Han characters only as words talked about, with a cue beside
them (英文, 单词, 冠词, 介词, 操作符, Python, `中的 X 是`), and hardly ever two different ones in a
text. A text in which several DIFFERENT such words stand between Han characters without a cue,
whatever their own context made of them, has been damaged; there a kept word is far likelier a
leftover than English: it is taken out, or replaced by the counterpart that fits best, still as
a warning for the editor (`damaged`).

A damaged text in which some stray word was taken out by its own context (it split a word, or
no counterpart fits) had words put in where nothing stood (`inserting`): there a glued word its
own context replaced is judged again as a kept one is, and taken out where no counterpart fits
at least DOCUMENT_REPLACE_FIT. Between two words the part-of-speech fit of an insertion and of a
real substitution overlap (`中国和德国` -4.8, `各族在人民` -5.1), so taken out in every damaged text
it cost bench/accuracy.py; the removals tell the two damages apart instead: bench/damage.py's
substitution damage has a word taken out in 2 of its 442 texts with a dictionary word (tuning
seeds 0-4), bench/damage_print.py's insertions in 48 of 74 (tuning half, seeds 0-1).

Figures in bench/README.md ("Stray words: the document's evidence", "Stray words: doubtful
words as evidence").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from ..changes import Edit
from . import stray_words

# words near a Latin word that show it is talked about, not meant: grammar, translation, code
# (public Chinese texts on English and programming: `定冠词the加上`, `英文中的 the 是一个常见的高频
# 单词`, `Python的is和==操作符`, `介词of 和and 等等`)
TALKED_ABOUT_CUES = (
    "英文",
    "英语",
    "英語",
    "单词",
    "單詞",
    "词汇",
    "冠词",
    "介词",
    "连词",
    "代词",
    "助动词",
    "动词",
    "名词",
    "副词",
    "词性",
    "语法",
    "語法",
    "拼写",
    "操作符",
    "运算符",
    "关键字",
    "关键词",
    "函数",
    "语句",
    "代码",
    "变量",
    "python",
    "java",
    "sql",
)
# the marks that end a sentence: the cues are looked for in the word's sentence only
SENTENCE_ENDS = "。！？!?；;\n"
# how far the word's sentence is read on each side
SENTENCE_REACH = 200
# `X 中的 the 是`: the word as the subject of a sentence about it
DEFINED_LEFT, DEFINED_RIGHT = "的", "是"
# different function words between Han characters, not talked about, that make a text damaged
DAMAGED_MIN_WORDS = 2
# what the edit of a kept word judged again in such a text gives as the evidence
DAMAGED_EVIDENCE = "the document has several different stray words"
# the fit (`stray_context.fit`) from which a kept word in a damaged text is replaced by its
# best counterpart rather than taken out: about where a real substitution's fit is as likely as
# an insertion's (bench/damage.py's substitutions against damage_print's and damage_indep's
# insertions, tuning half: the densities cross between -3.5 and -2.5)
DOCUMENT_REPLACE_FIT = -3.0
# the fit from which a conjunction or the preposition of place (`place_word`: and, or, with, in)
# spaced as English is replaced in a text shown damaged by a placed word or repeated spaced words
# (`stray_place.shown_damaged`), where nothing is taken out. /tmp script, tuning half, seeds 0-1,
# every page shape, words so replaced: fit in [-4, -3): accuracy_third.py's substitutions 37,
# accuracy_blind.py's 1, the print models' insertions 0; at -3 or better 51, 4 and 1. Lowered
# for every damaged text, it replaced insertions the print models had taken out (accuracy_print
# seeds 0-4 held-out half 0.9881 -> 0.9879): not there
SPACED_REPLACE_FIT = -4.0
# words taken out by their own context (put in where nothing stood) that show a damaged text's
# stray words were put in, not put in place of Han words
INSERTING_MIN_REMOVED = 1
# the fit a word needs to be replaced, or to stay replaced, in a text that puts words in
# (`inserting`): higher than DOCUMENT_REPLACE_FIT, as there an insertion is the likelier cause
# before any fit is read (tuning half: bench/README.md, "Stray words: insertions replaced",
# "Stray words: doubtful words as evidence")
INSERTING_REPLACE_FIT = -2.0
# the best fit from which a word in a conjunction's place between two nouns
# (`stray_words.joins_nouns`) is replaced by its dictionary word where it would be taken out;
# below it, kept and flagged: no substitution of bench/stray_density.py's (tuning or held-out
# half) has a best fit below it, while insertions do (bench/README.md, "Stray words: the
# damaged-text threshold from densities")
JOINING_REPLACE_FIT = -5.0


@cache
def _cue_re() -> re.Pattern[str]:
    """Every cue, in any case: what `_cue_in` finds."""
    return re.compile("|".join(map(re.escape, TALKED_ABOUT_CUES)), re.IGNORECASE)


# the characters a cue written in ASCII (`python`, `java`, `sql`) opens with under IGNORECASE, as
# `re` folds cases (`ſ` is an `s`): tests/normalize/test_stray_document.py reads them off `re`
ASCII_CUE_OPENERS = "JPSjpsſ"


@cache
def _cue_searches() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], str]:
    """The cues written in Han, those written in ASCII (both under IGNORECASE, as `_cue_re`),
    a search for the ASCII characters the second open with, and the others they open with (a
    class of characters past U+00FF alone costs the compiler a millisecond: those are looked
    for one by one)."""
    ascii_cues = [cue for cue in TALKED_ABOUT_CUES if cue.isascii()]
    han_cues = [cue for cue in TALKED_ABOUT_CUES if not cue.isascii()]
    openers = "".join(char for char in ASCII_CUE_OPENERS if char.isascii())
    return (
        re.compile("|".join(map(re.escape, han_cues)), re.IGNORECASE),
        re.compile("|".join(map(re.escape, ascii_cues)), re.IGNORECASE),
        re.compile(f"[{re.escape(openers)}]"),
        "".join(char for char in ASCII_CUE_OPENERS if not char.isascii()),
    )


def _cue_in(text: str, start: int, end: int) -> bool:
    """Whether `_cue_re()` finds a cue in `text[start:end]` (searched as `pos`, `endpos`).

    An alternation of words matches where one of them does, so the cues are searched in two
    groups. Under IGNORECASE a pattern that opens with a cased letter is tried at every
    character (the regex engine jumps ahead only to characters without case: the Han cues'
    search), so the ASCII cues are tried only where a character they may open with stands
    (`ASCII_CUE_OPENERS`; the whole alternation cost about ten times the Han cues' search alone,
    bench/README.md), or searched for where one past ASCII does (`ſ`: rare)."""
    han_cues, ascii_cues, openers, folded = _cue_searches()
    if han_cues.search(text, start, end):
        return True
    for char in folded:
        if text.find(char, start, end) >= 0:
            return ascii_cues.search(text, start, end) is not None
    return any(ascii_cues.match(text, at.start(), end) for at in openers.finditer(text, start, end))


def talked_about(text: str, start: int, end: int) -> bool:
    """A cue in the word's sentence shows that the writer talks about the word (or writes code)."""
    left = max(0, start - SENTENCE_REACH)
    left = max([left] + [text.rfind(mark, left, start) + 1 for mark in SENTENCE_ENDS])
    right = min(len(text), end + SENTENCE_REACH)
    right = min(
        [right] + [at for mark in SENTENCE_ENDS if (at := text.find(mark, end, right)) >= 0]
    )
    if _cue_in(text, left, right):
        return True
    before, after = text[left:start].rstrip(" \t"), text[end:right].lstrip(" \t")
    return before.endswith(DEFINED_LEFT) and after.startswith(DEFINED_RIGHT)


# `talked_about` of a stray word's match (its group 2)
Talked = Callable[[re.Match[str]], bool]


def talked_about_in(text: str) -> Talked:
    """`talked_about` of each stray word of `text`, each answer kept for the one pass call that
    makes this: the stray pass asks it of most words twice (its own context, the document's)."""
    answers: dict[tuple[int, int], bool] = {}

    def asked(match: re.Match[str]) -> bool:
        span = match.span(2)
        found = answers.get(span)
        if found is None:
            found = answers[span] = talked_about(text, *span)
        return found

    return asked


def damaged(words: Iterable[str]) -> bool:
    """The function words between Han characters that no cue shows talked about: at least
    DAMAGED_MIN_WORDS different ones, condemned by their own context or kept in doubt.

    Evidence (bench/stray_spacing.py: the shared corpus, zh-news-xwlb's 325 articles among them,
    and the Markdown of four public Chinese repositories: a weekly tech magazine, a JavaScript
    book, a React manual, an archive of Chinese news articles; 1,890 documents, ~3,100 lone
    lowercase words between Han characters): one document holds two different such words
    (`被取代 or 做主宰` and a brand's `you`), none three. Counting only words their own context
    had condemned (2 different), as before, left `央视网 a 消息…秋天的 with 神州大地` standing: the
    words in doubt are evidence for one another (tuning figures in bench/README.md). The cost:
    the issue's two sentences in ONE text (`新专辑 in 我心中`, `莫迪 and 致`) are judged damaged;
    each alone, or beside the same word elsewhere in the text, is not.
    """
    return len(set(words)) >= DAMAGED_MIN_WORDS


def inserting(removed: int) -> bool:
    """A damaged text in which `removed` stray words were already taken out by their own context
    (they split a word, or no counterpart fits) had words put in where nothing stood."""
    return removed >= INSERTING_MIN_REMOVED


def place_word(own: str | None) -> bool:
    """The dictionary's word `own` is a conjunction or the preposition of place (和 与 及 或 在:
    the words whose places `stray_words.held_place` reads), the words substituted as ` and ` /
    ` in ` (SPACED_REPLACE_FIT)."""
    return own is not None and (own in stray_words.NOUN_JOINERS or own == stray_words.LOCATIVE)


def best_counterpart(
    fits: Iterable[tuple[str, float]], inserting: bool = False, spaced: bool = False
) -> tuple[str, float] | None:
    """The counterpart that fits best where the word stands, if it fits at least
    DOCUMENT_REPLACE_FIT (INSERTING_REPLACE_FIT in a text that puts words in, SPACED_REPLACE_FIT
    for a conjunction or preposition of place spaced as English in one that does not, `spaced`);
    None: the text reads better with nothing there."""
    least = INSERTING_REPLACE_FIT if inserting else DOCUMENT_REPLACE_FIT
    least = SPACED_REPLACE_FIT if spaced and not inserting else least
    best = max(fits, key=lambda pair: pair[1], default=None)
    if best is None or best[1] < least:
        return None
    return best


def joining_counterpart(fits: Iterable[tuple[str, float]]) -> tuple[str, float] | None:
    """The best counterpart of a word in a conjunction's place between two nouns that no
    counterpart fits at DOCUMENT_REPLACE_FIT, if it fits at least JOINING_REPLACE_FIT; None: the
    word is kept and flagged, never taken out (issue 12 point 5: a word that stood for a Han word
    is not removed).

    Asked only in a text that puts no word in (`inserting` False): in one that does, the print
    benches' inserted `and` between two nouns was replaced (accuracy_print stray-inserted tuning
    0.9552 -> 0.9533). Evidence (bench/stray_density.py's words, `--draws 10`, best fit in
    [-5, -3)): in the place (`stray_words.joins_nouns`: two nouns or two verbs) stand 23 of
    bench/damage.py's 82 substitutions against 9 of the print benches' 391 insertions (tuning
    half); held-out, 12 of 72 against 13 of 422: the place is not near-certain, but a removal
    there loses a word the text needs where a replacement is at worst one the editor is warned
    of. Below -5, no substitution, 1 insertion (tuning): kept. The blind model's `巴勒斯坦 and
    以色列`, `中国电信 with 中国联通`, `坚持 and 发展` were taken out before."""
    best = max(fits, key=lambda pair: pair[1], default=None)
    if best is None or best[1] < JOINING_REPLACE_FIT:
        return None
    return best


def replaced_or_removed(
    match: re.Match[str], best: tuple[str, float] | None, evidence: str, own: str | None = None
) -> Edit:
    """The word replaced by `best`'s counterpart, or by the dictionary's word `own` where it has
    one, or taken out where `best` is None.

    Whether a word of the function belongs where the stray word stands is read from every
    counterpart; which Han word a leftover stands for is the dictionary's to say, as for a glued
    word (`_verdict`). The fit chooses no counterpart: it leaves out each word's own frequency
    (`stray_context.fit`), and 与 fits where 和 stands about a nat better than 和 does
    (`代表中国政府 and 中国人民` -2.2 against -3.2, `香港市民 and 青少年` -2.8 against -3.3), so a
    spaced `and` judged again in a damaged text became 与 where the same word glued became 和."""
    word = match.group(2)
    if best is None:
        message = f"stray Latin word {word!r} between Han characters removed: {evidence}"
        return Edit(match.start(), match.end(), "", "stray-word", message, "warning")
    fitted, fitness = best
    han = own or fitted
    message = (
        f"stray Latin word {word!r} between Han characters replaced by {han!r}: {evidence} "
        f"and {fitted!r} fits there (fit {fitness:.1f})"
    )
    if han != fitted:
        message += f"; {han!r} is the dictionary's word"
    return Edit(match.start(), match.end(), han, "stray-word", message, "warning")
