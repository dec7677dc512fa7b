"""House styles: which one a document gets, a .css override, and Japanese set as Japanese.

The Japanese text below was written for these tests (no third-party rights), because the only
Japanese corpus at hand is CC BY-ND and cannot become a committed sample.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from pypdf import PdfReader

from convert.config import Config
from convert.errors import UsageError, WriterError
from convert.model import Document
from convert.run.pipeline import prepare_text
from convert.writers import STYLES_DIR, WriteOptions, get_writer, resolve_style, styles
from convert.writers.clreq import CLREQ_CSS
from convert.writers.styles import best_language_key, default_style_name
from tests.support.html_text import parse_html
from tests.support.pdf_text import missing_in_order, pdf_fonts, pdf_text

JAPANESE = """雨の日の図書館

駅前の図書館は、雨の日になると少しだけにぎやかになる。傘を畳む音、濡れた靴の音、そして新聞をめくる音が、静かな閲覧室に重なっていく。

午後三時を過ぎると、学校帰りの子どもたちがやって来る。彼らは窓際の席を取り合い、宿題を広げ、ときどき小声で笑う。司書の山田さんは、それを注意するでもなく、ただ目を細めて見守っている。

■本を返す人、借りる人

返却カウンターには、読み終えた本が次々と積まれる。料理の本、旅の本、古い推理小説。誰かが読んだ本を、また別の誰かが借りていく。その小さな循環が、この町の図書館を支えている。
"""
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


@pytest.fixture(scope="module")
def japanese() -> Document:
    _, doc = prepare_text(JAPANESE, Config(), "ja-library")
    return doc


# ---- choosing the style ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("zh-CN", "news-zh"),
        ("zh", "news-zh"),
        ("zh-TW", "news-zh"),
        ("zh-Hant-HK", "news-zh"),
        ("ja", "news-zh"),
        ("en", "book-en"),
        ("en-GB", "book-en"),
        ("fr", "book-en"),
        ("und", "book-en"),
        ("", "book-en"),
    ],
)
def test_default_style_follows_the_language(lang: str, expected: str) -> None:
    assert default_style_name(lang) == expected
    assert resolve_style(None, lang).name == expected
    assert resolve_style("auto", lang).name == expected


def test_every_shipped_style_has_its_three_files() -> None:
    for folder in sorted(p for p in STYLES_DIR.iterdir() if p.is_dir()):
        style = resolve_style(folder.name, "und")
        assert style.css_path.is_file() and style.docx_path.is_file(), folder
        assert style.embed_families("und"), f"{folder}/style.toml names no font to embed"


def test_a_name_overrides_the_language() -> None:
    style = resolve_style("book-en", "zh-CN")
    assert style.folder == STYLES_DIR / "book-en"
    assert style.css_path == STYLES_DIR / "book-en" / "style.css"


def test_a_css_file_replaces_only_the_css(tmp_path: Path) -> None:
    sheet = tmp_path / "mine.css"
    sheet.write_text("p { color: #123456 }", encoding="utf-8")
    style = resolve_style(str(sheet), "en")
    assert (style.name, style.css_path, style.resource_root) == ("mine.css", sheet, tmp_path)
    assert style.docx_path == STYLES_DIR / "book-en" / "docx.toml"  # DOCX still the language's


def test_unknown_style_and_missing_sheet_are_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"unknown style 'nope'.*book-en.*news-zh"):
        resolve_style("nope", "en")
    with pytest.raises(UsageError, match="does not exist"):
        resolve_style(str(tmp_path / "absent.css"), "en")
    with pytest.raises(UsageError, match="unknown style"):
        resolve_style("../styles/news-zh", "en")  # names only, never paths out of styles/


def test_fonts_to_embed_follow_the_language() -> None:
    news = resolve_style("news-zh", "zh-CN")
    assert news.embed_families("zh-CN") == ["Noto Serif CJK SC", "Noto Sans CJK SC"]
    assert news.embed_families("zh-Hant-TW") == ["Noto Serif CJK TC", "Noto Sans CJK TC"]
    assert news.embed_families("ja") == ["Noto Serif CJK JP", "Noto Sans CJK JP"]
    assert resolve_style("book-en", "en").embed_families("en") == ["Liberation Serif"]
    assert best_language_key("zh-hant-hk", ["zh-Hant", "zh-HK"]) == "zh-Hant"


def test_unknown_pdf_variant_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="pdf/ua-1, pdf/a-2b"):
        WriteOptions(pdf_variant="pdf/x-4")


@pytest.mark.slow
def test_css_file_reaches_html_pdf_and_epub(tmp_path: Path, japanese: Document) -> None:
    sheet = tmp_path / "a5.css"
    sheet.write_text("@page { size: A5 } p { color: #123456 }", encoding="utf-8")
    options = WriteOptions(style=str(sheet))
    page = get_writer("html")(japanese, options)
    assert [s.text for s in parse_html(page).iter("style")] == [CLREQ_CSS, sheet.read_text()]
    reader = PdfReader(io.BytesIO(get_writer("pdf")(japanese, options)))
    assert [round(float(x)) for x in reader.pages[0].mediabox[2:]] == [420, 595]  # A5
    with zipfile.ZipFile(io.BytesIO(get_writer("epub")(japanese, options))) as epub:
        css = epub.read("EPUB/styles/stylesheet1.css").decode()
    assert "#123456" in css and "@page" not in css


# ---- Japanese -------------------------------------------------------------------------------


def test_japanese_html_marks_every_element(japanese: Document) -> None:
    root = parse_html(get_writer("html")(japanese, WriteOptions()))
    body = root.find("body")
    assert body is not None
    assert {e.get("lang") for e in body.iter() if isinstance(e.tag, str)} == {"ja"}


@pytest.mark.slow
def test_japanese_pdf_uses_japanese_faces_and_keeps_the_text(japanese: Document) -> None:
    data = get_writer("pdf")(japanese, WriteOptions())
    names = {f["name"].partition("+")[2] for f in pdf_fonts(data)}
    assert names == {"Noto-Serif-CJK-JP", "Noto-Sans-CJK-JP-Bold"}
    assert PdfReader(io.BytesIO(data)).root_object["/Lang"] == "ja"
    expected = [japanese.title, *japanese.body_text()]
    assert missing_in_order(pdf_text(data), expected) == []


def test_japanese_docx_indents_one_character_in_japanese_faces(japanese: Document) -> None:
    data = get_writer("docx")(japanese, WriteOptions())
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        styles = etree.fromstring(package.read("word/styles.xml"))
    defaults = styles.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    assert defaults.find("w:lang", NS).get(f"{{{W}}}eastAsia") == "ja-JP"
    assert defaults.find("w:rFonts", NS).get(f"{{{W}}}eastAsia") == "Noto Serif CJK JP"
    body = styles.xpath("w:style[w:name/@w:val='Body Text']/w:pPr/w:ind", namespaces=NS)[0]
    assert body.get(f"{{{W}}}firstLineChars") == "100"
    paragraphs = docx.Document(io.BytesIO(data)).paragraphs
    assert [p.text for p in paragraphs] == [japanese.title, *japanese.body_text()]


def test_missing_docx_definition_names_the_file(tmp_path: Path, japanese: Document) -> None:
    (tmp_path / "bare").mkdir()
    (tmp_path / "bare" / "style.css").write_text("p {}", encoding="utf-8")
    with pytest.raises(WriterError, match="no DOCX definition"):
        get_writer("docx")(japanese, WriteOptions(style="bare", styles_dir=tmp_path))


def test_the_styles_are_found_in_the_checkout_or_the_installed_package() -> None:
    """From a checkout (or an editable install) the top-level styles/; a wheel ships them as
    convert/styles (tests/test_wheel.py installs one)."""
    import convert

    packaged = Path(convert.__file__).parent / "styles"
    expected = packaged if packaged.is_dir() else Path(convert.__file__).parent.parent / "styles"
    assert expected.resolve() == STYLES_DIR
    assert {"book-en", "news-zh"} <= {p.name for p in STYLES_DIR.iterdir()}


def _without_at_rules_char_by_char(css: str, name: str) -> str:
    """The definition `without_at_rules` keeps to (its code until it copied stretches): every
    character looked at in turn."""
    keyword = f"@{name}".lower()
    out: list[str] = []
    i = 0
    while i < len(css):
        end = styles._opaque_end(css, i)
        if end > i:
            out.append(css[i:end])
            i = end
        elif css[i : i + len(keyword)].lower() == keyword and not styles._is_name_char(
            css, i + len(keyword)
        ):
            i = _rule_end_char_by_char(css, i)
        else:
            out.append(css[i])
            i += 1
    return "".join(out)


def _rule_end_char_by_char(css: str, i: int) -> int:
    depth = 0
    while i < len(css):
        end = styles._opaque_end(css, i)
        if end > i:
            i = end
            continue
        char = css[i]
        i += 1
        if char == ";" and depth == 0:
            return i
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return i
    return i


SHEET_PIECES = st.sampled_from(
    ["@page", "@PAGE", "@pages", "@supports", "@media", "{", "}", ";", "/*", "*/", '"', "'",
     "\\", "\n", " ", "a", "p", ":", "/", "@", "-"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(SHEET_PIECES, max_size=40).map("".join), st.sampled_from(["page", "supports"]))
def test_at_rules_are_removed_as_a_character_by_character_reading_does(css: str, name: str) -> None:
    assert styles.without_at_rules(css, name) == _without_at_rules_char_by_char(css, name)


def test_the_shipped_sheets_lose_their_page_and_supports_rules_alike() -> None:
    for sheet in sorted(STYLES_DIR.glob("*/*.css")):
        css = sheet.read_text(encoding="utf-8")
        for name in ("page", "supports"):
            assert styles.without_at_rules(css, name) == _without_at_rules_char_by_char(css, name)
