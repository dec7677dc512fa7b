"""The text reader: every decision path, the refusals, and real legacy-encoded files.

The corpus check runs on two files per encoding of ../shared/corpus/encodings-chardet so CI guards
it; bench/encodings.py runs all of them.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest

from convert.errors import InputError
from convert.normalize import normalize
from convert.readers.encodings import Decoded
from convert.readers.text import decode, read

from ..conftest import SHARED

ZH = "北京工人日报讯，首都职工认真学习党的二十大报告，表示要团结奋斗、勇毅前行。\n第二段开始。\n"
ZH_HANT = "魯迅在《吶喊》的自序裡說：我在年青時候也曾經做過許多夢，後來大半忘卻了。\n"
JA = "東京では今日、桜が満開になりました。多くの人々が公園を訪れています。\n"
KO = "서울에서 오늘 벚꽃이 만개했습니다. 많은 사람들이 공원을 찾았습니다.\n"
EN = "It is a truth universally acknowledged, that a single man must be in want of a wife.\n"
FR = "Café « naïve » — déjà vu, façade, œuvre, l’été. “Quoted” text…\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + ZH.encode(), "utf-8"),
        (codecs.BOM_UTF16_LE + ZH.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + ZH.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + ZH.encode("utf-32-le"), "utf-32-le"),
    ],
)
def test_a_bom_decides_and_is_recorded(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert (decoded.text, decoded.encoding, decoded.method, decoded.had_bom) == (
        ZH,
        encoding,
        "bom",
        True,
    )
    assert decoded.to_json() == {
        "encoding": encoding,
        "confidence": 1.0,
        "method": "bom",
        "bom": True,
    }


def test_a_bom_that_lies_is_refused_naming_the_file() -> None:
    with pytest.raises(InputError, match=r"in\.txt: starts with a utf-8 byte-order mark"):
        decode(codecs.BOM_UTF8 + ZH.encode("gb18030"), Path("in.txt"))


@pytest.mark.parametrize("text", [ZH, JA, KO, EN + FR])
def test_valid_utf8_is_utf8_with_full_confidence(text: str) -> None:
    assert decode(text.encode()) == Decoded(text, "utf-8", 1.0, "utf-8")


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        (ZH * 3, "gb18030", "gb18030"),
        (ZH * 3, "gbk", "gb18030"),
        (ZH_HANT * 3, "big5", "big5"),
        (JA * 3, "shift_jis", "shift_jis"),
        (JA * 3, "euc_jp", "euc_jp"),
        (KO * 3, "euc_kr", "euc_kr"),
        (FR * 3, "cp1252", "cp1252"),
    ],
)
def test_legacy_encodings_are_detected_and_recorded(text: str, codec: str, expected: str) -> None:
    decoded = decode(text.encode(codec))
    assert decoded.text == text
    assert (decoded.encoding, decoded.method) == (expected, "detected")
    assert 0.4 <= decoded.confidence <= 1.0
    assert decoded.to_json()["method"] == "detected"


def test_cp932_only_where_shift_jis_cannot_read_the_bytes() -> None:
    # ① (0x8740) exists only in Microsoft's Shift_JIS; the standard codec is kept otherwise
    text = JA * 3 + "①②③\n"
    decoded = decode(text.encode("cp932"))
    assert (decoded.text, decoded.encoding) == (text, "cp932")


@pytest.mark.parametrize("text", [ZH, JA, EN, ZH + EN, "中"])
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_found_by_its_nul_pattern(text: str, encoding: str) -> None:
    if text == "中":
        text = ZH.replace("\n", "")  # no ASCII at all, so no NUL either: CJK only
    decoded = decode(text.encode(encoding))
    assert (decoded.text, decoded.encoding) == (text, encoding)
    assert decoded.method in ("nul-pattern", "utf-16-cjk")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_whose_bytes_are_all_ascii_is_not_taken_for_utf8(encoding: str) -> None:
    text = "Съешь же ещё этих мягких французских булок, да выпей чаю.\n" * 3  # U+04xx: bytes < 0x80
    assert decode(text.encode(encoding)).text == text


def test_mostly_ascii_gb18030_is_not_taken_for_latin1() -> None:
    """A feed of 15,000 characters, 392 of them Chinese: charset-normalizer alone prefers
    Latin-1 for it."""
    path = CORPUS / "Big5" / "unoriginalblog.com.xml"
    if not path.exists():
        pytest.skip("shared corpus not present")
    text = path.read_bytes().decode("big5")
    decoded = decode(text.encode("gb18030"))
    assert (decoded.text, decoded.encoding) == (text, "gb18030")


def test_a_stray_nul_in_utf8_does_not_make_it_utf16() -> None:
    data = EN.encode() + b"\x00" + EN.encode()
    assert decode(data).encoding == "utf-8"


def test_iso_2022_jp_escape_sequences_are_read_as_such() -> None:
    decoded = decode(JA.encode("iso2022_jp"))
    assert (decoded.text, decoded.encoding, decoded.method) == (
        JA,
        "iso2022_jp",
        "escape-sequences",
    )


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "a gzip archive"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a zip archive"),
        (bytes(range(256)) * 8, "control codes"),
        (b"\x00" * 1000, "NUL bytes"),
    ],
)
def test_binary_files_are_refused_with_a_message_naming_them(data: bytes, what: str) -> None:
    with pytest.raises(InputError) as raised:
        decode(data, Path("inbox/report.txt"))
    message = str(raised.value)
    assert message.startswith("inbox/report.txt: ")
    assert what in message


def test_random_high_bytes_without_nul_are_refused_not_guessed() -> None:
    data = bytes((i * 7919) % 128 + 128 for i in range(4000))  # noise in the upper half
    with pytest.raises(InputError, match=r"noise\.txt: .*(garbled|binary|none of the encodings)"):
        decode(data, Path("noise.txt"))


def test_empty_and_blank_files_are_refused(tmp_path: Path) -> None:
    assert decode(b"") == Decoded("", "utf-8", 1.0, "utf-8")
    for name, data in (("empty.txt", b""), ("blank.txt", b" \n\n\t\n")):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(InputError, match=f"{re.escape(name)}: is empty"):
            read(path)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nowhere\.txt: no such file"):
        read(tmp_path / "nowhere.txt")


# --- invalid bytes inside UTF-8 --------------------------------------------------------------------


def test_invalid_bytes_in_utf8_become_flagged_replacement_characters() -> None:
    """The policy: decode the rest, record each invalid sequence's byte offset in the decision,
    and let the normalizer flag every U+FFFD as an error with its line and column."""
    data = ZH.encode() + b"\xff" + "尾巴。\n".encode() + "中".encode()[:2]
    decoded = decode(data)
    assert decoded.method == "utf-8-lossy" and decoded.encoding == "utf-8"
    assert decoded.text == ZH + "\ufffd尾巴。\n\ufffd"
    assert decoded.replaced_bytes == (len(ZH.encode()), len(data) - 2)
    assert decoded.to_json()["replaced_bytes"] == list(decoded.replaced_bytes)
    assert decoded.confidence < 1.0
    flags = [c for c in normalize(decoded.text).changes if c.kind == "lost-character"]
    assert [(c.line, c.column, c.severity) for c in flags] == [(3, 1, "error"), (4, 1, "error")]


def test_a_legacy_file_is_not_taken_for_damaged_utf8() -> None:
    # a cp1252 file with one accented letter has no valid UTF-8 sequence at all
    decoded = decode("Caf\u00e9 au lait, please.\n".encode("cp1252"))
    assert (decoded.encoding, decoded.method, decoded.replaced_bytes) == ("cp1252", "detected", ())


# --- real files: the chardet corpus ----------------------------------------------------------------

CORPUS = SHARED / "corpus" / "encodings-chardet"
LABELLED = {
    "GB2312": "gbk",  # as browsers read the label (WHATWG); see bench/encodings.py
    "Big5": "big5",
    "SHIFT_JIS": "shift_jis",
    "CP932": "cp932",
    "EUC-JP": "euc_jp",
    "UTF-16": "utf-16",
    "utf-8": "utf-8",
    "utf-8-sig": "utf-8-sig",
    "windows-1252": "cp1252",
}


def _corpus_files() -> list[tuple[str, Path]]:
    if not CORPUS.is_dir():
        return []
    picked = []
    for label in LABELLED:
        files = sorted(
            p for p in (CORPUS / label).iterdir() if p.suffix != ".srt" or "be" in p.name
        )
        picked += [(label, p) for p in files[:2]]
    return picked


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
@pytest.mark.parametrize(("label", "path"), _corpus_files(), ids=lambda v: getattr(v, "name", v))
def test_real_files_decode_to_the_text_of_their_labelled_codec(label: str, path: Path) -> None:
    data = path.read_bytes()
    assert decode(data, path).text == data.decode(LABELLED[label])


# --- files made by bench/damage.py from zh-news-xwlb articles ---------------------------------------

XWLB_TEXT = (
    "党的二十大文件民族文字版出版发行\n\n"
    "央视网消息（新闻联播）：习近平同志2022年10月16日在中国共产党第二十次全国代表大会上所作的报告"
    "《高举中国特色社会主义伟大旗帜 为全面建设社会主义现代化国家而团结奋斗》和中国共产党第二十次"
    "全国代表大会审议通过的《中国共产党章程》蒙古文、藏文、维吾尔文、哈萨克文、朝鲜文、彝文、壮文共7种"
    "民族文字版单行本已由中国民族语文翻译局翻译，民族出版社出版，在全国发行。\n"
)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_chinese_utf16_without_bom_and_with_few_nuls_is_read(encoding: str) -> None:
    # a few ASCII characters (digits, line breaks, a space) and 一 (U+4E00): NULs on both sides
    data = XWLB_TEXT.encode(encoding)
    assert data.count(0) < len(data) * 0.1
    decoded = decode(data)
    assert (decoded.text, decoded.encoding) == (XWLB_TEXT, encoding)


def test_utf16_with_a_stray_control_character_is_still_text() -> None:
    text = XWLB_TEXT.replace("出版社", "出版\x07社").replace("翻译局", "翻\x1f译局")
    assert decode(text.encode("utf-16-le")).text == text


def test_gb18030_holding_a_run_of_mojibake_is_read_as_gb18030() -> None:
    # a phrase of UTF-8 read as Latin-1, then the whole saved as GB18030: detection sees chaos
    garbled = "维吾尔文".encode().decode("latin-1")
    text = XWLB_TEXT.replace("维吾尔文", garbled)
    decoded = decode(text.encode("gb18030"))
    assert (decoded.text, decoded.encoding) == (text, "gb18030")


def test_gb18030_holding_a_phrase_of_utf8_read_as_gbk_is_read_as_gb18030() -> None:
    # a pasted phrase misread as GBK (lossy: `蹇�`), then the whole saved as GB18030: its 40
    # mojibake ideographs are GBK's rare rows, a fifth of the file's, and detection sees chaos;
    # the phrase is UTF-8 again in the file's bytes, so its ideographs are left out of the share
    phrase = "习近平同志2022年10月16日在中国共产党第二十次全国代表大会上所作的报告"
    text = XWLB_TEXT.replace(phrase, phrase.encode().decode("gbk", errors="replace"))
    decoded = decode(text.encode("gb18030"))
    assert (decoded.text, decoded.encoding) == (text, "gb18030")


def _misread(text: str, written: str, read: str) -> str:
    """bench/damage.py's whole-file history: `text` written in one codec, read in a single-byte
    one (a sloppy cp1252 decoder passes its five undefined bytes through)."""
    data = text.encode(written)
    if read == "latin-1":
        return data.decode("latin-1")
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


# an xwlb article, hard-wrapped at 17 characters with a page number: the wrap cuts GBK and UTF-8
# characters apart once misread (`服务。` is `·þÎñ¡£`), and `－ 1 －` comes back as `£­ 1 £­`
XWLB_WRAPPED = (
    "人社部：明年起全面推行养老保险经办\n"
    "服务。今年前三季度铁路固定资产投资完\n"
    "成4750亿元，同比增长7.2%。\n"
    "－ 1 －\n"
    "两艘超大型集装箱船在长江泰州段出坞，\n"
    "预计2023年将交付使用。\n"
)


@pytest.mark.parametrize("written", ["utf-8", "gbk"])
@pytest.mark.parametrize("read", ["latin-1", "cp1252"])
@pytest.mark.parametrize("line_end", ["\n", "\r\n", "\u2028", "\x85"])
def test_a_whole_chinese_file_misread_is_undone_and_recorded(
    written: str, read: str, line_end: str
) -> None:
    # the misreading was saved as UTF-8; the line ends were changed afterwards (bench/damage.py)
    garbled = _misread(XWLB_WRAPPED, written, read).replace("\n", line_end)
    decoded = decode(garbled.encode("utf-8"))
    # cp1252 is told from Latin-1 by its extras (`€`-`Ÿ`); without them the two read the same
    shown = "cp1252" if re.search("[\u0100-\u2027\u202a-\uffff]", garbled) else "latin1"
    history = f"{'utf8' if written == 'utf-8' else 'gbk'}-as-{shown}"
    assert decoded.text == XWLB_WRAPPED.replace("\n", line_end)
    assert decoded.misread == history
    assert decoded.to_json()["misread"] == history
    assert "undone" in decoded.method


@pytest.mark.parametrize("text", [FR * 5, EN * 5, ZH, "Hırsızı " * 20, "ÄãºÃ " * 3])
def test_text_that_is_no_whole_chinese_misreading_is_left_as_read(text: str) -> None:
    decoded = decode(text.encode("utf-8"))
    assert (decoded.text, decoded.misread) == (text, "")


@pytest.mark.parametrize("line_end", ["\n", "\r\n", "\u2028"])
def test_a_whole_file_of_utf8_read_as_gbk_is_left_to_the_mojibake_pass(line_end: str) -> None:
    """A lossy misreading (each `�` a byte the GBK decoder dropped) is read as it is and
    repaired by the mojibake pass, where every guessed character is a change the editor sees."""
    garbled = XWLB_WRAPPED.encode().decode("gbk", errors="replace").replace("\n", line_end)
    assert "\ufffd" in garbled
    decoded = decode(garbled.encode("utf-8"))
    assert (decoded.text, decoded.encoding, decoded.misread) == (garbled, "utf-8", "")
    result = normalize(decoded.text)
    repaired = [c for c in result.changes if c.kind == "utf8-as-gbk"]
    assert repaired and all(c.pass_name == "mojibake" for c in repaired)
    assert "人社部：明年起全面推行养老保险经办" in result.text
    assert "两艘超大型集装箱船在长江泰州段出坞，" in result.text
    # 完 ends a line and 成 stands before a digit: 64 characters fit each, so each is lost
    assert result.text.count("\ufffd") <= 5
