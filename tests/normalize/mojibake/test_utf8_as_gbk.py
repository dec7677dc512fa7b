"""UTF-8 read as GBK, run by run: lossless, and with the bytes a GBK decoder dropped."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convert.normalize import normalize
from convert.normalize.mojibake import utf8_as_gbk
from convert.normalize.mojibake.common import is_utf8

from .conftest import ENCODING_STAGE, news_paragraphs, stage


@pytest.fixture(scope="module")
def paragraphs() -> list[str]:
    return news_paragraphs(12)[:60]


def test_utf8_read_as_gbk_is_reversed() -> None:
    text = "你好，世界！北京工人日报讯：首都职工认真学习党的二十大报告了"
    damaged = text.encode("utf-8").decode("gb18030")  # lossless: GB18030 maps every byte pair
    assert damaged.startswith("浣犲ソ")
    result = normalize(damaged, passes=ENCODING_STAGE)
    assert result.text == text
    (change,) = result.changes
    assert (change.kind, change.before, change.after) == ("utf8-as-gbk", damaged, text)


def test_bytes_a_gbk_decoder_dropped_are_restored_or_marked(paragraphs: list[str]) -> None:
    """`gbk` with errors="replace" drops bytes: a 、 or “ (only one value fits) comes back; a
    character where several fit becomes � and the change is an error."""
    damaged = "重、热“五一”假期".encode().decode("gbk", errors="replace")
    assert damaged.count("\ufffd") == 3
    result = normalize(damaged, passes=ENCODING_STAGE)
    # 、 and ” are restored; 一 (E4 B8 80) and 个 (E4 B8 AA) both fit and read alike after 五
    # (五一, 五个): marked; of the 64 characters that fit the 期 a final byte broke, 假期 reads
    # far better than the rest: guessed, and the change asks the editor to check it
    assert result.text == "重、热“五\ufffd”假期"
    assert {c.severity for c in result.changes if c.kind == "utf8-as-gbk"} == {"error"}
    kept = 0
    for paragraph in paragraphs:
        out = stage(paragraph.encode().decode("gbk", errors="replace"))
        assert len(out) == len(paragraph)  # one character, or one �, for each lost one
        kept += sum(a == b for a, b in zip(out, paragraph, strict=True))
    assert kept / sum(map(len, paragraphs)) > 0.85


def test_the_utf8_lead_characters_are_the_pairs_that_round_trip_one_by_one() -> None:
    """The import-time table, decoded a lead byte's pairs at a time, is the pairs checked singly."""
    single = set()
    for lead in range(0xC2, 0x100):
        for trail in range(0x80, 0xC0):
            data = bytes([lead, trail])
            try:
                char = data.decode("gb18030")
            except UnicodeDecodeError:
                continue
            if len(char) == 1 and char.encode("gb18030") == data:
                single.add(char)
    assert single == utf8_as_gbk.UTF8_LEAD_CHARACTERS
    assert len(single) > 3000


def test_the_followers_are_kept_for_every_lead_character() -> None:
    assert set(utf8_as_gbk._followers()) == utf8_as_gbk.UTF8_LEAD_CHARACTERS


# characters of every class `_followers` tells apart: lead characters of each lead byte range,
# characters whose first byte is a continuation byte (with a continuation, ASCII or lead byte
# second), U+FFFD, a four-byte GB18030 code, common Han
FOLLOWER_ALPHABET = (
    "浣犲ソ涓枃鍥介檯鏂伴椈锛屽彲杩欎簺鐨勪笉鈥滃倿彲挎€曢噸鐐规瘮鑰佸姩\ufffd𠀀ꀀ中文，。abc 　"
)


def _misread(text: str, lossy: bool) -> str:
    return text.encode("utf-8").decode("gbk" if lossy else "gb18030", errors="replace")


@settings(max_examples=1500, deadline=None)
@given(
    # Han (three UTF-8 bytes), ASCII (after a Han: GBK's ASCII trail bytes), two-byte letters
    # and signs, four-byte characters
    st.text(
        alphabet="你好世界北京工人日报讯认真学习党的二十大、。“”一个期ab1 é·×Жα𠀀😀", max_size=12
    ),
    st.text(alphabet=FOLLOWER_ALPHABET, max_size=6),
    st.booleans(),
)
def test_a_run_that_is_repaired_opens_with_a_follower(text: str, noise: str, lossy: bool) -> None:
    """`may_open_repair` is a necessary condition of `_utf8_read_as_gbk`: on UTF-8 read as GBK
    (losslessly and with dropped bytes), with characters of every class spliced in."""
    damaged = _misread(text, lossy)
    for line in (damaged, noise + damaged, damaged[:2] + noise + damaged[2:], noise):
        for match in utf8_as_gbk.GBK_RUN_RE.finditer(line):
            run = match.group()
            if run[0] not in utf8_as_gbk.UTF8_LEAD_CHARACTERS:
                continue
            for confirmed in (False, True):
                if utf8_as_gbk._utf8_read_as_gbk(run, confirmed) is not None:
                    assert utf8_as_gbk.may_open_repair(run, 0), run
            # the bytes alone, before any test of how the repair reads
            pieces = utf8_as_gbk._gbk_pieces(run)
            if not pieces or not pieces[0] or len(run) < 2:
                continue
            if len(pieces) == 1 and not is_utf8(pieces[0]):
                continue
            if utf8_as_gbk._decode_around_losses(pieces) is not None:
                assert utf8_as_gbk.may_open_repair(run, 0), run
        if utf8_as_gbk.gbk_repairs(line, []):
            assert utf8_as_gbk.gbk_repair_may_start(line), line


def test_the_followers_reject_most_runs_of_chinese(paragraphs: list[str]) -> None:
    """What the test is for: correct Chinese passes it far less often than `gbk_run_lead`, and
    every damaged paragraph still passes it."""
    lines = [line for p in paragraphs for line in p.split("\n") if line]
    leads = sum(map(utf8_as_gbk.gbk_run_lead, lines))
    kept = sum(map(utf8_as_gbk.gbk_repair_may_start, lines))
    assert kept < leads / 2
    for paragraph in paragraphs:
        for lossy in (False, True):
            damaged = _misread(paragraph, lossy)
            if utf8_as_gbk.gbk_repairs(damaged, []):
                assert utf8_as_gbk.gbk_repair_may_start(damaged)
