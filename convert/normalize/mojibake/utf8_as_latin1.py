"""UTF-8 read as cp1252 or Latin-1 (`ä¸­æ–‡` for 中文, `cafÃ©` for café): ftfy, configured so
that it repairs the encoding and nothing else. Its defaults would also turn `，；（）“”` into
ASCII, NFC-normalize CJK compatibility ideographs, and delete control characters and line breaks
that other passes own and record. Runs too short for ftfy are repaired next to CJK text."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import compress
from operator import ne
from typing import TYPE_CHECKING

from ...changes import Severity
from ...chars import CJK_RE, is_wide
from .common import LATIN_RUN_RE, REPLACEMENT, Repair, cjk_or_punct, is_utf8, latin_bytes, overlaps

if TYPE_CHECKING:
    import ftfy

# ftfy's encoding repair and nothing else: each option below is a job another pass owns, or a
# change that damages CJK text. (`ftfy_config` builds ftfy's config from them.)
FTFY_OPTIONS = dict(
    unescape_html=False,  # HTML entities are markup, not an encoding accident
    remove_terminal_escapes=False,  # control characters: the invisible pass removes and records
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,  # \x93…\x94 are cp1252 quotes read as Latin-1; better than deletion
    fix_latin_ligatures=False,  # ﬁ is a typesetting choice, not damage
    fix_character_width=False,  # would narrow full-width punctuation ，；（）
    uncurl_quotes=False,  # would turn “” ‘’ into ASCII quotes
    fix_line_breaks=False,  # the line-endings pass owns line breaks
    fix_surrogates=False,  # strict decoding never produces surrogates
    remove_control_chars=False,  # the invisible pass owns them
    normalization=None,  # NFC rewrites CJK compatibility ideographs; NFKC narrows punctuation
    explain=False,
)


@cache
def ftfy_config() -> ftfy.TextFixerConfig:
    """ftfy's config of FTFY_OPTIONS; ftfy (and wcwidth, which it imports) is imported here, on a
    text's first suspect line, since most texts have none and the import is a tenth of a cold
    call's main process (bench/README.md, "Cold call, third step")."""
    import ftfy

    return ftfy.TextFixerConfig(**FTFY_OPTIONS)  # type: ignore[arg-type]


# A line ftfy could change holds a character of the single-byte codecs whose mojibake it repairs
# (Latin-1, cp1250-cp1252, cp1251, cp437, MacRoman): others are not worth asking it about.
FTFY_SUSPECT_RE = re.compile("[\u0080-\u052f\u2200-\u22ff\u2500-\u257f]")


def ftfy_repairs(line: str) -> list[Repair]:
    """ftfy's repair of one line, cut into runs (one character between two changes joins them).

    A line that opens with the tail of a character (`cut_head`) is repaired after it: ftfy
    reads a run whose first bytes decode as nothing as no mojibake at all, or repairs only its
    end, and its C1 bytes become cp1252 letters (`\x8dï¼\x8cå\x9d\x9a`, the `，坚` after
    the head of 位 that a page break left on the page before, gave `Œ` and `š`)."""
    head = cut_head(line)
    if head:
        return [_shifted(r, head) for r in ftfy_repairs(line[head:])]
    if not FTFY_SUSPECT_RE.search(line) or not ftfy_may_change(line):
        return []
    fixed = c1_controls_fixed(line)
    if fixed is None:
        import ftfy

        fixed = ftfy.fix_text(line, ftfy_config())
    if fixed == line:
        return []
    runs: list[tuple[int, int, str]] = []
    for tag, i1, i2, j1, j2 in aligned(line, fixed):
        if tag == "equal":
            continue
        if runs and i1 - runs[-1][1] <= 1 and not line[runs[-1][1] : i1].isspace():
            start, end, after = runs[-1]
            runs[-1] = (start, i2, after + line[end:i1] + fixed[j1:j2])
        else:
            runs.append((i1, i2, fixed[j1:j2]))
    return [_ftfy_repair(line, a, b, after) for a, b, after in runs]


# the most continuation bytes (80-BF) a UTF-8 character has after its lead byte
MAX_CONTINUATION = 3


def cut_head(line: str) -> int:
    """How many characters the line opens with that are the tail of a UTF-8 character whose
    lead byte stands before the line (0 if none): one to three continuation bytes read as
    Latin-1 or cp1252, then a whole UTF-8 character of three bytes (a CJK character or mark)
    read alike.

    A break inside a run of mojibake may fall inside a character: a wrap does (`wraps.py` joins
    such lines), and so does a page break, whose running head and folio stand between the
    halves until the furniture pass takes them out; the page's first line then opens with the
    character's last bytes. A line of European text does not open with a continuation byte
    (`¾`, `©`, `€`, a C1 control) right before the three bytes of a CJK character read as
    Latin-1 (`ä¸\xad`). Evidence: bench/accuracy.py's tuning seeds, where two runs cut by a
    page break were left half repaired (seed 1 article 130, seed 4 article 214)."""
    head = 0
    while head < MAX_CONTINUATION and head < len(line) and _continuation(line[head]):
        head += 1
    if not head:
        return 0
    data = latin_bytes(line[head : head + 3])
    if data is None or len(data) != 3 or not 0xE0 <= data[0] <= 0xEF:
        return 0
    if not all(_is_continuation_byte(b) for b in data[1:]):
        return 0
    return head if is_utf8(data) else 0


def _continuation(ch: str) -> bool:
    data = latin_bytes(ch)
    return data is not None and len(data) == 1 and _is_continuation_byte(data[0])


def _is_continuation_byte(byte: int) -> bool:
    return 0x80 <= byte <= 0xBF


def _shifted(repair: Repair, shift: int) -> Repair:
    return repair._replace(start=repair.start + shift, end=repair.end + shift)


C1_CONTROLS_RE = re.compile("[\u0080-\u009f]")


def ftfy_may_change(line: str) -> bool:
    """False where `ftfy.fix_text(line, ftfy_config())` certainly returns the line unchanged.

    Of what FTFY_OPTIONS leaves on, the encoding repair first asks `is_bad` (ftfy's own test for
    mojibake) and leaves text it finds clean alone, and `fix_c1_controls` changes only C1
    controls; a line of ftfy's length limit or less is one segment. Most suspect lines are
    correct text with a `·` or a `×` in them, and `is_bad` alone costs half of `fix_text`
    (`tests/.../test_utf8_as_latin1.py` checks the two agree on the corpus)."""
    if len(line) > ftfy_config().max_decode_length or C1_CONTROLS_RE.search(line):
        return True
    if not _badness_needs_re().search(line):
        return False  # most suspect lines: a no-break space, a soft hyphen, a `·`
    from ftfy.badness import is_bad

    return is_bad(line)


# Characters none of ftfy's single-byte codecs (`ftfy.chardata.CHARMAP_ENCODINGS`) holds (checked
# for every codec in `tests/.../test_utf8_as_latin1.py`): CJK punctuation, kana and full-width
# forms, which Chinese text has on nearly every line. (Han and hangul too: the regex compiler
# walks each code point of a class's ranges, ~33 M instructions a process; bench/README.md.)
NO_CHARMAP_RE = re.compile("[\u3000-\u30ff\uff00-\uffef]")


def c1_controls_fixed(line: str) -> str | None:
    """`ftfy.fix_text(line, ftfy_config())` where it is certainly the line with its C1 controls
    read as cp1252 (`ftfy.fixes.fix_c1_controls`), else None: asked first because the Chinese
    articles whose lines end in NEL (`\x85`, a C1 control) are ftfy's costliest lines.

    With FTFY_OPTIONS, `fix_text` of one segment (no LF, ftfy's length limit or less) repeats
    its encoding repair and `fix_c1_controls` until nothing changes; every other fixer is off.
    The encoding repair, on a text that is bad (`is_bad`; else it leaves it) tries the
    single-byte codecs, none of which encodes a character of NO_CHARMAP_RE (so neither its
    Latin-1 nor its Latin-1-for-cp1252 step applies), then `decode_inconsistent_utf8` where
    `UTF8_DETECTOR_RE` matches, then `fix_c1_controls`. Where that regex matches neither the
    line nor the line so fixed (no character it opens with, `_utf8_first_byte_re`), each round
    gives the fixed line (the five C1 controls cp1252
    leaves undefined stay as they are, so it is a fixed point). Hypothesis holds it to
    `fix_text` (`tests/.../test_utf8_as_latin1.py`)."""
    if (
        len(line) > ftfy_config().max_decode_length
        or "\n" in line
        or NO_CHARMAP_RE.search(line) is None
    ):
        return None
    from ftfy.fixes import fix_c1_controls

    first = _utf8_first_byte_re().search
    if first(line):
        return None
    fixed = fix_c1_controls(line)
    return None if fixed != line and first(fixed) else fixed


@cache
def _utf8_first_byte_re() -> re.Pattern[str]:
    """A character every match of ftfy's `UTF8_DETECTOR_RE` opens with: a UTF-8 lead byte as
    one of its codecs reads it (one class, searched far quicker than that pattern)."""
    from ftfy.chardata import UTF8_CLUES

    names = ("utf8_first_of_2", "utf8_first_of_3", "utf8_first_of_4")
    return re.compile(f"[{''.join(re.escape(UTF8_CLUES[name]) for name in names)}]")


# What `_badness_needs_re` adds to ftfy's categories: the letters its patterns for other
# codecs' mojibake (MacRoman, cp1251, cp1253) name outside them.
BADNESS_LETTERS = "ÙóЂВГРСΒΓΞΟ"


@cache
def _badness_needs_re() -> re.Pattern[str]:
    """A character every match of ftfy's `is_bad` holds: each of its patterns names, in a place
    it must fill, only characters of these categories or BADNESS_LETTERS (the no-break space,
    soft hyphen, `·`, quotes and dashes it also names stand beside one of them). A search for one
    class is a fraction of `is_bad`'s search, which tries some thirty patterns at each character
    (`tests/.../test_utf8_as_latin1.py` proves the claim on ftfy's own pattern)."""
    from ftfy.badness import MOJIBAKE_CATEGORIES

    names = ("c1", "bad", "law", "currency", "numeric", "upper_accented", "lower_accented", "box")
    return re.compile(f"[{''.join(MOJIBAKE_CATEGORIES[name] for name in names)}{BADNESS_LETTERS}]")


Opcode = tuple[str, int, int, int, int]


def aligned(a: str, b: str) -> Sequence[Opcode]:
    """`difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()`, computed position by
    position where that is certainly its answer (difflib is pure Python and quadratic on a line).

    That is when a and b have one length, and no character of a that differs from b's at its
    position occurs anywhere in b, nor one of b's in a (ftfy turning each NEL of a line into `…`):
    then every common substring of a and b lies inside a stretch where they agree position by
    position, the longest one (and the first of equal length, difflib's tie-break) is such a
    stretch at the same place in both, and so on in the parts left and right of it; so difflib's
    matching blocks are exactly those stretches, and what lies between them is replaced.
    """
    if len(a) == len(b):
        differ = list(compress(range(len(a)), map(ne, a, b)))
        if _none_in(map(a.__getitem__, differ), b) and _none_in(map(b.__getitem__, differ), a):
            return _position_opcodes(len(a), differ)
    return difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()


def _none_in(chars: Iterable[str], text: str) -> bool:
    """No character of `chars` occurs in `text`: a search of the text for each character (most
    lines differ from ftfy's repair in one or two), not a step for each of its characters, as
    `set.isdisjoint(text)` takes."""
    return not any(ch in text for ch in set(chars))


def _position_opcodes(length: int, differ: list[int]) -> list[Opcode]:
    """The opcodes of two strings of `length` that differ exactly at the positions `differ`."""
    opcodes: list[Opcode] = []
    cursor = 0
    index = 0
    while index < len(differ):
        start = end = differ[index]
        while index < len(differ) and differ[index] == end:
            end += 1
            index += 1
        if start > cursor:
            opcodes.append(("equal", cursor, start, cursor, start))
        opcodes.append(("replace", start, end, start, end))
        cursor = end
    if cursor < length:
        opcodes.append(("equal", cursor, length, cursor, length))
    return opcodes


def _ftfy_repair(line: str, start: int, end: int, after: str) -> Repair:
    severity: Severity = "error" if REPLACEMENT in after else "info"
    if start < end and all("\x80" <= ch <= "\x9f" for ch in line[start:end]):
        message = "cp1252 punctuation read as Latin-1 (ftfy)"
        return Repair(start, end, after, "cp1252-as-latin1", message, severity)
    message = "UTF-8 text read as cp1252/Latin-1 (ftfy)"
    return Repair(start, end, after, "utf8-as-latin1", message, severity)


def short_utf8_repairs(line: str, taken: Sequence[Repair]) -> list[Repair]:
    """UTF-8 read as Latin-1/cp1252 that ftfy declines because the run is short (`å§”` is 委,
    `ä¼\xa0è¾¾` is 传达): repaired when the run's bytes are strict UTF-8 of CJK characters and
    punctuation only, and a CJK character stands next to it. European text almost never forms a
    UTF-8 CJK sequence (a letter of E4-E9 followed by two of 80-BF, symbols and controls)."""
    repairs = []
    for match in LATIN_RUN_RE.finditer(line):
        start, end = match.span()
        if overlaps(taken, start, end):
            continue
        data = latin_bytes(match.group())
        if data is None or not is_utf8(data):
            continue
        repaired = data.decode("utf-8")
        if not all(cjk_or_punct(ch) for ch in repaired) or not CJK_RE.search(repaired):
            continue
        before, after = line[start - 1 : start], line[end : end + 1]
        if (before and is_wide(before)) or (after and is_wide(after)):
            message = "UTF-8 text read as cp1252/Latin-1 (a short run next to CJK text)"
            repairs.append(Repair(start, end, repaired, "utf8-as-latin1", message, "info"))
    return repairs
