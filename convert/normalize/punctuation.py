"""ASCII punctuation in Chinese context becomes full-width (GB/T 15834).

Only where a Han character is a neighbour: English sentences, numbers (`1,000`, `3.14`, `10:30`),
URLs, e-mail addresses and code keep their ASCII marks. Brackets and quotes change as pairs, so a
bracket is never left matched with a partner of the other width.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache
from itertools import repeat
from operator import attrgetter

from ..changes import Edit, without_overlaps
from ..chars import HAN, HAN_RE, is_wide
from ..config import Config
from .context import Context
from .full_stops import full_stop_at
from .mixed_quotes import QUOTES, mixed_quote_edits

MARKS = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
MARK_KINDS = {",": "comma", ";": "semicolon", ":": "colon", "?": "question", "!": "exclamation"}
MARK_LOG = {
    mark: (f"cjk-{kind}", f"ASCII {mark!r} in Chinese text") for mark, kind in MARK_KINDS.items()
}
# the mark alone: a pattern that began with the spaces before it would be tried at every
# character of the text; the spaces are found by looking back from the mark
# `…` alone (a lone one: the Chinese ellipsis is two) stands for `……` as `...` does
MARK_RE = re.compile(r"[,;:?!]|\.{3,}|。{3,}|-{2,}|(?<!…)…(?!…)")
# spaces around a mark that go with it when it becomes full width
MARK_SPACES = " \t\u00a0"
# Pairs on one line, or across a single line break (a hard wrap, which the unwrap pass joins).
# Every alternative starts with its quote or bracket (the single quote's "no letter before" is
# checked after it), so the search jumps from one candidate to the next.
_LINE = r"(?:\n(?![ \t\u3000]*\n))"


def _between(excluded: str) -> str:
    """What may stand inside a pair: characters but `excluded` and line feeds, and single line
    breaks between them. Spelled `(?:[^()\\n]|{_LINE})*`, the regex engine took a branch at
    every character; here a run of characters, then (a line break, a run) again, each run taken
    whole: the same matches (nothing given back could be followed by the closing mark), 9.2
    against 1.8 ms for the 2,959 candidates of the 2 MB bench text (bench/README.md,
    "Normalizer speed: searches and the source map")."""
    run = rf"[^{excluded}\n]*+"
    return rf"{run}(?:{_LINE}{run})*+"


SINGLE = "'"
PAIR_RE = re.compile(
    rf"\(({_between('()')})\)|\"({_between(QUOTES)})\"|'(?<![A-Za-z]')({_between(SINGLE)})'(?![A-Za-z])"
)
PROTECTED_RE = re.compile(
    r"(?:https?|ftp)://[^\s\u3000-\u303f\uff00-\uffef]+|www\.[^\s\u3000-\u303f\uff00-\uffef]+"
    r"|`[^`\n]*`"
)
# e-mail addresses are found from their `@`: a pattern that starts with `[\w.+-]+` would be
# tried at every Han character (\w matches Han) and make the pass quadratic in a long line
EMAIL_LOCAL_RE = re.compile(r"[\w.+-]+$")
EMAIL_DOMAIN_RE = re.compile(r"[\w-]+(?:\.[\w-]+)+")

# Where a match of MARK_RE or PROTECTED_RE can start: the literal strings every match begins
# with, which `str.find` finds far faster than the regex engine tries the alternations at every
# character of the text.
SINGLE_MARKS = ",;:?!"  # MARK_RE's first alternative
MARK_STARTS = (*SINGLE_MARKS, "...", "。。。", "--", "…")  # `…` last (see `_mark_spans`)
PROTECTED_STARTS = ("http", "ftp://", "www.", "`")
PAIR_STARTS = ("(", '"', "'")  # PAIR_RE's alternatives (a text without them needs no regex scan)


# places of a literal's first character `_occurrences` tries before it searches for the literal
FIRST_CHARACTER_TRIES = 256


def _occurrences(text: str, literal: str, tries: int = FIRST_CHARACTER_TRIES) -> Iterator[int]:
    """Every place `literal` starts, overlapping ones included.

    A literal of several characters that opens with an ASCII one (`http`, `...`, `--`) is
    looked for at the places of that character first: a search for one character skips through
    a Chinese text three times faster than one for several, and in Chinese text most of these
    characters are few. Past `FIRST_CHARACTER_TRIES` of them (English text's full stops), the
    rest of the text is searched for the literal itself."""
    at = 0
    if len(literal) > 1 and literal[0].isascii():
        first = literal[0]
        at = text.find(first)
        while at != -1 and tries:
            if text.startswith(literal, at):
                yield at
            at = text.find(first, at + 1)
            tries -= 1
        if at == -1:
            return
    at = text.find(literal, at)
    while at != -1:
        yield at
        at = text.find(literal, at + 1)


def _candidate_starts(text: str, starts: tuple[str, ...]) -> list[int]:
    """Every place one of `starts` begins, in order and once each."""
    candidates: set[int] = set()
    for literal in starts:
        candidates.update(_occurrences(text, literal))
    return sorted(candidates)


def _matches(text: str, regex: re.Pattern[str], starts: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """`regex.finditer(text)`, where every match of `regex` begins with one of `starts`.

    The leftmost match at or after a position is the first candidate place where `regex`
    matches, so trying the candidates in order gives the very matches `finditer` gives.
    """
    pos = 0
    match_at = regex.match
    for start in _candidate_starts(text, starts):
        if start < pos:
            continue
        match = match_at(text, start)
        if match is not None:
            yield match
            pos = match.end()


def _lone_ellipses(text: str) -> Iterator[int]:
    """Every `…` with no `…` beside it: where MARK_RE's last alternative can match (Chinese text
    is full of `……`, none of whose halves can)."""
    at = text.find("…")
    while at != -1:
        end = at + 1
        while text[end : end + 1] == "…":
            end += 1
        if end == at + 1:
            yield at
        at = text.find("…", end)


def _mark_spans(text: str, singles: list[int] | None = None) -> Iterator[tuple[int, int]]:
    """The spans of `MARK_RE.finditer(text)`, as `_matches` finds them, without asking the regex
    about a lone mark (`,;:?!`): its match is that one character; and without asking it about
    each half of a `……`. Given `singles`, only those lone marks are among the spans (no other
    match can hold one, so leaving one out changes no other span)."""
    pos = 0
    match_at = MARK_RE.match
    if singles is None:
        singles = _candidate_starts(text, tuple(SINGLE_MARKS))
    candidates = [*singles, *_candidate_starts(text, MARK_STARTS[len(SINGLE_MARKS) : -1])]
    candidates += _lone_ellipses(text)
    candidates.sort()  # each place is the start of one literal only
    for start in candidates:
        if start < pos:
            continue
        if text[start] in SINGLE_MARKS:
            end = start + 1
        else:
            match = match_at(text, start)
            if match is None:
                continue
            end = match.end()
        yield start, end
        pos = end


def _protected_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _matches(text, PROTECTED_RE, PROTECTED_STARTS)]
    at = text.find("@")
    while at != -1:
        local = EMAIL_LOCAL_RE.search(text, max(0, at - 64), at)
        domain = EMAIL_DOMAIN_RE.match(text, at + 1)
        if local and domain:
            spans.append((local.start(), domain.end()))
        at = text.find("@", at + 1)
    return sorted(spans)


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    if not spans:
        return False  # most texts hold no URL, e-mail address or code
    index = bisect_right(spans, (pos, 1 << 62)) - 1
    return any(start <= pos < end for start, end in spans[max(0, index - 8) : index + 1])


SEE_THROUGH = " \t\n\u00a0“”‘’\"'"


def _neighbour(text: str, pos: int, step: int) -> int:
    """Where the nearest character before (step -1) or after (step 1) pos stands, looking past
    spaces, quotes and line breaks (-1 if none): the unwrap and layout passes that run later
    join lines and blocks, and must not create a context this pass would have judged
    differently."""
    while 0 <= pos < len(text):
        if text[pos] not in SEE_THROUGH:
            return pos
        pos += step
    return -1


def _cjk_context(text: str, start: int, end: int, converted_until: int) -> bool:
    """A Han or CJK character (or a mark just made full-width) before the mark, or Han after."""
    before_pos = start - 1
    if before_pos < 0 or text[before_pos] in SEE_THROUGH:  # the neighbour is most often next
        before_pos = _neighbour(text, before_pos, -1)
    if 0 <= before_pos < converted_until or (before_pos >= 0 and is_wide(text[before_pos])):
        return True
    after_pos = end
    if after_pos >= len(text) or text[after_pos] in SEE_THROUGH:
        after_pos = _neighbour(text, after_pos, 1)
    return after_pos >= 0 and HAN_RE.match(text, after_pos) is not None


# A lone mark right after a Han character, with the spaces after it: it always becomes full
# width (the Han character is its wide neighbour, and no digit: `1,000` stays), whatever marks
# came before it (they end before the Han character), so their edits are made without the
# per-mark steps of `_mark_edits`. Most marks of Chinese text are these. One search finds every
# lone mark, in order, and after one that follows a Han character its spaces (group 1, unmatched
# after any other character). Compiled at the first text that takes it (~2 ms: its Han class),
# so a start-up or a short document without many marks never pays it.
@cache
def single_mark_re() -> re.Pattern[str]:
    return re.compile(rf"[,;:?!](?:(?<=[{HAN}].)([ \t\u00a0]*))?")


# The search steps the regex engine through every character (~3.6 ms at 2 MB), the marks' finds
# skip to each mark and the per-mark steps cost a few µs a mark: the search is taken where
# commas, the commonest lone mark, are at least one in SEARCH_EVERY characters (the texts the
# pass sees again after round 1 hold next to none); elsewhere every mark takes the per-mark
# steps, which give the same edits.
SEARCH_EVERY = 400
# what follows a mark's span in its `Edit`: the whole record made by `tuple.__new__` (as
# `furniture.page_lines.lines_of` makes its lines), not by the named tuple's Python constructor
MARK_EDIT_PARTS = {
    mark: (wide, *MARK_LOG[mark], Edit._field_defaults["severity"]) for mark, wide in MARKS.items()
}


def _mark_edits(text: str, protected: list[tuple[int, int]]) -> list[Edit]:
    """The edits of the marks, in order: those after a Han character at once, then the others one
    by one, each told where the last edit before it ended (what the spaces before it may join,
    and whether its wide neighbour was just made so)."""
    others: list[int] | None = None  # the lone marks `_mark_spans` is to see (None: all)
    after_han: list[tuple[int, int]] = []
    if text.count(",") * SEARCH_EVERY >= len(text):
        singles = [(m.start(), m.end(1)) for m in single_mark_re().finditer(text)]
        after_han = [single for single in singles if single[1] >= 0]
        others = [start for start, end in singles if end < 0]
    converted = after_han
    if protected:
        converted = [span for span in after_han if not _inside(protected, span[0])]
    converted_starts = [start for start, _ in converted]
    parts = [span + MARK_EDIT_PARTS[text[span[0]]] for span in converted]
    edits: list[Edit] = list(map(tuple.__new__, repeat(Edit), parts))
    converted_until = 0  # the end of the last edit
    length = len(text)
    for m_start, m_end in _mark_spans(text, others):
        if converted_starts:
            index = bisect_right(converted_starts, m_start)
            if index and converted[index - 1][1] > converted_until:
                converted_until = converted[index - 1][1]
        mark = text[m_start:m_end]
        # spaces around a converted mark go with it: full-width marks carry their own spacing
        # (no mark is a space, so those before it never reach into the mark before it)
        start = m_start
        while start and text[start - 1] in MARK_SPACES:
            start -= 1
        if start < converted_until:
            start = converted_until
        end = m_end
        while end < length and text[end] in MARK_SPACES:
            end += 1
        if (protected and _inside(protected, m_start)) or not _cjk_context(
            text, m_start, end, converted_until
        ):
            continue
        if mark in MARKS:
            if text[m_start - 1 : m_start].isdigit() and text[m_end : m_end + 1].isdigit():
                continue  # 1,000 and 10:30 stay numbers
            kind, message = MARK_LOG[mark]
            edits.append(Edit(start, end, MARKS[mark], kind, message))
        elif mark[0] in ".。…":
            edits.append(Edit(start, end, "……", "cjk-ellipsis", f"{mark!r} in Chinese text"))
        elif len(mark) in (2, 4):  # "--" and "----" are dashes; longer runs are rules
            edits.append(Edit(start, end, "——", "cjk-dash", f"{mark!r} in Chinese text"))
        else:
            continue
        converted_until = end
    if len(edits) > len(converted):
        edits.sort(key=attrgetter("start"))  # no two start at one place
    return edits


def _quoted_term(text: str, start: int, end: int, inner: str) -> bool:
    """`空间站"T"字`, `"GDP"的`: a single Latin term between Han characters is quoted the
    Chinese way; a quotation with spaces (an English sentence) keeps its straight quotes."""
    return (
        bool(inner)
        and not any(ch.isspace() for ch in inner)
        and HAN_RE.match(text, start - 1) is not None
        and HAN_RE.match(text, end) is not None
    )


SEVERITY = Edit._field_defaults["severity"]


def _pair_edits(text: str, protected: list[tuple[int, int]]) -> list[Edit]:
    pieces = []
    for match in _matches(text, PAIR_RE, PAIR_STARTS):
        start, end = match.span()
        if protected and _inside(protected, start):
            continue
        inner = match[match.lastindex or 0]  # the one group of the alternative that matched
        han_inside = HAN_RE.search(inner) is not None
        if not han_inside and not HAN_RE.search(text[start - 1 : start] + text[end : end + 1]):
            continue
        opener = text[start]
        if opener == "(":
            (wide_open, wide_close), kind = ("（", "）"), "cjk-parenthesis"
        elif opener == '"':
            if not han_inside and not _quoted_term(text, start, end, inner):
                continue  # an English quotation inside Chinese text keeps straight quotes
            (wide_open, wide_close), kind = ("“", "”"), "cjk-quote"
        else:
            if not han_inside:
                continue
            (wide_open, wide_close), kind = ("‘", "’"), "cjk-quote"
        message = f"ASCII {opener}…{text[end - 1]} pair in Chinese text"
        pieces.append((start, start + 1, wide_open, kind, message, SEVERITY))
        pieces.append((end - 1, end, wide_close, kind, message, SEVERITY))
    # each record made by `tuple.__new__`, not the named tuple's Python constructor
    return list(map(tuple.__new__, repeat(Edit), pieces))


# a bracket whose partner is already full-width: `（10月31日)`, `(11月1日）`
MIXED_CLOSE_RE = re.compile(r"（[^（）()\n]*(\))")
MIXED_OPEN_RE = re.compile(r"(\()[^（）()\n]*）")


def _mixed_pair_edits(text: str, protected: list[tuple[int, int]]) -> list[Edit]:
    """One half of a pair made ASCII: it takes its partner's width, Han inside or not."""
    edits = []
    for regex, wide in ((MIXED_CLOSE_RE, "）"), (MIXED_OPEN_RE, "（")):
        for match in regex.finditer(text):
            start, end = match.span(1)
            if not _inside(protected, start):
                message = f"ASCII {match.group(1)!r} paired with a full-width bracket"
                edits.append(Edit(start, end, wide, "cjk-parenthesis", message))
    return edits


def _period_edits(text: str, protected: list[tuple[int, int]]) -> list[Edit]:
    """`.` ending a Chinese sentence made `。`, with the spaces after it."""
    edits = []
    pos = text.find(".")
    while pos >= 0:
        match = full_stop_at(text, pos)
        if match and not _inside(protected, pos):
            edits.append(
                Edit(pos, match.end(), "。", "cjk-period", "ASCII '.' ending a Chinese sentence")
            )
        pos = text.find(".", pos + 1)
    return edits


def widen_cjk_punctuation(text: str, config: Config, context: Context) -> list[Edit]:
    """ASCII punctuation in Chinese context made full width; Latin text and numbers left alone.

    >>> text = '报告(上),共 1,000 人. Yes; fine. 完了. 下一句'
    >>> [e.after for e in widen_cjk_punctuation(text, Config(), Context())]
    ['（', '）', '，', '。']
    """
    if context.japanese(text):
        # Japanese text writes `…`, `(…)` and `!` as it likes: the rules below are Chinese
        # conventions (the clean livedoor articles of bench/clean_text.py, tuning half: 29 of 67
        # had ASCII brackets, ellipses or marks changed, each a false repair of correct text)
        return []
    protected = _protected_spans(text)
    mixed = [e for e in mixed_quote_edits(text) if not _inside(protected, e.start)]
    # the straight quotes taken by a curly partner out of PAIR_RE's way
    paired_text = _with_quotes_set(text, mixed)
    edits = _mark_edits(text, protected) + _pair_edits(paired_text, protected) + mixed
    edits += _period_edits(text, protected)
    return without_overlaps(
        sorted(edits + _mixed_pair_edits(text, protected), key=attrgetter("start"))
    )


def _with_quotes_set(text: str, edits: list[Edit]) -> str:
    """`text` with `edits` (one character for one, as `mixed_quote_edits` makes them) made in
    turn, by one join: a copy of the text for each edit grew with the text times its quotes."""
    quotes = {edit.start: edit.after for edit in edits}  # (a later edit of one character wins)
    pieces: list[str] = []
    cursor = 0
    for at in sorted(quotes):
        pieces += (text[cursor:at], quotes[at])
        cursor = at + 1
    return "".join(pieces) + text[cursor:]
