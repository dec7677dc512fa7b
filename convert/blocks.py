"""Blocks (runs of text between blank lines) and what a block looks like.

The layout-break repair and the structure stage must agree on what a heading is: a layout pass that
thought a heading was a paragraph fragment would swallow it into the next paragraph, and no later
stage could recover it. So both ask the questions in this module.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from .chars import CLOSERS, CONTINUATION_END, SENTENCE_END, han_ratio, mostly_wide
from .config import Config

BLANK_LINES_RE = re.compile(r"\n[^\S\n]*\n\s*")
SUBTITLE_RE = re.compile(r"^(?:——|──|—|--|－－)\s*")
BYLINE_CJK_RE = re.compile(
    r"^[□■◇◆]?\s*(?P<role>(?:本报|本刊|新华社|央视)?(?:特约|实习)?(?:记者|通讯员|评论员|撰稿人?))"
    r"[\s　:：]*(?P<names>.*)$"
)
BYLINE_EN_RE = re.compile(r"^(?:By|BY|by)\s+(?P<names>[A-Z][^.!?]*)$")
CHAPTER_EN_RE = re.compile(
    r"^(?:chapter|part|book|section|letter|volume|act|scene)\s+(?:[0-9]+|[ivxlcdm]+|[a-z]+)\b",
    re.IGNORECASE,
)
# `央视网消息（新闻联播）：`, `本报讯（记者 王磊）`, `新华社北京10月17日电`, `BEIJING, Oct. 17 —`:
# where and from whom the story comes; it opens the first paragraph and is never a heading
DATELINE_RE = re.compile(
    r"^(?:\S{1,12}(?:消息|讯|电)\s*(?:[（(][^）)\n]{0,30}[）)])?\s*[：:]"
    r"|\S{0,6}(?:消息|讯|电)\s*[（(][^）)\n]{0,30}[）)]"
    r"|(?:本报|新华社|中新社)\S{0,12}(?:讯|电)(?:$|\s|[（(])"
    r"|[A-Z][A-Z .'-]{2,30}, [A-Z][a-z]{2,4}\.? \d{1,2}(?:, \d{4})? ?[—–-]{1,2})"
)
QUOTED_RE = re.compile(r"《[^》]*》|“[^”]*”|「[^」]*」")
# a chapter line that is a heading even though it ends with a full stop: `CHAPTER I.`
CHAPTER_LINE_RE = re.compile(
    r"(?:chapter|part|book|volume|act|scene)\s+(?:[0-9]+|[ivxlcdm]+|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve)(?:[.:]\s+[A-Z][^\n.!?]{0,60})?[.:]?",
    re.IGNORECASE,
)
INNER_STOPS_RE = re.compile(r"[。！？；;!?]")
INNER_PAUSES_RE = re.compile(r"[，、,]")
DIGITS_RE = re.compile(r"[0-9]+")


class Block(NamedTuple):
    start: int
    end: int
    text: str


def split_blocks(text: str) -> list[Block]:
    """Blocks between blank lines, with offsets into `text` (surrounding white space excluded).

    A blank-line match ends with all the white space after it, so every block but the first
    starts where the match ended: only the first needs its leading white space measured.
    """
    blocks: list[Block] = []
    append = blocks.append
    make = Block._make
    pos = 0
    for match in BLANK_LINES_RE.finditer(text):
        if pos:
            stripped = text[pos : match.start()].rstrip()  # starts with no white space
            append(make((pos, pos + len(stripped), stripped)))
        else:
            _append_stripped(append, text[: match.start()], 0)
        pos = match.end()
    _append_stripped(append, text[pos:], pos)
    return blocks


def _append_stripped(append: Callable[[Block], None], chunk: str, pos: int) -> None:
    """The chunk at `pos` as a block without its surrounding white space, unless it is blank."""
    stripped = chunk.strip()
    if stripped:
        start = pos + len(chunk) - len(chunk.lstrip())
        append(Block(start, start + len(stripped), stripped))


def last_mark(text: str) -> str:
    """The last character that decides whether the text ends a sentence (closers skipped)."""
    stripped = text.rstrip()
    while stripped and stripped[-1] in CLOSERS:
        stripped = stripped[:-1].rstrip()
    return stripped[-1:] if stripped else ""


def ends_paragraph(text: str) -> bool:
    mark = last_mark(text)
    return mark != "" and mark in SENTENCE_END


# a speech broken off by a dash, or a line that introduces a quotation with a colon
SPEECH_BREAKS = ('—"', '--"', "—”", "--”", ':"', ":”")


def breaks_off_speech(text: str) -> bool:
    """A Latin paragraph may end in a quotation that closes without a full stop.

    `when we are better acquainted--"` (a speech broken off, the next paragraph tells who broke
    in) and `I will read it to you:"` (the letter read out follows as quotations of its own)
    end their paragraphs, though the mark before the closing quote ends no sentence.
    """
    return text.endswith(SPEECH_BREAKS) and not mostly_wide(text)


# letters a line in capitals needs to be a heading (not `I.` or `A`)
MIN_CAPITALS = 3


def in_capitals(text: str, config: Config) -> bool:
    """An English heading set in capitals, full stop and all: `THE AMATEUR CHURCH ORGANIST.`

    `looks_like_heading` refuses a line that ends a sentence; a magazine's headings and
    bylines (`BY THE HON. VICTORIA GROSVENOR.`) often do.
    """
    letters = 0
    for c in text:  # (stops at the first letter that is not an ASCII capital: most texts' first)
        if c.isalpha():
            if not (c.isupper() and c.isascii()):
                return False
            letters += 1
    return letters >= MIN_CAPITALS and len(text.split()) <= config.max_heading_words


# Chinese function words that need what follows them: a structural particle, conjunctions and
# prepositions, the copula (`…需要付出艰辛努力的` / `宏伟事业`). No headline or paragraph of
# zh-news-xwlb (325 titles, 1,659 paragraphs) ends with one.
HAN_CONTINUATION_END = "的和与及或把被向从将是"


def ends_mid_sentence(text: str) -> bool:
    """True where a paragraph certainly cannot end: a pause mark, an open bracket, a lowercase word,
    a Chinese particle or preposition."""
    stripped = text.rstrip()
    if not stripped:
        return False
    last = stripped[-1]
    return (
        last in CONTINUATION_END
        or (last.islower() and last.isascii())
        or (last in HAN_CONTINUATION_END and len(stripped) > 1)
    )


def space_at_break(gap: str, left: str, right: str) -> bool:
    """The source had one space where a wrap or a layout break fell between two CJK words.

    CJK text has no spaces between words, but a headline or a title inside 《》 may hold one
    between its halves (`《加强和改进人民政协工作 全面发展协商民主》`); a break that falls there
    leaves the space at the end of one line or the start of the next. `gap` is the text the
    break replaces; only a single space (ASCII or no-break) beside the text counts: two or more,
    or an ideographic space, are an indentation, and a space alone on a blank line is nothing.
    """
    return (
        (gap[:1] in SINGLE_SPACES or gap[-1:] in SINGLE_SPACES)
        and gap.replace("\n", "") in SINGLE_SPACES
        and left[-1:].isalnum()
        and right[:1].isalnum()
    )


SINGLE_SPACES = (" ", "\u00a0")


def edge_spaces_everywhere(text: str) -> bool:
    """The text's lines end (or start) with a single space throughout: an editor's habit, not
    spaces between words where a wrap fell (`space_at_break`). One line in four or more, three
    at least.

    Counted in the text, not line by line (unwrap and layout ask of whole texts): a line ends
    with one space where " \n" stands and "  \n" does not, and starts with one where "\n "
    stands and "\n  " does not; the first and last lines are asked apart.
    """
    ends = text.count(" \n") - text.count("  \n") + (text[-1:] == " " and text[-2:-1] != " ")
    starts = text.count("\n ") - text.count("\n  ") + (text[:1] == " " and text[1:2] != " ")
    edges = ends + starts
    return edges >= MIN_EDGE_SPACES and edges * 4 >= text.count("\n") + 1


MIN_EDGE_SPACES = 3


def quotes_balanced(text: str) -> bool:
    return (
        text.count("“") == text.count("”")
        and text.count("「") == text.count("」")
        and text.count("（") == text.count("）")
        and text.count("《") == text.count("》")
        and text.count("(") == text.count(")")
        and text.count('"') % 2 == 0
    )


def is_subtitle(text: str) -> bool:
    return bool(SUBTITLE_RE.match(text)) and len(SUBTITLE_RE.sub("", text)) > 0


def is_byline(text: str) -> bool:
    """`□本报记者 张晶 边磊`, `By Jane Austen`; not `记者从江苏省生态环境厅获悉，…`, a sentence
    that opens with the reporter: names hold no sentence punctuation."""
    if "\n" in text:
        return False
    cjk = BYLINE_CJK_RE.match(text)
    if cjk:
        return not SENTENCE_PUNCTUATION_RE.search(cjk.group("names"))
    return bool(BYLINE_EN_RE.match(text))


SENTENCE_PUNCTUATION_RE = re.compile(r"[，。；！？,;!?]")


def has_bare_comma(text: str) -> bool:
    """A comma outside quotes and book-title marks: rare in a headline, common in a sentence."""
    if "，" not in text and "," not in text:
        return False  # cheap: most headings hold no comma at all
    bare = QUOTED_RE.sub("", text)
    return "，" in bare or "," in bare


# words a title leaves in lowercase (Chicago, APA): a Title Case line may hold them in the middle
# fmt: off
TITLE_SMALL_WORDS = frozenset((
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in",
    "of", "off", "on", "per", "to", "up", "via", "with", "from", "into", "onto", "upon",
    "over", "than", "vs", "de", "du", "la", "le", "von", "van", "der",
))
# fmt: on
TITLE_WORD_RE = re.compile(r"[A-Z][\w'’-]*")


def is_title_case_line(text: str) -> bool:
    """Every word capitalised but the small ones in the middle: `Hostile Input Sampler`.

    Such a line is a title even though it ends in a lowercase letter; a wrapped line of prose
    that happens to end in a name (`said Miss Bingley`) starts with a lowercase word, and one
    with a full stop inside (`Mr. Darcy`) is a sentence's tail, so both are left out.
    """
    words = text.split()
    if not words or "." in text or not TITLE_WORD_RE.fullmatch(words[0]):
        return False
    if not TITLE_WORD_RE.fullmatch(words[-1]):
        return False
    return all(TITLE_WORD_RE.fullmatch(w) or w in TITLE_SMALL_WORDS for w in words[1:-1])


# document parts that head a section; a line made of other capitalised words alone is a name
# fmt: off
STRUCTURE_WORDS = frozenset((
    "abstract", "acknowledgements", "acknowledgments", "addendum", "afterword", "appendix",
    "background", "bibliography", "book", "chapter", "conclusion", "conclusions", "contents",
    "dedication", "discussion", "epilogue", "foreword", "glossary", "index", "interlude",
    "introduction", "methods", "notes", "overview", "part", "preamble", "preface", "prelude",
    "prologue", "references", "results", "section", "summary", "volume",
))
# fmt: on
NAME_WORD_RE = re.compile(
    r"(?:[A-Z]\.){1,3}|[A-Z][a-z]*(?:['’-][A-Z][a-z]+)?|[A-Z]{2,}(?:['’-][A-Z]+)?"
)
NAME_PARTICLES = frozenset({"de", "van", "von", "der", "da", "di", "la", "le", "du", "del", "bin"})


def is_name_line(text: str) -> bool:
    """A person's name alone on a line (`HAMILTON`, `Jane Austen`, `J. R. Smith`): a byline.

    One to four capitalised words, no digits, no document-part word (`Introduction`), an optional
    full stop after a single name (`PUBLIUS.`, a signature).
    """
    if "\n" in text or CHAPTER_LINE_RE.fullmatch(text) or CHAPTER_EN_RE.match(text):
        return False
    words = (
        text.removesuffix(".").split() if text.count(".") == 1 and " " not in text else text.split()
    )
    if not 1 <= len(words) <= 4:
        return False
    if any(w.lower().strip(".") in STRUCTURE_WORDS for w in words):
        return False
    names = [w for w in words if w not in NAME_PARTICLES]
    return bool(names) and all(NAME_WORD_RE.fullmatch(w) for w in names)


def is_dateline(text: str) -> bool:
    return bool(DATELINE_RE.match(text))


# a sentence that leans on the one before: a pronoun or demonstrative for its subject (`他强调，`,
# `此次减免措施…`, `其中，`), or none at all, a speech going on (`要坚持…`, `必须…`); in
# zh-news-xwlb wrapped at 30-45, 4 % of those after a full line that ends a sentence open a
# paragraph (13 of 297)
CONTINUATION_RE = re.compile(r"他|她|它|其|此|这|该|要|必须|我们|大家")


def is_bare_dateline(text: str) -> bool:
    """A dateline alone in its block (`央视网消息（新闻联播）：`): its paragraph comes next."""
    match = DATELINE_RE.match(text)
    return match is not None and not text[match.end() :].strip()


def looks_like_heading(text: str, config: Config) -> bool:
    """See `_looks_like_heading`; cached, as the unwrap and layout passes ask about every line."""
    if len(text) > MAX_HEADING_LENGTH:
        return False
    return _looks_like_heading(text, config.max_heading_chars, config.max_heading_words)


# no heading is longer than this many characters, whatever the configuration says about words
MAX_HEADING_LENGTH = 400
BOOK_TITLE_RE = re.compile(r"《[^》]*》")
# a work's title inside a headline counts as a noun of this many characters
BOOK_TITLE_LENGTH = 6


def heading_length(text: str) -> int:
    """A headline's length with each 《…》 counted as one noun.

    The title of a programme or a law runs long (`《中国梦·劳动美——2025五一国际劳动节“心连心”
    特别节目》今晚播出` is 38 characters), yet the line is a headline of a few words.
    """
    if "《" not in text:
        return len(text)
    excess = sum(
        max(0, m.end() - m.start() - BOOK_TITLE_LENGTH) for m in BOOK_TITLE_RE.finditer(text)
    )
    return len(text) - excess


@lru_cache(maxsize=8192)
def _looks_like_heading(text: str, max_heading_chars: int, max_heading_words: int) -> bool:
    """A short single line that reads as a title rather than as part of a sentence.

    Chinese news headings run to 30-odd characters, may hold a pause (`、`, one `，`) but never a
    sentence stop, and never end with punctuation. English headings are short, never end with a
    lowercase letter mid-sentence style, and often are `Chapter N` or set in capitals.
    """
    if "\n" not in text and CHAPTER_LINE_RE.fullmatch(text):
        return True  # `CHAPTER I.`, `Chapter 1`, `BOOK TWO`
    if "\n" in text or not text or ends_paragraph(text):
        return False
    if ends_mid_sentence(text) and not is_title_case_line(text):
        return False  # `…the subject of` is a wrapped sentence; `General Introduction` is not
    if not quotes_balanced(text) or INNER_STOPS_RE.search(text) or is_dateline(text):
        return False
    if len(INNER_PAUSES_RE.findall(text)) > 2:
        return False
    if han_ratio(DIGITS_RE.sub("", text)) >= 0.5:
        # digits are set in Chinese headlines as in English ones (`2023年全国消防宣传月…`)
        return heading_length(text) <= max_heading_chars
    words = text.split()
    if CHAPTER_EN_RE.match(text):
        return len(words) <= max_heading_words
    if text.endswith((":", "：")):
        return False  # a salutation (`To the People of the State of New York:`) or a lead-in
    if text[:1].islower():
        return False  # `and lastly, THE ADDITIONAL SECURITY WHICH ITS`: a sentence goes on
    if len(words) > max_heading_words or text.endswith(","):
        return False
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return True
    # Title case: most words longer than three letters begin with a capital.
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.6 * len(long_words)
