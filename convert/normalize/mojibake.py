"""Mojibake: text that was decoded with the wrong codec before Galley saw it.

Three histories are reversed, each only where the reversal decodes and reads better than what is
there, because a false repair destroys correct text while a missed one leaves visible damage:

* GBK read as Latin-1 or cp1252 (`ÄãºÃ` for 你好): runs of Latin-1 letters are re-encoded and
  decoded as GB18030. Checked first, because ftfy would otherwise "repair" pieces of such a run as
  UTF-8 (`Ï¯` becomes Greek `ϯ`).
* UTF-8 read as cp1252 or Latin-1 (`ä¸­æ–‡` for 中文, `cafÃ©` for café): ftfy, configured so
  that it repairs the encoding and nothing else. Its defaults would also turn `，；（）“”` into
  ASCII, NFC-normalize CJK compatibility ideographs, and delete control characters and line
  breaks that other passes own and record.
* UTF-8 read as GBK (`浣犲ソ` for 你好), which ftfy declines, whole lines or a phrase glued inside
  correct Chinese text (`中央广播鐢佃�嗘�诲彴…` for 中央广播电视总台…): read back byte by byte
  from where a character's GBK bytes start a UTF-8 character, and kept where the text reads far
  better decoded (`gbk_misread.py`). Where the wrong decoding dropped a byte (the `�` it wrote),
  the decoder's own rules leave a few characters that fit; one is restored when it alone fits,
  or when it reads clearly best among them by word frequency (the message asks the editor to
  check; never in Japanese, the word list being Chinese); otherwise the character is marked `�`
  and the repair is an error for the editor. A byte lost next to a hard wrap is judged with the
  other line's edge as context. What this leaves (hangul, 锟斤拷) goes to the older
  run-by-run repair: runs of CJK characters re-encoded as GB18030 and decoded as UTF-8.

"Reads better" is measured with character frequencies from wordfreq's Chinese list: a repaired run
must be common Chinese, and clearly more common than the run it replaces. In a line where one run
was repaired that way, shorter runs of the same history are repaired too (`10ÔÂ` for 10月).
Each repair is one Edit covering one run, so the log shows exactly which characters changed.
One GBK character read as Latin-1 inside Chinese text (`零Ê±起`) is repaired when it is everyday
Chinese; a run's edges give back the text's own `“”—…`, soft hyphen and no-break space.

A hard wrap that fell inside a character's bytes (UTF-8 or GBK read as Latin-1, a soft hyphen at
the line end looked past; a phrase of UTF-8 read as GBK) is repaired across the break, the break
inside the repair. A whole file
misread this way is undone by the reader, at the byte level (`convert/read.py`, step 11).

Every U+FFFD left in the text (the reader turns invalid UTF-8 bytes into it; an earlier lossy
decoding left it) is flagged as an error: a character is missing and only the original has it.
"""

from __future__ import annotations

import codecs
import difflib
import math
import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple

import ftfy

from ..changes import Edit, Severity
from ..chars import CJK_RE, HAN_RE, is_wide
from ..config import Config
from . import gbk_misread
from .incremental import Cut, LineLocal

if TYPE_CHECKING:
    from .context import Context

# ftfy's encoding repair and nothing else: each option below is a job another pass owns, or a
# change that damages CJK text.
FTFY_CONFIG = ftfy.TextFixerConfig(
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

# A line ftfy could change holds a character of the single-byte codecs whose mojibake it repairs
# (Latin-1, cp1250-cp1252, cp1251, cp437, MacRoman): others are not worth asking it about.
FTFY_SUSPECT_RE = re.compile("[\u0080-\u052f\u2200-\u22ff\u2500-\u257f]")
# UTF-8 read as GBK: runs of non-ASCII, non-space characters (ASCII bytes of the original stand
# between whole characters; a UTF-8 byte swallowed together with an ASCII byte stays inside the
# GBK character that swallowed it).
GBK_RUN_RE = re.compile(r"[^\x00-\x7f\s\u3000]+")
# GBK read as Latin-1/cp1252: runs of Latin-1 upper-half characters (and cp1252's extras), which
# may hold single ASCII characters (GBK trail bytes 0x40-0x7E).
CP1252_EXTRAS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
CP1252_BYTES = {ch: ch.encode("cp1252") for ch in CP1252_EXTRAS}
LATIN_RUN_RE = re.compile(
    f"[\u0080-\u00ff{CP1252_EXTRAS}](?:[\u0080-\u00ff{CP1252_EXTRAS}]|[@-~](?=[\u0080-\u00ff]))+"
)
NEL_RE = re.compile("\u0085")
NEL_ELLIPSIS_FOLLOWERS = frozenset(" \t\u0094\u0092”’\"')]")  # after "…", not after a line end
KANA_HANGUL_RE = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uac00-\ud7af]")
REPLACEMENT = "\ufffd"
GARBLED_FFFD = "锟斤拷"  # U+FFFD U+FFFD as UTF-8, read as GBK: the bytes are gone for good

MIN_SCORE = 4.5  # mean Zipf frequency of a repaired run's Han characters (的 7.8, 浣 3.5)
MIN_GAIN = 1.0  # how much more common than the run it replaces
RARE_ZIPF = 2.5
MAX_RARE_SHARE = 0.2  # share of repaired Han characters rarer than RARE_ZIPF
MIN_LATIN_RUN = 4  # non-ASCII characters a GBK-as-Latin-1 run needs on its own (two Han)
LONG_LATIN_RUN = 6  # shorter runs must not touch a Latin letter, and must decode to very
MIN_SHORT_SCORE = 5.8  # common Chinese (你好 6.8; 敲试, from the letters ÇÃÊÔ, 5.3)
LIKELY_ZIPF = 5.0  # a dropped character is restored by frequency only if this common
LIKELY_MARGIN = 2.0  # and a hundred times commoner than any other character that fits
# CJK punctuation, absent from wordfreq's word list, ranked as very common characters.
COMMON_MARKS = frozenset("、。，“”‘’《》（）：；！？…—")
COMMON_MARK_ZIPF = 7.0
MIN_RECOVERED_SHARE = 0.6  # of a partially recovered run's characters, at least this many intact


class Repair(NamedTuple):
    """One run of a line and what it becomes."""

    start: int
    end: int
    after: str
    kind: str
    message: str
    severity: Severity


# --- plausibility -------------------------------------------------------------------------------


@cache
def _han_zipf() -> dict[str, float]:
    """Zipf frequency (log10 per billion words) of each character, summed over the words of
    wordfreq's Chinese list that contain it: the list counts words, and a character that mostly
    stands inside words (容 in 内容, 京 in 北京) is rare as a word of its own."""
    from wordfreq import get_frequency_dict

    totals: dict[str, float] = {}
    for word, freq in get_frequency_dict("zh").items():
        for ch in word:
            totals[ch] = totals.get(ch, 0.0) + freq
    return {ch: math.log10(freq) + 9 for ch, freq in totals.items() if freq > 0}


def _score(text: str) -> tuple[float, float]:
    """(mean Zipf frequency of the Han characters, share of them that are rare); (0, 1) if none."""
    zipf = _han_zipf()
    values = [zipf.get(ch, 0.0) for ch in text if HAN_RE.match(ch)]
    if not values:
        return 0.0, 1.0
    return sum(values) / len(values), sum(1 for v in values if v < RARE_ZIPF) / len(values)


def _cjk_or_punct(ch: str) -> bool:
    return (
        bool(CJK_RE.match(ch))
        or "\u2010" <= ch <= "\u206f"
        or "\u3000" <= ch <= "\u30ff"
        or "\uff00" <= ch <= "\uffef"
        or ch in "·×÷°±§¨" + REPLACEMENT
    )


def _looks_cjk(text: str) -> bool:
    return len(CJK_RE.findall(text)) >= 1 and all(ch.isascii() or _cjk_or_punct(ch) for ch in text)


def _confirmed_cjk(repaired: str) -> bool:
    """Enough for a short run in a line where a longer one of the same history was repaired: CJK
    characters and punctuation only (`—` alone is A1AA read as `¡ª`), no rare Han."""
    if not all(_cjk_or_punct(ch) for ch in repaired):
        return False
    return not HAN_RE.search(repaired) or _score(repaired)[0] >= RARE_ZIPF


def _reads_better(repaired: str, damaged: str) -> bool:
    """Common Chinese (or Japanese, Korean) text, clearly more common than what it replaces."""
    intact = repaired.replace(REPLACEMENT, "")
    if len(CJK_RE.findall(intact)) < 2 or not _looks_cjk(intact):
        return False
    if not HAN_RE.search(intact):  # kana or hangul only: no frequencies; strict decoding decides
        return REPLACEMENT not in repaired and len(intact) >= 3
    score, rare = _score(intact)
    return score >= MIN_SCORE and rare <= MAX_RARE_SHARE and score >= _score(damaged)[0] + MIN_GAIN


# --- UTF-8 read as cp1252/Latin-1: ftfy --------------------------------------------------------


def _ftfy_repairs(line: str) -> list[Repair]:
    """ftfy's repair of one line, cut into runs (one character between two changes joins them)."""
    if not FTFY_SUSPECT_RE.search(line):
        return []
    fixed = ftfy.fix_text(line, FTFY_CONFIG)
    if fixed == line:
        return []
    matcher = difflib.SequenceMatcher(None, line, fixed, autojunk=False)
    runs: list[tuple[int, int, str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if runs and i1 - runs[-1][1] <= 1 and not line[runs[-1][1] : i1].isspace():
            start, end, after = runs[-1]
            runs[-1] = (start, i2, after + line[end:i1] + fixed[j1:j2])
        else:
            runs.append((i1, i2, fixed[j1:j2]))
    return [_ftfy_repair(line, a, b, after) for a, b, after in runs]


def _ftfy_repair(line: str, start: int, end: int, after: str) -> Repair:
    severity: Severity = "error" if REPLACEMENT in after else "info"
    if all("\x80" <= ch <= "\x9f" for ch in line[start:end]):
        message = "cp1252 punctuation read as Latin-1 (ftfy)"
        return Repair(start, end, after, "cp1252-as-latin1", message, severity)
    message = "UTF-8 text read as cp1252/Latin-1 (ftfy)"
    return Repair(start, end, after, "utf8-as-latin1", message, severity)


# --- GBK read as Latin-1/cp1252 ------------------------------------------------------------------


def _latin_bytes(run: str) -> bytes | None:
    """The bytes a Latin-1 or cp1252 decoder read to produce `run` (either: a "sloppy" cp1252
    decoder, as browsers and Windows use, passes the five bytes cp1252 leaves undefined through
    as C1 characters)."""
    out = bytearray()
    for ch in run:
        if ord(ch) < 0x100:
            out.append(ord(ch))
        elif ch in CP1252_BYTES:
            out += CP1252_BYTES[ch]
        else:
            return None
    return bytes(out)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _gbk_read_as_latin(
    run: str, confirmed: bool, inside_word: bool, inside_chinese: bool = False
) -> str | None:
    """The repaired run if `run` is GBK read as Latin-1 or cp1252. `confirmed`: another run of the
    line was repaired this way, so a short run needs only to decode to CJK text. `inside_word`:
    an ASCII letter touches the run. `inside_chinese`: CJK text stands on both sides (or on one,
    the line ending on the other)."""
    non_ascii = sum(1 for ch in run if not ch.isascii())
    if inside_chinese and not confirmed and non_ascii == len(run) == 2:
        return _short_gbk_inside_chinese(run)
    if non_ascii < (2 if confirmed else MIN_LATIN_RUN):
        return None
    # a short run inside a Latin word (`SÖÄ£`, `ÑÍCH`) is European text until proven otherwise
    short = non_ascii < LONG_LATIN_RUN
    if short and not confirmed and inside_word:
        return None
    data = _latin_bytes(run)
    if data is None:
        return None
    if not confirmed and _is_utf8(data):
        return None  # `HÄ±rsÄ±zÄ±` is Hırsızı: ftfy's history, unless the line proved to be GBK
    try:
        repaired = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    if confirmed:
        return repaired if _confirmed_cjk(repaired) else None
    if short and _score(repaired)[0] < MIN_SHORT_SCORE:
        return None
    return repaired if _reads_better(repaired, "") else None


def _short_gbk_inside_chinese(run: str) -> str | None:
    """One GBK character read as Latin-1/cp1252 standing inside Chinese text (`零Ê±起` is 零时起):
    too short for frequencies to judge, so it must be one character of everyday Chinese (GB2312's
    first level, or its punctuation), and not UTF-8 of CJK (`å§”` is ftfy's and the short UTF-8
    rule's). ftfy would read `Ê±` as UTF-8 too, but that gives `ʱ`, no Chinese character. Correct
    text does not put two Latin-1 letters between two ideographs."""
    data = _latin_bytes(run)
    if data is None or len(data) != 2:
        return None
    if _is_utf8(data) and all(_cjk_or_punct(ch) for ch in data.decode("utf-8")):
        return None
    try:
        repaired = data.decode("gb2312")
    except UnicodeDecodeError:
        return None
    if HAN_RE.match(repaired):
        return repaired if 0xB0 <= data[0] <= 0xD7 else None
    return repaired if _cjk_or_punct(repaired) else None


def _inside_chinese(line: str, start: int, end: int) -> bool:
    """Chinese (no kana, no hangul) on both sides of the run, or on one side and the line's edge on
    the other; and not only Latin-1 signs that Chinese text itself uses (`○○したら××まで`)."""
    if all(ch in "·×÷°±§¨" for ch in line[start:end]):
        return False
    before, after = line[start - 1 : start], line[end : end + 1]

    def chinese(ch: str) -> bool:
        return is_wide(ch) and not KANA_HANGUL_RE.match(ch)

    if not (before and chinese(before)) and not (after and chinese(after)):
        return False
    return (not before or chinese(before)) and (not after or chinese(after))


def _latin_repairs(line: str) -> list[Repair]:
    repairs: list[Repair] = []
    message = "GBK text read as Latin-1/cp1252"
    for confirmed in (False, True):
        if confirmed and not repairs:
            break
        for match in LATIN_RUN_RE.finditer(line):
            if confirmed and _overlaps(repairs, match.start(), match.end()):
                continue
            for start, end in _run_and_trimmed(line, *match.span()):
                neighbours = (line[start - 1 : start], line[end : end + 1])
                inside_word = any(c.isascii() and c.isalpha() for c in neighbours)
                repaired = _gbk_read_as_latin(
                    line[start:end], confirmed, inside_word, _inside_chinese(line, start, end)
                )
                if repaired is not None:
                    repairs.append(
                        Repair(start, end, repaired, "gbk-as-latin1", message, "warning")
                    )
                    break
    return sorted(repairs)


# cp1252's characters that Chinese text is also written with: at the edge of a run they are more
# likely the text's own marks (`ºÍ…£¬“天惠”`) than a GBK byte (0x91-0x97 pair only into GBK's rare
# extension characters); so are a soft hyphen and a no-break space (`…Ç±Á¦\xad` at a line end).
TEXT_MARKS = "‘’“”–—…\xad\xa0"


def _run_and_trimmed(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """The run, and, if it has any, the run without the text's own marks at its edges. No-break
    spaces at its edges are never part of it (0xA0 is no byte of GB2312: `\xa0\xa0` indenting a
    line is no `牋`)."""
    while start < end and line[start] == "\xa0":
        start += 1
    while end > start and line[end - 1] == "\xa0":
        end -= 1
    if start == end:
        return []
    inner_start, inner_end = start, end
    while inner_start < inner_end and line[inner_start] in TEXT_MARKS:
        inner_start += 1
    while inner_end > inner_start and line[inner_end - 1] in TEXT_MARKS:
        inner_end -= 1
    if (inner_start, inner_end) == (start, end) or inner_end == inner_start:
        return [(start, end)]
    return [(start, end), (inner_start, inner_end)]


# --- UTF-8 read as GBK ---------------------------------------------------------------------------


def _gbk_pieces(run: str) -> list[bytes] | None:
    """The bytes a GBK decoder read to produce `run`, cut where it met bytes it could not read
    (the U+FFFD it wrote): each cut is one lost character."""
    if REPLACEMENT not in run:
        try:
            return [run.encode("gb18030")]
        except UnicodeEncodeError:
            return None
    pieces = [b""]
    for ch in run:
        if ch == REPLACEMENT:
            if pieces[-1] or len(pieces) == 1:  # two bytes lost in a row: one character (。 ��)
                pieces.append(b"")
            continue
        try:
            pieces[-1] += ch.encode("gb18030")
        except UnicodeEncodeError:
            return None
    return pieces


def _utf8_length(lead: int) -> int:
    return 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if lead >= 0xF0 else 1


def _split_partial(piece: bytes) -> tuple[int, int]:
    """(continuation bytes at the start, bytes of an incomplete sequence at the end): the parts of
    the characters the lost bytes on either side broke."""
    head = 0
    while head < len(piece) and 0x80 <= piece[head] <= 0xBF:
        head += 1
    for back in range(1, min(4, len(piece) - head) + 1):
        byte = piece[-back]
        if byte >= 0xC0:
            return head, back if _utf8_length(byte) > back else 0
        if not 0x80 <= byte <= 0xBF:
            break
    return head, 0


def _commonness(ch: str) -> float:
    if ch in COMMON_MARKS:
        return COMMON_MARK_ZIPF
    return _han_zipf().get(ch, 0.0)


@lru_cache(maxsize=4096)
def _restore_lost(before: bytes, after: bytes, following: int | None) -> tuple[str, str]:
    """The character a lost byte broke (`before` + ? + `after`) and how sure that is: "exact"
    when one byte value fits (a decoder rejected it, and the UTF-8 sequence it completes is
    valid), "likely" when one fitting character is far more common than every other (0x80, the
    byte a GBK decoder drops most, is in 、。“” and 一), else U+FFFD and "lost"."""
    fits = []
    for byte in range(0x80, 0xC0):
        if not gbk_misread.rejected(byte, following):
            continue
        try:
            text = (before + bytes([byte]) + after).decode("utf-8")
        except UnicodeDecodeError:
            continue
        if len(text) == 1:
            fits.append(text)
    if len(fits) == 1:
        return fits[0], "exact"
    ranked = sorted(fits, key=_commonness, reverse=True)
    if (
        ranked
        and _commonness(ranked[0]) >= LIKELY_ZIPF
        and (len(ranked) == 1 or _commonness(ranked[1]) <= _commonness(ranked[0]) - LIKELY_MARGIN)
    ):
        return ranked[0], "likely"
    return REPLACEMENT, "lost"


def _decode_around_losses(pieces: list[bytes]) -> tuple[str, list[str]] | None:
    """UTF-8 text from the pieces, and for each lost character how it was restored. Restoring by
    frequency ("likely") is Chinese frequency: not done in Japanese or Korean text."""
    intact: list[str] = []
    losses: list[tuple[bytes, bytes, int | None] | None] = []  # None: two bytes lost in a row
    carry = b""  # the start of the character the previous loss broke
    for index, piece in enumerate(pieces):
        head, tail = _split_partial(piece)
        if (index == 0 and head) or (index == len(pieces) - 1 and tail):
            return None  # the run starts or ends inside a character: not a whole history
        if index:
            following = piece[0] if piece else None
            losses.append((carry, piece[:head], following) if piece or carry else None)
        try:
            intact.append(piece[head : len(piece) - tail].decode("utf-8"))
        except UnicodeDecodeError:
            return None
        carry = piece[len(piece) - tail :]
    chinese = not KANA_HANGUL_RE.search("".join(intact))
    out = [intact[0]]
    how = []
    for loss, text in zip(losses, intact[1:], strict=True):
        char, sure = _restore_lost(*loss) if loss is not None else (REPLACEMENT, "lost")
        if sure == "likely" and not chinese:
            char, sure = REPLACEMENT, "lost"
        out += [char, text]
        how.append(sure)
    return "".join(out), how


def _utf8_read_as_gbk(run: str, confirmed: bool) -> tuple[str, list[str]] | None:
    """(repaired run, how each lost character was restored) if `run` is UTF-8 read as GBK."""
    if not CJK_RE.search(run) or len(run) < 2:
        return None
    pieces = _gbk_pieces(run)
    if pieces is None or not pieces[0] or pieces[0][0] < 0xC2:
        return None
    if len(pieces) == 1 and not _is_utf8(pieces[0]):
        return None  # nothing was lost, so the history must decode cleanly (the common case)
    decoded = _decode_around_losses(pieces)
    if decoded is None or decoded[0] == run:
        return None
    repaired, how = decoded
    if set(repaired) == {REPLACEMENT}:  # 锟斤拷 is U+FFFD read as GBK: only the loss is known
        return (repaired, how) if GARBLED_FFFD in run or confirmed else None
    intact = len(repaired) - repaired.count(REPLACEMENT)
    if intact < MIN_RECOVERED_SHARE * len(repaired):
        return None
    if confirmed:
        return (repaired, how) if _confirmed_cjk(repaired) else None
    return (repaired, how) if _reads_better(repaired, run) else None


def _gbk_outcome(repaired: str, how: list[str]) -> tuple[str, str, str, Severity]:
    """(after, kind, message, severity) of a UTF-8-read-as-GBK repair."""
    message = "UTF-8 text read as GBK"
    lost, likely, exact = (how.count(k) for k in ("lost", "likely", "exact"))
    if exact:
        message += f"; {exact} character(s) dropped by that decoding restored (only one fits)"
    if likely:
        message += (
            f"; {likely} dropped character(s) restored as the only common one that fits: check"
        )
    if lost:
        message += f"; {lost} character(s) lost, marked �: restore them from the original"
    severity: Severity = "error" if REPLACEMENT in repaired else "warning"
    return repaired, "utf8-as-gbk", message, severity


def _utf8_lead_characters() -> frozenset[str]:
    """Characters whose GB18030 bytes are a UTF-8 lead byte (0xC2 or above) and a continuation
    byte (0x80-0xBF).

    A run of UTF-8 read as GBK starts with one: its first bytes began a UTF-8 character, and
    `_utf8_read_as_gbk` rejects every other run (whole or cut by losses, the run's first piece
    must decode as UTF-8 from its first byte). About one run in eight of Chinese text starts
    with one, so the other seven are not encoded and decoded at all.
    """
    found = set()
    for lead in range(0xC2, 0x100):
        for trail in range(0x80, 0xC0):
            data = bytes([lead, trail])
            try:
                char = data.decode("gb18030")
            except UnicodeDecodeError:
                continue
            if len(char) == 1 and char.encode("gb18030") == data:
                found.add(char)
    return frozenset(found)


UTF8_LEAD_CHARACTERS = _utf8_lead_characters()


def _character_class(chars: frozenset[str]) -> str:
    """A regex character class of `chars`, as ranges of consecutive code points."""
    codes = sorted(ord(c) for c in chars)
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )


# What a line needs for each kind of repair to be possible (necessary conditions, so a line
# with none of the three, as most lines of correct text are, is left at once):
# a GBK run (GBK_RUN_RE) that starts with a UTF-8 lead character (`_gbk_repairs`),
GBK_RUN_LEAD_RE = re.compile(
    rf"(?<![^\x00-\x7f\s\u3000])[{_character_class(UTF8_LEAD_CHARACTERS)}]"
)
# (the same found from the character before it, in a search of a whole text: a pattern that
# starts by looking behind is tried at every character, one that starts with a character class
# jumps from one ASCII character or space to the next; the non-ASCII spaces of `\s` are spelled
# out, as ranges are checked faster than a Unicode category),
NON_ASCII_SPACES = "\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
GBK_RUN_LEAD_AFTER_RE = re.compile(
    f"[\x00-\x7f{NON_ASCII_SPACES}][{_character_class(UTF8_LEAD_CHARACTERS)}]"
)
# a Latin-1 run (LATIN_RUN_RE) of MIN_LATIN_RUN non-ASCII characters (`_gbk_read_as_latin`),
_LATIN = f"[\u0080-\u00ff{CP1252_EXTRAS}]"
LATIN_RE = re.compile(_LATIN)
LATIN_PAIR_RE = re.compile(f"{_LATIN}{_LATIN}")
LATIN_LONG_RUN_RE = re.compile(f"{_LATIN}(?:[@-~]?{_LATIN}){{{MIN_LATIN_RUN - 1}}}")
# or a character ftfy's repairs start from (FTFY_SUSPECT_RE);
# or, for a phrase of UTF-8 read as GBK inside correct text, a character whose GBK bytes are a
# three-byte UTF-8 lead and a continuation byte (`_phrase_repairs`).
PHRASE_START_RE = re.compile(f"[{_character_class(gbk_misread.START_CHARACTERS)}]")
CUT_CONTEXT = 12  # characters on each side of a line break that judge a cut phrase


def _gbk_repairs(line: str, taken: Sequence[Repair]) -> list[Repair]:
    repairs: list[Repair] = []
    for confirmed in (False, True):
        if confirmed and not repairs:
            break
        for match in GBK_RUN_RE.finditer(line):
            if match.group()[0] not in UTF8_LEAD_CHARACTERS:
                continue
            start, end = match.span()
            if _overlaps(taken, start, end) or (confirmed and _overlaps(repairs, start, end)):
                continue
            found = _utf8_read_as_gbk(match.group(), confirmed)
            if found is None:
                continue
            repairs.append(Repair(start, end, *_gbk_outcome(*found)))
    return sorted(repairs)


# --- per line, per text --------------------------------------------------------------------------


def _overlaps(repairs: Sequence[Repair], start: int, end: int) -> bool:
    return any(r.start < end and start < r.end for r in repairs)


def _gaps(line: str, repairs: Sequence[Repair]) -> list[tuple[int, int]]:
    """The stretches of `line` between repairs."""
    gaps, cursor = [], 0
    for repair in sorted(repairs):
        gaps.append((cursor, repair.start))
        cursor = repair.end
    gaps.append((cursor, len(line)))
    return [(a, b) for a, b in gaps if b > a]


@lru_cache(maxsize=4096)
def line_repairs(line: str, preceding: str = "", following: str = "") -> tuple[Repair, ...]:
    """Every repair of one line, in order, none overlapping (pure; cached because the invisible
    and line-ending passes ask about the same lines before this pass runs). `preceding` and
    `following`: the edges of the lines around, repaired, where a wrap cut the text near a lost
    byte (`_neighbours`)."""
    gbk = GBK_RUN_LEAD_RE.search(line) is not None
    latin = LATIN_LONG_RUN_RE.search(line) is not None
    suspect = FTFY_SUSPECT_RE.search(line) is not None
    phrase = PHRASE_START_RE.search(line) is not None
    if not (gbk or latin or suspect or phrase):
        return ()  # most lines of correct text
    # a short run (two characters: one GBK character) is tried only inside Chinese text
    short_gbk = suspect and not latin and LATIN_PAIR_RE.search(line) is not None
    repairs = _latin_repairs(line) if latin or short_gbk else []
    if suspect:  # ftfy only where GBK did not already explain it
        for start, end in _gaps(line, repairs):
            repairs += [
                r._replace(start=start + r.start, end=start + r.end)
                for r in _ftfy_repairs(line[start:end])
            ]
    if latin or suspect:
        repairs += _short_utf8_repairs(line, repairs)
    if phrase:
        repairs += _phrase_repairs(line, repairs, preceding, following)
    if gbk:
        repairs += _gbk_repairs(line, repairs)
    return tuple(sorted(repairs))


def _phrase_repairs(
    line: str, taken: Sequence[Repair], preceding: str = "", following: str = ""
) -> list[Repair]:
    """UTF-8 read as GBK, run by run or as a phrase glued inside correct Chinese text, its lost
    bytes restored by what the decoder allows and, among several, by word frequency
    (`gbk_misread`). Tried before `_gbk_repairs`, which takes the runs this leaves (hangul,
    锟斤拷)."""
    starts = [m.start() for m in PHRASE_START_RE.finditer(line)]
    repairs = []
    for phrase in gbk_misread.find_phrases(line, starts, preceding, following):
        if not _overlaps(taken, phrase.start, phrase.end):
            repairs.append(Repair(phrase.start, phrase.end, *_phrase_outcome(phrase.recovered)))
    return repairs


def _phrase_outcome(recovered: gbk_misread.Recovered) -> tuple[str, str, str, Severity]:
    """(after, kind, message, severity) of a phrase repair: a guessed character asks the editor
    to check it (a warning), a lost one to restore it (an error)."""
    message = "UTF-8 text read as GBK"
    if recovered.exact:
        message += (
            f"; {recovered.exact} character(s) dropped by that decoding restored (only one fits)"
        )
    if recovered.guessed:
        which = ", ".join(
            f"{recovered.text[i]} (character {i + 1}, of {fits})" for i, fits in recovered.guesses
        )
        message += (
            f"; {recovered.guessed} dropped character(s) guessed by word frequency among "
            f"several that fit: {which}: check"
        )
    if recovered.lost:
        message += f"; {recovered.lost} character(s) lost, marked �: restore them from the original"
    severity: Severity = "error" if recovered.lost else "warning"
    return recovered.text, "utf8-as-gbk", message, severity


def _short_utf8_repairs(line: str, taken: Sequence[Repair]) -> list[Repair]:
    """UTF-8 read as Latin-1/cp1252 that ftfy declines because the run is short (`å§”` is 委,
    `ä¼\xa0è¾¾` is 传达): repaired when the run's bytes are strict UTF-8 of CJK characters and
    punctuation only, and a CJK character stands next to it. European text almost never forms a
    UTF-8 CJK sequence (a letter of E4-E9 followed by two of 80-BF, symbols and controls)."""
    repairs = []
    for match in LATIN_RUN_RE.finditer(line):
        start, end = match.span()
        if _overlaps(taken, start, end):
            continue
        data = _latin_bytes(match.group())
        if data is None or not _is_utf8(data):
            continue
        repaired = data.decode("utf-8")
        if not all(_cjk_or_punct(ch) for ch in repaired) or not CJK_RE.search(repaired):
            continue
        before, after = line[start - 1 : start], line[end : end + 1]
        if (before and is_wide(before)) or (after and is_wide(after)):
            message = "UTF-8 text read as cp1252/Latin-1 (a short run next to CJK text)"
            repairs.append(Repair(start, end, repaired, "utf8-as-latin1", message, "info"))
    return repairs


def _candidate_lines(text: str, phrase_starts: list[int]) -> list[tuple[int, int]]:
    """(start, end) of each line that meets one of `line_repairs`' necessary conditions, found
    by four searches of the whole text (none of the patterns crosses a line feed; the fourth,
    `phrase_starts`, is the caller's): every other line has no repair, and most lines of correct
    text are never looked at one by one."""
    found = [match.start() for match in LATIN_LONG_RUN_RE.finditer(text)]
    found += [match.start() for match in FTFY_SUSPECT_RE.finditer(text)]
    found += [match.end() - 1 for match in GBK_RUN_LEAD_AFTER_RE.finditer(text)]
    found += phrase_starts
    if text[:1] in UTF8_LEAD_CHARACTERS:
        found.append(0)
    found.sort()
    lines: list[tuple[int, int]] = []
    for pos in found:
        if lines and pos < lines[-1][1]:
            continue  # the same line as the previous candidate
        end = text.find("\n", pos)
        lines.append((text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end))
    return lines


def _wrapped_near_loss(text: str, line_feed: int) -> bool:
    """A hard wrap between two lines of CJK text with a lost byte (U+FFFD) within
    gbk_misread.CONTEXT characters of it, on either side: what the lost byte was is judged with
    the other line's edge as its context (a wrap is no sentence end). Reads CUT_CONTEXT
    characters before the line feed and WRAP_AHEAD after it."""
    if not 0 < line_feed < len(text) - 1:
        return False
    if text[line_feed - 1].isascii() or text[line_feed + 1].isascii():
        return False
    near = gbk_misread.CONTEXT
    return (
        REPLACEMENT in text[max(0, line_feed - near) : line_feed]
        or REPLACEMENT in text[line_feed + 1 : line_feed + 1 + near]
    )


WRAP_AHEAD = gbk_misread.CONTEXT + 1  # characters `_wrapped_near_loss` reads after a line feed


def _repaired_line(text: str, start: int) -> str:
    """The line that starts at `start`, as its own repairs (alone) leave it."""
    end = text.find("\n", start)
    line = text[start : len(text) if end < 0 else end]
    pieces, cursor = [], 0
    for r in line_repairs(line):
        pieces += [line[cursor : r.start], r.after]
        cursor = r.end
    return "".join(pieces) + line[cursor:]


def _neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    """(the end of the line before, the start of the line after) the line `text[start:end]`, each
    as that line's own repairs leave it, where `_wrapped_near_loss`; "" otherwise. The context
    depends on the lines next to a line, never on a chain of them."""
    preceding = following = ""
    if start > 0 and _wrapped_near_loss(text, start - 1):
        line_start = text.rfind("\n", 0, start - 1) + 1
        preceding = _repaired_line(text, line_start)[-gbk_misread.CONTEXT :]
    if _wrapped_near_loss(text, end):
        following = _repaired_line(text, end + 1)[: gbk_misread.CONTEXT]
    return preceding, following


def _may_cut_after(text: str, line_feed: int) -> bool:
    """No repair crosses this line feed, and the repairs on either side of it are those of each
    side alone (`incremental.LineLocal`): only a line that ends in a Latin-1/cp1252 character, or a
    line break inside a phrase of UTF-8 read as GBK, can cut a character
    (`_breaks_inside_characters`). The second is ruled out as `_inside_misread_phrase` rules it
    out first: ASCII on either side, or no character a phrase can start with close before. Lines
    a wrap cut near a lost byte are repaired with each other's edges as context
    (`_wrapped_near_loss`): never cut there either."""
    if line_feed == 0:
        return True
    if LATIN_RE.match(text, line_feed - 1) is not None:
        return False
    if line_feed + 1 >= len(text) or text[line_feed - 1].isascii() or text[line_feed + 1].isascii():
        return True
    return PHRASE_START_RE.search(
        text, max(0, line_feed - CUT_CONTEXT), line_feed
    ) is None and not _wrapped_near_loss(text, line_feed)


def mojibake_spans(text: str) -> list[Repair]:
    """Every repair this pass would make in `text`, in text coordinates."""
    spans: list[Repair] = []
    phrase_starts = [match.start() for match in PHRASE_START_RE.finditer(text)]
    lines = _candidate_lines(text, phrase_starts)
    breaks = _breaks_inside_characters(text, lines, phrase_starts)
    if breaks:
        return _spans_across_breaks(text, lines, breaks)
    # most texts hold no lost byte, and no line needs its neighbours (one search in C)
    lossy = REPLACEMENT in text
    for start, end in lines:
        repairs = (
            line_repairs(text[start:end], *_neighbours(text, start, end))
            if lossy
            else line_repairs(text[start:end])
        )
        if repairs:
            spans.extend(r._replace(start=start + r.start, end=start + r.end) for r in repairs)
    return spans


# the line-endings and invisible passes ask first, then this pass, often of the same text, and
# in later rounds of a text where only a few lines changed (`Context.mojibake`)
SPANS_CUT = Cut(_may_cut_after, behind=CUT_CONTEXT, ahead=WRAP_AHEAD)


# --- runs cut by a hard wrap -------------------------------------------------------------------
#
# UTF-8 read as Latin-1/cp1252 and then hard-wrapped: a wrap that fell inside a character's
# bytes leaves a lead byte at one line's end and its continuation bytes at the next line's start
# (`…ç` / `¡€…` is 础), and neither line decodes alone. Such a line break cannot be a paragraph
# end, so the lines are repaired as one, the break inside the repair.


def _latin_suffix(text: str, end: int) -> bytes:
    """The bytes of the (at most three) Latin-1/cp1252 characters right before `end`."""
    start = end
    while start > 0 and end - start < 3 and LATIN_RE.match(text, start - 1):
        start -= 1
    return _latin_bytes(text[start:end]) or b""


def _latin_prefix(text: str, start: int) -> bytes:
    end = start
    while end < len(text) and end - start < 3 and LATIN_RE.match(text, end):
        end += 1
    return _latin_bytes(text[start:end]) or b""


def _inside_character(text: str, pos: int) -> bool:
    """The line break at `pos` falls inside the bytes of one UTF-8 CJK character."""
    tail = _latin_suffix(text, pos)
    lead = next((k for k in range(len(tail) - 1, -1, -1) if tail[k] >= 0xC0), None)
    if lead is None or any(not 0x80 <= b <= 0xBF for b in tail[lead + 1 :]):
        return False
    missing = _utf8_length(tail[lead]) - (len(tail) - lead)
    prefix = _latin_prefix(text, pos + 1)
    head = prefix[:missing]
    if missing < 1 or len(head) < missing or any(not 0x80 <= b <= 0xBF for b in head):
        return False
    if 0x80 <= (prefix[missing : missing + 1] or b"\x00")[0] <= 0xBF:
        return False  # a continuation byte left over: the character is not cut here
    try:
        character = (tail[lead:] + head).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return _cjk_or_punct(character)


def _gbk_run_start(text: str, end: int) -> int:
    """Where the run of GBK-as-Latin-1 bytes that ends at `end` starts: Latin-1/cp1252
    characters, and ASCII ones right after them (a GBK trail byte 0x40-0x7E)."""
    start = end
    while start > 0 and (
        LATIN_RE.match(text, start - 1)
        or ("@" <= text[start - 1] <= "~" and start > 1 and LATIN_RE.match(text, start - 2))
    ):
        start -= 1
    return start


def _inside_gbk_character(text: str, start: int, pos: int) -> bool:
    """The line break at `pos` falls inside the two bytes of a GB2312 character read as Latin-1 or
    cp1252 (`…ÉäÖÐÐÄµ` / `ã»ð…` is 射中心点): the run ending the line, read in pairs from its
    first byte (from its second where the line itself starts inside a character, `start`), leaves
    a lead byte over, and the next line's first byte completes it as a character of everyday
    Chinese (both bytes A1-FE)."""
    run = max(_gbk_run_start(text, pos), start)
    data = _latin_bytes(text[run:pos])
    following = _latin_bytes(text[pos + 1 : pos + 2])
    if not data or not following or not 0xA1 <= following[0] <= 0xFE:
        return False
    i = 0
    while i < len(data) - 1:
        if data[i] < 0x80:
            i += 1
        elif 0x81 <= data[i] <= 0xFE and (0x40 <= data[i + 1] <= 0xFE and data[i + 1] != 0x7F):
            i += 2
        else:
            return False
    if i != len(data) - 1 or not 0xA1 <= data[i] <= 0xFE:
        return False
    try:
        character = bytes([data[i], following[0]]).decode("gb2312")
    except UnicodeDecodeError:
        return False
    return _cjk_or_punct(character)


def _breaks_inside_characters(
    text: str, lines: list[tuple[int, int]], phrase_starts: list[int]
) -> list[int]:
    """The line breaks inside a character, looked for at the ends of candidate lines only: the
    line before such a break ends with a UTF-8 lead byte read as Latin-1 (`Â`-`ô`) or a GBK lead
    byte (`¡`-`þ`), which makes it a candidate (FTFY_SUSPECT_RE), or a phrase of UTF-8 read as
    GBK starts close before it (`phrase_starts`: PHRASE_START_RE in the whole text)."""
    found: list[int] = []
    near_phrase = _line_feeds_after(text, phrase_starts, CUT_CONTEXT)
    for start, end in lines:
        # (`_inside_misread_phrase` holds only at a line feed no more than CUT_CONTEXT after a
        # phrase start: asked of the set first, not of a search of every candidate line's end)
        if end in near_phrase and _inside_misread_phrase(text, start, end):
            found.append(end)
            continue
        if end >= len(text) or not LATIN_RE.match(text, end - 1):
            continue  # the line does not end on a byte read as Latin-1/cp1252: most lines
        continued = bool(found) and found[-1] == start - 1  # this line starts inside a character
        first = start + continued
        # a soft hyphen put at the line end (`…åŸºç\xad` / `¡€…` is 基础) is looked past, and
        # repaired away with the break, when byte 0xAD does not itself belong there (`å\xad` / `¦`
        # is 学)
        for hyphen in (end, end - 1):
            if hyphen < end and (hyphen < first or text[hyphen] != "\u00ad"):
                break
            local = text[first:hyphen] + text[end : end + 4]
            if _inside_character(local, hyphen - first) or _inside_gbk_character(
                local, 0, hyphen - first
            ):
                found += [hyphen, end] if hyphen < end else [end]
                break
    return found


def _line_feeds_after(text: str, positions: list[int], reach: int) -> set[int]:
    """The line feeds that follow one of `positions` on its line, `reach` characters or less
    after it."""
    feeds = set()
    for pos in positions:
        feed = text.find("\n", pos)
        if 0 <= feed - pos <= reach:
            feeds.add(feed)
    return feeds


def _inside_misread_phrase(text: str, start: int, end: int) -> bool:
    """The line break at `end` cuts a phrase of UTF-8 read as GBK inside a character (the phrase
    was hard-wrapped after it was damaged): both sides of the break are CJK."""
    if end >= len(text) - 1 or end == start or text[end] != "\n":
        return False
    if text[end - 1].isascii() or text[end + 1].isascii():
        return False  # a GBK reading of a cut character is CJK on both sides
    if not PHRASE_START_RE.search(text, max(start, end - CUT_CONTEXT), end):
        return False  # most lines: no phrase starts close enough to the break
    following = text.find("\n", end + 1)
    head = text[end + 1 : following if following >= 0 else len(text)][:CUT_CONTEXT]
    return gbk_misread.cut_inside_character(text[max(start, end - CUT_CONTEXT) : end], head)


def _spans_across_breaks(
    text: str, lines: list[tuple[int, int]], breaks: list[int]
) -> list[Repair]:
    """`mojibake_spans`, with each line that ends in a break inside a character repaired together
    with the next line (the break removed from what the repairs see, and put back inside the
    span of the repair that covers it)."""
    cut = set(breaks)
    segments: list[tuple[int, int]] = []
    for start, end in lines:
        if segments and segments[-1][1] >= start:
            continue  # already merged into the segment before
        while end in cut:
            following = text.find("\n", end + 1)
            end = len(text) if following < 0 else following
        segments.append((start, end))
    spans: list[Repair] = []
    for start, end in segments:
        removed = breaks[bisect_right(breaks, start) : bisect_right(breaks, end - 1)]
        virtual = text[start:end]
        for offset, b in enumerate(removed):
            at = b - start - offset
            virtual = virtual[:at] + virtual[at + 1 :]
        for r in line_repairs(virtual, *_neighbours(text, start, end)):
            first = (
                start + r.start + sum(1 for i, b in enumerate(removed) if b - start - i <= r.start)
            )
            last = start + r.end + sum(1 for i, b in enumerate(removed) if b - start - i < r.end)
            spans.append(r._replace(start=first, end=last))
    return spans


# The stretches of lines `SpanIndex` searches before it searches the whole text: one per this
# many characters of the text (a stretch costs about as much as 2,000 characters of a whole
# text; a text with many positions to ask about is soon searched whole).
STRETCH_CHARACTERS = 8000


class SpanIndex:
    """Answers "is this position inside a mojibake repair?" for the passes that run before this
    one: a C1 control, soft hyphen or no-break space inside one is a byte of the damaged sequence
    (`Ã\\xa0` is à, `ä¸\\xad` is 中), and the invisible pass must leave it to this pass."""

    def __init__(self, text: str, spans: LineLocal[Repair]) -> None:
        self._text = text
        self._spans = spans
        # the repairs of the stretch of lines around the last position asked about (all of
        # them when they are known): a few positions need no other line's repairs found; past
        # `_stretches_left` stretches, those of the whole text are found (and kept), at once
        self._lo = self._hi = 0
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._stretches_left = len(text) // STRETCH_CHARACTERS

    def __contains__(self, pos: object) -> bool:
        if not isinstance(pos, int) or not 0 <= pos < len(self._text):
            return False
        if not self._lo <= pos < self._hi:
            self._stretches_left -= 1
            if self._stretches_left < 0:
                self._lo, self._hi, spans = 0, len(self._text), self._spans(self._text)
            else:
                self._lo, self._hi, spans = self._spans.stretch(self._text, pos)
            self._starts = [r.start for r in spans]
            self._ends = [r.end for r in spans]
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]


def mojibake_nels(text: str, spans: LineLocal[Repair]) -> set[int]:
    """Positions of U+0085 that are a byte of mojibake rather than a NEL line ending: cp1252's "…"
    read as Latin-1 (`parlé\\x85 Tu sais`) or part of a longer sequence. A file that ends its lines
    with NEL has no LF or CR, and its NELs stand after whole words and before the next line; so in
    text with LF or CR every NEL inside a repair is mojibake, and in text without them one right
    after a Latin-1 or cp1252 letter or byte (a blank line's NELs and a soft hyphen looked past)
    unless that byte ends a whole UTF-8 character or the NEL cuts a UTF-8 or GBK character in two
    (a wrap), one after an ASCII character and before a space or a closing mark (not before an
    indentation), or a single one at the end.
    After anything else (a CJK character, a dash, a zero-width space) it ends a line: a cp1252 file
    cannot hold a CJK character, and neither UTF-8 nor GBK read as Latin-1 puts byte 0x85 right
    after a whole character."""
    if "\u0085" not in text:
        return set()
    has_breaks = "\n" in text or "\r" in text
    lone = text.count("\u0085") == 1
    found = set()
    nels = (match.start() for match in NEL_RE.finditer(text))
    for repair in spans.around(text, nels):  # the repairs that may hold a NEL
        for pos in range(repair.start, repair.end):
            if text[pos] != "\u0085":
                continue
            start = pos
            while start > 0 and text[start - 1] in "\u0085\u00ad":
                start -= 1  # a blank line (NELs after one character), a soft hyphen at a line end
            previous, following = text[start - 1 : start], text[pos + 1 : pos + 2]
            if (
                has_breaks
                or (
                    _latin_byte(previous)
                    and not previous.isspace()
                    and (
                        _completes_utf8_character(text, start, pos)
                        or not (
                            _nel_ends_line(text, start, pos)
                            or (start == pos and _inside_gbk_character(text, 0, pos))
                        )
                    )
                )
                or (
                    previous.isascii()
                    and following in NEL_ELLIPSIS_FOLLOWERS
                    and text[pos + 1 : pos + 3] not in ("  ", "\t")
                )
                or (lone and not following)
            ):
                found.add(pos)
    return found


def _completes_utf8_character(text: str, start: int, pos: int) -> bool:
    """Byte 0x85 at `pos` is a continuation byte of the UTF-8 character the Latin-1 bytes before
    it begin, and the bytes after it complete that character (`å\x85±` is 共)."""
    if start != pos:
        return False
    tail = _latin_suffix(text, pos)
    lead = next((k for k in range(len(tail) - 1, -1, -1) if tail[k] >= 0xC0), None)
    if lead is None:
        return False
    missing = _utf8_length(tail[lead]) - (len(tail) - lead)
    end = pos + 1
    while end < len(text) and end - pos <= 6 and LATIN_RE.match(text, end):
        end += 1
    after = _latin_bytes(text[pos + 1 : end]) or b""
    if missing < 1 or len(after) < missing - 1:
        return False
    try:  # the character, then what follows it as far as it is UTF-8 too (a cut end allowed)
        codecs.getincrementaldecoder("utf-8")().decode(tail[lead:] + b"\x85" + after)
    except UnicodeDecodeError:
        return False
    return True


def _nel_ends_line(text: str, start: int, pos: int) -> bool:
    """In a NEL-ended text, the NEL at `pos` (its run of NELs and soft hyphens from `start`) after
    UTF-8 read as Latin-1 is a line end, not byte 0x85 of the sequence: the bytes before it end a
    whole character (`éšœ` is 障; a NEL-ended file's lines end after whole characters), or they
    begin one that the bytes after the NEL complete without it while with it they cannot
    (`äº` NEL `º` is 人 cut by a wrap; `ä¼\x85è` is 会 and 0x85 a byte of it)."""
    tail = _latin_suffix(text, start)
    lead = next((k for k in range(len(tail) - 1, -1, -1) if tail[k] >= 0xC0), None)
    if lead is None or any(not 0x80 <= b <= 0xBF for b in tail[lead + 1 :]):
        return False
    missing = _utf8_length(tail[lead]) - (len(tail) - lead)
    if missing <= 0:
        return missing == 0 and _is_utf8(tail[lead:])
    head = _latin_prefix(text, pos + 1)
    cut = head[:missing]
    if len(cut) < missing or not _is_utf8(tail[lead:] + cut):
        return False
    with_nel = tail[lead:] + b"\x85" + head[: missing - 1]
    return not _is_utf8(with_nel) or 0x80 <= (head[missing - 1 : missing] or b"\x00")[0] <= 0xBF


def _latin_byte(ch: str) -> bool:
    """A character of Latin-1 or cp1252 above ASCII, typographic punctuation aside (`—`, `“`, `…`
    are also what Chinese and English text are written with)."""
    return bool(ch) and ("\x80" <= ch <= "\xff" or (ch in CP1252_EXTRAS and ch not in "–—‘’“”…"))


def repair_mojibake(text: str, config: Config, context: Context) -> list[Edit]:
    """Repair each run of mojibake; flag every character already lost.

    >>> from convert.normalize.context import Context
    >>> [(e.after, e.kind) for e in repair_mojibake("ä¸­æ–‡ 浣犲ソ ÄãºÃ", Config(), Context())]
    [('中文', 'utf8-as-latin1'), ('你好', 'utf8-as-gbk'), ('你好', 'gbk-as-latin1')]
    """
    repairs = context.mojibake(text)
    edits = [Edit(r.start, r.end, r.after, r.kind, r.message, r.severity) for r in repairs]
    for pattern, message in (
        (
            f"{REPLACEMENT}{REPLACEMENT}*",  # not `+`: a pattern that starts with a character is
            # searched for quickly, one that starts with a repeat is tried at every position
            "replacement character: lost before Galley saw the text (or bytes "
            "that were invalid in the file's encoding): restore it from the original",
        ),
        (GARBLED_FFFD, "锟斤拷: characters lost (U+FFFD written as UTF-8, then read as GBK)"),
    ):
        if pattern[0] not in text:
            continue  # most texts: one search in C instead of a regex scan
        for match in re.finditer(pattern, text):
            if not _overlaps(repairs, *match.span()):
                edits.append(Edit(*match.span(), match.group(), "lost-character", message, "error"))
    return sorted(edits, key=lambda e: e.start)
