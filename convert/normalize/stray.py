"""Stray tokens: a Latin word between Han characters, a `□` where a glyph went missing.

`智慧and力量` is a translation or input-method leftover; `and` is replaced by `和` only because the
configured dictionary says so, and the change is logged as a warning so an editor confirms it.
Where the characters on its two sides read as one word it split (`慰 and 问`), or the context has
no room for `和` (`浓浓 and 的节日`, by the part-of-speech model of `stray_context`), the word
was put in, not put in place of `和`: it is taken out, also as a warning (`_verdict`). A word with
a space on each side (`新专辑 in 我心中`, an album title) is how a writer types English in Chinese
text: unless the context clearly asks for the Han word (`stray_place`), it is kept and flagged
with what the dictionary would put (`_written_as_english`; another language's word, `und`, is
judged as a glued one). Words not in the dictionary are kept and flagged, unless they split a
word: an English closed-class word (`english_closed`: `the`, `is`) or any other word is then
taken out (`_closed_class_verdict`). A closed-class word spaced on one side only is no
writer's English: replaced or taken out (`_one_sided`).
A text that several different stray function words show to be damaged judges its kept function
words again (`stray_document`): each is taken out or replaced by the counterpart that fits best;
where some were taken out as put in, so are the glued words replaced that no counterpart fits.
A spaced English word in a conjunction's place between two nouns (`王小洪 and 陈希`) is never
taken out by a fit alone: kept, or in a damaged text that puts no word in, replaced
(`stray_words.joins_nouns`, `stray_document.joining_counterpart`; issue 12 point 5).
Capitalised words and acronyms (GDP, Python) are normal in Chinese text and left alone. `□`
is the conventional mark before a byline; anywhere else it usually stands for a character the
typesetting font lacked.
"""

from __future__ import annotations

import re

from ..changes import Edit
from ..config import Config
from . import stray_document, stray_echo, stray_place, stray_words
from .context import Context
from .english_closed import closed_class
from .stray_document import Talked
from .stray_glyphs import missing_glyph_flags

# how much more than the Han word's own cost taking the stray word out may gain: more, and the
# characters on its two sides read as one word that the stray word split
WORD_SPLIT_MARGIN = 6.0
# dictionary words that neither begin nor end an English phrase (`the king of`, `of mice`): one
# alone between Han characters is no English the writer meant, however spaced
PHRASE_INNER_WORDS = frozenset({"of"})
# `stray_context.fit` of the dictionary's Han word between the word's Han neighbours: below
# this the word was put in where nothing stood (taken out); at or above SPACED_REPLACE_FIT the
# context asks for the Han word so clearly that a word spaced as English is replaced too
INSERTED_BELOW_FIT = -6.0
SPACED_REPLACE_FIT = -1.0
# what cutting the text at a closed-class word with no Chinese counterpart must cost (the
# characters on its two sides read as one word) for the word to be taken out
NO_COUNTERPART_SPLIT_MARGIN = 4.0


def _splits_a_word(text: str, start: int, end: int, han: str) -> bool:
    """The characters on the stray word's two sides read as one word it split (`慰 and 问`), by
    the word model of the mojibake repair: the word was put in, not put in place of `han`."""
    from .mojibake.word_model import text_cost  # the word list loads only when asked

    reach = stray_words.CONTEXT_CHARS
    left, right = text[max(0, start - reach) : start], text[end : end + reach]
    gained = text_cost(left + han + right) - text_cost(left + right)
    return gained > text_cost(han) + WORD_SPLIT_MARGIN


def _doubt(text: str, match: re.Match[str], han: str) -> str:
    """Why the stray word was put in rather than put in place of `han`, or "" when it was not.

    Evidence (`bench/clean_text.py`'s tuning half of zh-news-xwlb: the 2,162 places where 和 或
    的 与 在 stand between Han characters, as if a stray word had replaced them, against 2,355
    random places between Han characters where one could have been inserted instead): taking the
    word out gains more than the Han word's own cost plus a margin of 3.0 at 0.7 % of the real
    places and at 51 % of the insertions (`慰 and 问电`: putting 和 there would be wrong). At 3.0
    the word taken out cost real substitutions in bench/accuracy.py's tuning seeds (0-4: 2
    blocks), at 4.0 and 5.0 one or three; at WORD_SPLIT_MARGIN (6.0) none in seeds 0-9 and
    20-22, while bench/damage_print.py's tuning half, which inserts words, gains (block F1
    0.9123 -> 0.9188). Keeping the word and flagging it gains nothing there (the block is wrong
    either way) and costs characters. Not a rule: a word inside 《》 or quotes (bench/accuracy.py:
    6 of 7 were real substitutions inside law titles, `《中华人民共and国能源法》`). Between two
    words (`向莫迪 and 致慰问电`) a unigram model cannot tell; `_verdict` asks a part-of-speech model.
    """
    if _splits_a_word(text, match.start(), match.end(), han):
        return "the characters on its two sides read as one word it split"
    return ""


def _written_as_english(match: re.Match[str]) -> bool:
    """A space on each side of the word: the writer typed English, so only an editor can say
    whether it stands for the dictionary's word (issue 12: `歌手发行新专辑 in 我心中` is an album
    title, `总理向莫迪 and 致慰问电` reads wrong with 和).

    Evidence (thin: /work/shared/corpus holds 8 lowercase Latin words between Han characters,
    none a dictionary word): English typed into Chinese prose is spaced on both sides (`这个 prop
    名为`, `提供 todo 对象`, `通过 prop 接口`) or on neither (`英語hyena的音譯`, pangu's unspaced
    inputs); a leftover that replaced a Han word has no reason to bring two spaces. The word model cannot take this place: 在我 reads as a word (it joins
    `在` to `我心中` by 6.2, more than `中华人民共和国` joins its 和), so it would put 在 into the title.
    But the seed sample's leftover is spaced too (`的智慧 and 力量`), so this keeps real leftovers
    as well: what it costs on bench/accuracy.py, whose damage spaces a quarter of its
    substitutions on both sides, is in bench/README.md ("Stray words kept when spaced"). `of`
    (PHRASE_INNER_WORDS) is the exception: English phrases do not start or end with it, while
    titles start with `in`, `and`, `with` (`in 我心中`); 的 is 58 % of the tuning half's places.

    Only an English word (`english_closed` knows it) is the writer's English: the other
    languages' function words of the dictionary (`und`, `et`, `mit`, `avec`, `con`, `oder`, `ou`)
    are judged as glued ones, however spaced. Writers of Chinese quote English, not German or
    French, between Han characters (`bench/stray_spacing.py`'s texts: 1,585 public documents,
    3,153 lone lowercase words between Han characters, one a dictionary word (`被取代 or 做主宰`)
    and none another language's function word); a word talked about (`德语的 und 是`) is kept by
    `stray_document.talked_about` before this is asked.
    """
    word = match.group(2)
    return (
        bool(match.group(1))
        and bool(match.group(3))
        and word not in PHRASE_INNER_WORDS
        and closed_class(word) is not None
    )


def _joins_nouns(text: str, match: re.Match[str], han: str) -> bool:
    """Spaced as English and in a conjunction's place (`stray_words.joins_nouns`)."""
    return _written_as_english(match) and stray_words.joins_nouns(text, *match.span(), han)


def _held_place(text: str, match: re.Match[str], han: str) -> str:
    """Why the word stands in a conjunction's place or a preposition's (`stray_words`), or ""."""
    if _joins_nouns(text, match, han):
        return f"{han!r} would join the nouns on its two sides"
    if _written_as_english(match) and stray_words.held_place(text, *match.span(), han):
        return f"{han!r} would open a phrase of place or join parallel phrases"
    return ""


def _spaced_not_english(match: re.Match[str]) -> bool:
    """Spaced on both sides as English is typed, but no English word (`und`, `et`)."""
    word = match.group(2)
    return (
        bool(match.group(1))
        and bool(match.group(3))
        and word not in PHRASE_INNER_WORDS
        and closed_class(word) is None
    )


def _verdict(text: str, match: re.Match[str], han: str) -> tuple[str, str]:
    """("remove", why), ("replace", why) or ("keep", why) for a dictionary word.

    The part-of-speech model (`stray_context.fit`) tells a word put in (`浓浓 and 的节日`: no
    conjunction stands before 的) from a word put in place of `han` (`智慧 and 力量`);
    between the two, a word spaced as English is kept (`新专辑 in 我心中`: 在我心中 reads, and it
    is an album title) and a glued one is replaced, as before. Evidence, on bench/stray_fit.py's
    tuning seeds and half (figures in bench/README.md, "Stray words: insertion or
    substitution"): INSERTED_BELOW_FIT triples the inserted words taken out while removing under
    1 % of real substitutions; a higher threshold destroys real words (`中文und德文`, fit -5.4).
    SPACED_REPLACE_FIT keeps the album title (fit -1.6); lower, it would be fitted to that one
    sentence. Without the model (jieba missing) the old rules stand: spacing alone decides.
    A spaced word in a conjunction's place between two nouns (`_joins_nouns`: `王小洪 and 陈希`,
    fit -6.3 between two names the model does not know) is kept, never taken out.
    """
    doubt = _doubt(text, match, han)
    if doubt:
        return "remove", doubt
    fitness = stray_words.fit(text, match, han)
    if fitness is not None and fitness < INSERTED_BELOW_FIT:
        if _joins_nouns(text, match, han):
            return "keep", f"{han!r} would join the nouns on its two sides (fit {fitness:.1f})"
        return "remove", f"{han!r} does not fit between its neighbours (fit {fitness:.1f})"
    if not _written_as_english(match):
        return "replace", ""
    if fitness is not None and fitness >= SPACED_REPLACE_FIT:
        return "replace", f"the context asks for {han!r} (fit {fitness:.1f})"
    return "keep", ""


def _closed_class_verdict(
    text: str, match: re.Match[str], counterparts: tuple[str, ...]
) -> tuple[str, str]:
    """("remove", why) or ("keep", why) for an English closed-class word the dictionary lacks.

    With no Chinese counterpart (`the`, `a`, `did`) the word cannot be a leftover: it was put in,
    or it is the writer's English, which real Chinese text has between Han characters only as a
    word talked about, spaced or not (`定冠词the加上`, `英文中的 the 是`, `Python的is和==`: public
    texts on grammar and code; the shared corpus has no closed-class word between Han at all).
    A word the writer put there stands between two words; one put in at random splits a word
    about as often as not. Evidence (bench/stray_fit.py --boundaries, the tuning half): at the
    places where jieba's segmenter (not the word model judging) puts a word boundary, cutting
    costs more than NO_COUNTERPART_SPLIT_MARGIN (4.0) at 0.07 % of places, while it does at 48 %
    of bench/damage_print.py's insertions; at 5.0 at none and 39 %. A word with counterparts
    (`is` 是) must split a word too, and none of them may fit there by `_verdict`'s tests: by
    those tests alone (the part-of-speech fit) 3-22 % of a writer's pronouns, modals and adverbs
    at word boundaries were taken out (`then` 然后 fits few places), with the split 0.1 %.
    Otherwise the word is kept and flagged with what it may stand for, never replaced: only the
    configured dictionary replaces. A word in no list (`government`, `hyena`) is judged as one
    without a counterpart (`_stray_word_edits`): the test reads only the Chinese around it.
    """
    splits = stray_words.cut_cost(text, match.start(), match.end()) > NO_COUNTERPART_SPLIT_MARGIN
    if not counterparts:
        if splits:
            return "remove", "it has no Chinese counterpart and splits a word"
        return "keep", "it has no Chinese counterpart"
    for han in counterparts:
        if not splits or _verdict(text, match, han)[0] != "remove":
            return "keep", f"it may stand for {han!r}"
    return "remove", f"it splits a word and none of {'/'.join(counterparts)} fits there"


def _closed_class_edit(text: str, match: re.Match[str]) -> Edit | None:
    found = closed_class(match.group(2))
    if found is None:
        return None
    name, counterparts = found
    verdict, why = _closed_class_verdict(text, match, counterparts)
    word = match.group(2)
    if verdict == "remove":
        message = f"stray English {name} {word!r} between Han characters removed: {why}"
        return Edit(match.start(), match.end(), "", "stray-word", message, "warning")
    start, end = match.span(2)
    message = f"English {name} {word!r} between Han characters, left as it is: {why}"
    return Edit(start, end, word, "stray-word", message, "warning")


def _stray_word_edits(text: str, config: Config) -> list[Edit]:
    talked = stray_document.talked_about_in(text)  # asked twice of most words: kept for the call
    judged = [(match, _word_edit(text, match, config, talked)) for match in stray_words.find(text)]
    edits = _document_revisions(text, judged, config, talked)
    return stray_echo.replaced_where_written(text, [m for m, _ in judged], edits, config, talked)


def _document_revisions(
    text: str, judged: list[tuple[re.Match[str], Edit]], config: Config, talked: Talked
) -> list[Edit]:
    """The edits, with the words kept by their own context taken out or replaced where the
    document as a whole is damaged by stray words (`stray_document`). In a text not damaged, a
    word spaced as English where only its Han word can stand is replaced (`_placed`); it, or two
    words spaced as English (`stray_place.shown_damaged`), shows the text damaged: its other kept
    words are judged again."""
    function_words = [
        (match, edit)
        for match, edit in judged
        if stray_words.is_function_word(match.group(2), config) and not talked(match)
    ]
    placed: dict[int, Edit | None] = {}
    shown = stray_document.DAMAGED_EVIDENCE
    if not stray_document.damaged(match.group(2) for match, _ in function_words):
        placed = {id(edit): _placed(text, match, edit, config) for match, edit in function_words}
        spaced = [match for match, _ in function_words if _written_as_english(match)]
        shown = stray_place.shown_damaged(text, any(placed.values()), spaced)
        if not shown:
            return [edit for _, edit in judged]
    taken_out = [match for match, edit in judged if edit.after == ""]
    inserting = stray_document.inserting(sum(not talked(match) for match in taken_out))
    revised = {
        id(edit): placed.get(id(edit)) or _revised(text, match, edit, config, inserting, shown)
        for match, edit in function_words
    }
    if placed:  # shown damaged by placed or repeated words: replaced, never taken out
        revised = {key: edit for key, edit in revised.items() if edit is None or edit.after}
    return [revised.get(id(edit)) or edit for _, edit in judged]


def _placed(text: str, match: re.Match[str], edit: Edit, config: Config) -> Edit | None:
    """A word spaced as English, kept by its own context in a text not damaged, replaced by its
    dictionary word where only that word can stand (`stray_place.near_certain`); None: not."""
    own = stray_words.replacement(match.group(2), config)
    if own is None or edit.after != match.group(2) or not _written_as_english(match):
        return None
    why = stray_place.near_certain(text, *match.span(), own)
    if not why:
        return None
    message = f"stray Latin word {match.group(2)!r} between Han characters replaced by {own!r}: "
    return Edit(match.start(), match.end(), own, "stray-word", message + why, "warning")


def _revised(
    text: str,
    match: re.Match[str],
    edit: Edit,
    config: Config,
    inserting: bool = False,
    shown: str = stray_document.DAMAGED_EVIDENCE,
) -> Edit | None:
    """A kept function word in a damaged document: replaced by the counterpart that fits best
    (`stray_document.best_counterpart`) or taken out; None where the model is missing or the
    edit stands. A word its own context replaced stands, unless the document shows it puts
    words in (`stray_document.inserting`) and no counterpart fits where it stands: taken out.
    In such a document a kept word too needs the better fit to be replaced. Another language's
    word spaced on both sides is judged as a kept one: only its being no English had it
    replaced (`_written_as_english`), and in a damaged text a spaced word is judged again."""
    word = match.group(2)
    reopened = edit.after not in ("", word) and (inserting or _spaced_not_english(match))
    if edit.after != word and not reopened:
        return None  # taken out or replaced by its own context (a glued word taken out instead
        # of replaced in a damaged document lowered bench/accuracy.py: bench/README.md)
    fits = _fits(text, match, config)
    if fits is None:
        return None
    own = stray_words.replacement(word, config)
    spaced = shown != stray_document.DAMAGED_EVIDENCE and _written_as_english(match)
    spaced = spaced and stray_document.place_word(own)  # shown damaged by placed or repeated words
    best = stray_document.best_counterpart(fits, inserting, spaced)
    if reopened and best is not None:
        return None
    evidence = shown + (", some of them put in where nothing stood" if inserting else "")
    held = _held_place(text, match, own) if best is None and not inserting and own else ""
    if held:
        best = stray_document.joining_counterpart(fits)
        if best is None:
            return None  # kept and flagged: nothing near-certain either way
        evidence += f", and {held}"
    return stray_document.replaced_or_removed(match, best, evidence, own)


def _fits(text: str, match: re.Match[str], config: Config) -> list[tuple[str, float]] | None:
    """Each counterpart of the word with its fit where the word stands; None without the model."""
    fits = []
    for han in stray_words.counterparts(match.group(2), config):
        fitness = stray_words.fit(text, match, han)
        if fitness is None:
            return None
        fits.append((han, fitness))
    return fits


def _one_sided(text: str, match: re.Match[str], config: Config, talked: Talked) -> Edit | None:
    """A closed-class word the dictionary lacks, spaced on one side only
    (`stray_words.spaced_on_one_side`), not talked about: no writer's English, so a leftover or a
    word put in, judged as a kept word in a damaged text is (`stray_document.best_counterpart`):
    replaced by the counterpart that fits best, or taken out (a word with none, `the`, always).
    None where the word is spaced otherwise, is a content word or the model is missing: the
    other rules judge it."""
    if (
        not stray_words.spaced_on_one_side(match)
        or not stray_words.is_function_word(match.group(2), config)
        or talked(match)
    ):
        return None  # a content word: public text spaces a few on one side (`issues太多`)
    fits = _fits(text, match, config)
    if fits is None:
        return None
    best = stray_document.best_counterpart(fits)
    return stray_document.replaced_or_removed(
        match, best, "it is spaced on one side only (English is typed spaced on both or neither)"
    )


def _word_edit(text: str, match: re.Match[str], config: Config, talked: Talked) -> Edit:
    """The word judged by its own context: replaced, taken out, or kept and flagged.

    A word talked about (`stray_document.talked_about`: `介词of 和and 等等`, `Python的is和==`) is
    kept whatever its neighbours: there the writer meant the English word, and the dictionary
    made `介词的和和` of public texts on grammar and code. Flagged all the same (a cue may stand
    beside a leftover)."""
    word = match.group(2)
    replacement = stray_words.replacement(word, config)
    if replacement is not None and talked(match):
        start, end = match.span(2)
        message = (
            f"Latin word {word!r} between Han characters, talked about as a word: left as it "
            f"is (the dictionary would put {replacement!r})"
        )
        return Edit(start, end, word, "stray-word", message, "warning")
    if replacement is None:
        closed = _one_sided(text, match, config, talked) or _closed_class_edit(text, match)
        if closed is not None:
            return closed
        if stray_words.cut_cost(text, match.start(), match.end()) > NO_COUNTERPART_SPLIT_MARGIN:
            # a word in no list splits a word: put in, as a closed-class word would be
            message = f"stray Latin word {word!r} between Han characters removed: it splits a word"
            return Edit(match.start(), match.end(), "", "stray-word", message, "warning")
        start, end = match.span(2)
        message = (
            f"stray Latin word {word!r} between Han characters; not in the dictionary, "
            "left as it is"
        )
        return Edit(start, end, word, "stray-word", message, "warning")
    verdict, why = _verdict(text, match, replacement)
    if verdict == "remove":
        message = f"stray Latin word {word!r} between Han characters removed: {why}"
        return Edit(match.start(), match.end(), "", "stray-word", message, "warning")
    if verdict == "keep":
        start, end = match.span(2)
        message = (
            f"Latin word {word!r} between Han characters, spaced as English is typed: "
            f"left as it is (the dictionary would put {replacement!r})"
        )
        return Edit(start, end, word, "stray-word", message, "warning")
    message = (
        f"stray Latin word {word!r} between Han characters replaced by "
        f"{replacement!r} from the dictionary" + (f": {why}" if why else "")
    )
    return Edit(match.start(), match.end(), replacement, "stray-word", message, "warning")


def mark_stray_tokens(text: str, config: Config, context: Context) -> list[Edit]:
    """Stray Latin words judged in Chinese text, `□` flagged in any. Japanese text sets Latin
    words between kanji and kana as a matter of course, and the counterparts are Chinese: in the
    671 livedoor articles (`bench/clean_text.py --set ja-livedoor[-more]`) four stand between
    CJK characters, all the writer's (`対話集会in茨城`, `vs`, `au`, `sabra`)."""
    words = [] if context.japanese(text) else _stray_word_edits(text, config)
    edits = words + missing_glyph_flags(text)
    return sorted(edits, key=lambda e: e.start)
