"""Punctuation set by clreq on the HTML tree (`convert/writers/clreq.py`), and what it does to the
PDF: adjacent marks in 1.5 em, no middle dot at a line's start, the text layer unchanged."""

from __future__ import annotations

import shutil
import subprocess

import lxml.html
import pytest
from lxml import etree

from convert.model import Document
from convert.writers import WriteOptions, clreq
from convert.writers import pdf as pdf_writer
from tests.support.pdf_lines import edge_violations, mark_pairs, pdf_lines

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def _page(body: str, lang: str = "zh") -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f'<html lang="{lang}"><body><p>{body}</p></body></html>')


def _halts(root: etree._Element) -> list[str]:
    return [span.text or "" for span in root.iter("span") if "halt" in span.get("class", "")]


def test_the_first_of_a_closing_pair_is_halved() -> None:
    root = clreq.apply(_page("他说：“好。”然后（“走”）。"))
    assert _halts(root) == ["：", "。", "”", "）"]
    spans = [s for s in root.iter("span")]
    assert spans[0].get("class") == "halt open-next centre"  # ：“ — a browser trims the “ itself
    assert spans[1].get("class") == "halt"  # 。 — zh-Hant faces centre it but `halt` moves it
    assert spans[3].get("class") == "halt"


def test_the_first_of_an_opening_pair_is_pulled_up_to_not_halved() -> None:
    root = clreq.apply(_page("然后（“走”）和“《书》”"))
    opening = [s.text for s in root.iter("span") if s.get("class") == clreq.OPEN_PAIR_CLASS]
    assert opening == ["（", "“"]
    assert "（" not in _halts(root) and "“" not in _halts(root)


def test_only_chinese_and_japanese_text_is_touched() -> None:
    root = _page("He said: “Fine.” Then·he left。”", lang="en")
    before = lxml.html.tostring(root)
    assert lxml.html.tostring(clreq.apply(root)) == before
    japanese = clreq.apply(_page("「はい。」と言った。", lang="ja"))
    assert _halts(japanese) == ["。"]


def test_japanese_question_and_exclamation_marks_are_kept_whole() -> None:
    """JLReq §3.1.10: ？！ are full-width, and a closing bracket after one follows with no space
    (then half an em); the bracket is still halved before a stop. In Chinese ？ is halved."""
    japanese = clreq.apply(_page("「本当？」「だよ！」と言った。「なぜ？」。", lang="ja"))
    assert _halts(japanese) == ["」", "。", "」"]  # 」「, 。「 and 」。, never ？ or ！
    assert _halts(clreq.apply(_page("他问：“好吗？”"))) == ["：", "？"]


def test_text_is_unchanged_but_for_word_joiners_and_applying_twice_changes_nothing() -> None:
    text = "马克·吐温说：“好。”又说“不，”。"
    root = clreq.apply(_page(text))
    once = lxml.html.tostring(root)
    assert root.text_content().replace(clreq.WORD_JOINER, "") == text
    assert lxml.html.tostring(clreq.apply(root)) == once


def test_joiners_only_where_a_break_is_forbidden_anyway() -> None:
    root = clreq.apply(_page("说：“好。”"))
    p = root.find(".//p")
    assert p.text == "说" + clreq.WJ  # no break before a colon
    assert p[0].tail == "“好" + clreq.WJ  # a break between ： and “ is allowed: no joiner
    assert p[1].tail == clreq.WJ + "”"  # none before a closing quote


def test_xhtml_spans_take_the_xhtml_namespace() -> None:
    root = etree.fromstring(
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh"><body><p>好。”</p></body></html>'
    )
    clreq.apply(root)
    assert root.find(".//{http://www.w3.org/1999/xhtml}span") is not None


def _pdf(body: str) -> bytes:
    page = lxml.html.tostring(clreq.apply(_page(body)), encoding="utf-8")
    options = WriteOptions(source_date_epoch=946684800)
    return pdf_writer.html_to_pdf(page, options, options.style_for("zh"))


@needs_poppler
def test_adjacent_marks_take_one_and_a_half_em() -> None:
    pairs = mark_pairs(_pdf("他说：“好。”我们说“对，”他们“走。”" * 3))
    assert {p.marks for p in pairs} >= {"：“", "。”", "，”"}
    assert all(1.45 < p.em < 1.6 for p in pairs), pairs


@needs_poppler
@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant"])
def test_opening_pairs_take_one_and_a_half_em_on_one_text_line(lang: str) -> None:
    """Each pair at every offset of a line (a line holds 43 to 45 characters): the text layer
    keeps its characters and poppler reads as many lines as the page has (a mark drawn before
    its pen position split them)."""
    body = "".join("字" * n + "（“引文”）" + "字" * 5 + "“《书》”" for n in range(0, 46, 3))
    options = WriteOptions(source_date_epoch=946684800)
    bare = pdf_writer.html_to_pdf(
        lxml.html.tostring(_page(body, lang), encoding="utf-8"), options, options.style_for("zh")
    )
    assert all(p.em > 1.95 for p in mark_pairs(bare) if p.marks in ("（“", "“《"))
    page = lxml.html.tostring(clreq.apply(_page(body, lang)), encoding="utf-8")
    data = pdf_writer.html_to_pdf(page, options, options.style_for("zh"))
    opening = sorted(p.em for p in mark_pairs(data) if p.marks in ("（“", "“《"))
    # a justified line widens the three gaps around a pair a little (a line whose breaks are
    # held by the marks has more to spread): 1.5 em, and never more than 1.7
    assert len(opening) >= 20 and 1.49 < opening[len(opening) // 2] < 1.53, opening
    assert opening[0] > 1.45 and opening[-1] < 1.7, opening
    text = subprocess.run(
        ["pdftotext", "-nopgbrk", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode()
    assert "".join(text.split()).rstrip("0123456789") == body
    raw = [line for line in text.splitlines() if line.strip()]
    assert len(raw) == len(pdf_lines(data)[1])


@needs_poppler
def test_a_centred_mark_before_a_closing_one_gives_back_a_quarter_em_in_zh_hant() -> None:
    """Traditional faces centre ？ (halt cannot move it): ？” in 1.75 em, not 2; and in
    Simplified faces, where ？ stands left, 1.5 em as before."""
    for lang, low, high in (("zh-Hant", 1.7, 1.85), ("zh-Hans", 1.45, 1.6)):
        page = clreq.apply(_page("他问：“好吗？”我说“好！”他说“好。”" * 3, lang))
        options = WriteOptions(source_date_epoch=946684800)
        data = pdf_writer.html_to_pdf(
            lxml.html.tostring(page, encoding="utf-8"), options, options.style_for("zh")
        )
        pairs = [p.set_em for p in mark_pairs(data) if p.marks in ("？”", "！”")]
        # a pair split by a line break is not measured
        assert len(pairs) >= 5 and all(low < em < high for em in pairs), (lang, pairs)
        # 。 is centred in zh-Hant too, but there `halt` shifts and halves it: 1.5 em as before
        stops = [p.set_em for p in mark_pairs(data) if p.marks == "。”"]
        assert len(stops) >= 2 and all(1.45 < em < 1.6 for em in stops), (lang, stops)


@needs_poppler
def test_japanese_question_and_exclamation_marks_before_a_closing_bracket_take_2_em() -> None:
    """？」 and ！」 alike: 2 em (JLReq §3.1.10), where `halt` used to squeeze ！ (Noto CJK JP
    halves it, not ？) and leave ？ whole; 」。 still 1.5 em."""
    page = clreq.apply(_page("「本当か？」と聞くと「そうだよ！」と言った。「はい」。" * 3, "ja"))
    options = WriteOptions(source_date_epoch=946684800)
    data = pdf_writer.html_to_pdf(
        lxml.html.tostring(page, encoding="utf-8"), options, options.style_for("ja")
    )
    pairs = mark_pairs(data)
    whole = [p.set_em for p in pairs if p.marks in ("？」", "！」")]
    assert len(whole) == 6 and all(1.97 < em < 2.03 for em in whole), pairs
    halved = [p.set_em for p in pairs if p.marks in ("」。", "。「")]
    assert len(halved) >= 3 and all(1.47 < em < 1.53 for em in halved), pairs


@needs_poppler
def test_a_middle_dot_never_starts_a_line() -> None:
    """41 characters, then 马克 fill the first line (45 em less the 2 em indent) exactly, so a
    break before the dot is the one the line would take without the joiners."""
    body = "字" * 41 + "马克·吐温来到了这里。"
    lines = pdf_lines(_pdf(body))[1]
    assert edge_violations(lines) == []
    unjoined = lxml.html.tostring(_page(body), encoding="utf-8")
    options = WriteOptions(source_date_epoch=946684800)
    bare = pdf_writer.html_to_pdf(unjoined, options, options.style_for("zh"))
    assert any("'·'" in v for v in edge_violations(pdf_lines(bare)[1]))  # the test can fail


@needs_poppler
def test_the_text_layer_holds_no_joiner() -> None:
    out = subprocess.run(
        ["pdftotext", "-", "-"], input=_pdf("马克·吐温说：“好。”"), capture_output=True, check=True
    ).stdout.decode()
    assert "马克·吐温说：“好。”" in out
    assert clreq.WORD_JOINER not in out


# Each mark clreq keeps off a line's edge, after every prefix length that can bring it to a
# line's start or end in either house style (news-zh: 45 characters a line, 43 after the indent;
# book-en: about 40 at 11 pt), one paragraph per length.
EDGE_CASES = {
    "middle dot": "马克·吐温",
    "dash": "他说——这是",
    "ellipsis": "等等……然后",
    "iteration mark": "人人々々來",
    "stop": "好。",
    "closing quote": "“好”字",
    "opening bracket": "（注）",
}


@needs_poppler
@pytest.mark.parametrize("style", ["news-zh", "book-en"])
def test_no_mark_reaches_a_forbidden_line_edge_in_either_style(style: str) -> None:
    paragraphs = ["字" * n + case + "字" * 8 for case in EDGE_CASES.values() for n in range(30, 50)]
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    page = clreq.apply(lxml.html.fromstring(f'<html lang="zh"><body>{body}</body></html>'))
    options = WriteOptions(source_date_epoch=946684800, style=style)
    data = pdf_writer.html_to_pdf(
        lxml.html.tostring(page, encoding="utf-8"), options, options.style_for("zh")
    )
    lines = pdf_lines(data)[1]
    assert len(lines) > len(paragraphs)  # the paragraphs did wrap
    assert edge_violations(lines) == []


@pytest.mark.parametrize("style_name", ["news-zh", "book-en"])
def test_the_spans_rules_have_one_source_written_ahead_of_every_house_sheet(
    style_name: str, minimal_doc: Document
) -> None:
    """`clreq.CLREQ_CSS` is the only copy of the rules for the spans: the house sheets do not
    repeat them, and the HTML page, the EPUB's sheet and the PDF's all get them first."""
    from convert.writers import html
    from convert.writers.epub.css import house_css, without_page_rules
    from convert.writers.styles import without_at_rules

    options = WriteOptions(style=style_name)
    style = options.style_for(minimal_doc.lang)
    house = style.css_path.read_text(encoding="utf-8")
    assert ".halt {" not in house and ".open-pair {" not in house
    assert ".halt {" in clreq.CLREQ_CSS and "@supports (text-spacing-trim" in clreq.CLREQ_CSS
    styles = [s.text for s in html.build_html_tree(minimal_doc, options).iter("style")]
    assert styles[-2:] == [clreq.CLREQ_CSS, house]
    assert house_css(style) == without_page_rules(clreq.CLREQ_CSS + house).encode("utf-8")
    sheet = pdf_writer.style_sheet(style).text
    assert sheet == without_at_rules(clreq.CLREQ_CSS + house, "supports")
    assert "@supports (" not in sheet and ".halt {" in sheet  # WeasyPrint gets no @supports
