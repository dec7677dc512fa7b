from __future__ import annotations

import pytest

from convert.model import Document, Paragraph, Section
from convert.normalize import normalize
from convert.structure import build_document, detect_language, parse_byline

from .conftest import REPO

SEED = REPO / "samples" / "000_331d64802fbda7f9.txt"
DISTRICTS = ["东城区", "西城区", "朝阳区", "海淀区", "丰台区", "石景山区", "门头沟区", "房山区"]


@pytest.fixture(scope="module")
def seed_doc() -> Document:
    return build_document(normalize(SEED.read_text(encoding="utf-8")).text)


def test_seed_front_matter(seed_doc: Document) -> None:
    assert seed_doc.title == "牢记使命 团结凝聚首都广大职工奋进新征程"
    assert seed_doc.subtitle == "全市各区工会认真学习党的二十大报告（上）"  # the —— is presentation
    assert seed_doc.kicker == ""
    assert [c.name for c in seed_doc.contributors] == [
        "张晶",
        "边磊",
        "陈曦",
        "刘欣欣",
        "赵思远",
        "余翠平",
        "闫长禄",
    ]
    assert {c.role for c in seed_doc.contributors} == {"本报记者"}
    assert (seed_doc.lang, seed_doc.article_type) == ("zh-CN", "news")


def test_seed_sections_and_paragraphs(seed_doc: Document) -> None:
    lead = seed_doc.body[0]
    assert isinstance(lead, Paragraph) and lead.kind == "lead" and lead.text.startswith("昨天上午")
    top = [item for item in seed_doc.body if isinstance(item, Section)]
    assert [s.title for s in top] == [d + "总工会" for d in DISTRICTS]
    for section in top:
        (headline,) = section.children
        assert isinstance(headline, Section) and headline.level == 2
        assert all(isinstance(p, Paragraph) for p in headline.children)
    assert top[5].children[0].title == "更加坚定永远跟党走的信心和决心"  # type: ignore[union-attr]
    assert len(seed_doc.paragraphs()) == 20
    assert len(seed_doc.sections()) == 16


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我们在北京开会，这是国家的大事。", "zh-CN"),
        ("我們在臺北開會，這是國家的大事。", "zh-TW"),
        ("東京で会議が開かれました。", "ja"),
        ("서울에서 회의가 열렸습니다.", "ko"),
        ("The meeting was held in London.", "en"),
    ],
)
def test_language_detection(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_bylines() -> None:
    assert [(c.name, c.role) for c in parse_byline("□本报记者 张晶 边磊")] == [
        ("张晶", "本报记者"),
        ("边磊", "本报记者"),
    ]
    assert [c.name for c in parse_byline("By Jane Austen and Cassandra Austen")] == [
        "Jane Austen",
        "Cassandra Austen",
    ]


def test_english_article_with_chapter_headings() -> None:
    text = (
        "PRIDE AND PREJUDICE\n\nBy Jane Austen\n\nChapter 1\n\n"
        "It is a truth universally acknowledged.\n\nHowever little known the feelings may be.\n\n"
        "Chapter 2\n\nMr. Bennet was among the earliest."
    )
    doc = build_document(normalize(text).text)
    assert doc.title == "PRIDE AND PREJUDICE" and doc.lang == "en"
    assert [c.name for c in doc.contributors] == ["Jane Austen"]
    assert [s.title for s in doc.sections()] == ["Chapter 1", "Chapter 2"]
    assert doc.article_type == "other"


def test_paragraph_in_another_language_gets_its_own_lang() -> None:
    text = "标题\n\n这是中文的段落，内容很长很长。\n\nThis paragraph is written entirely in English words."
    doc = build_document(text)
    assert [p.lang for p in doc.paragraphs()] == [None, "en"]


@pytest.mark.parametrize("heading", ["CHAPTER I.", "Chapter 1", "CHAPTER XII", "Book Two"])
def test_english_chapter_headings(heading: str) -> None:
    text = f"A TALE\n\n{heading}\n\nIt was the best of times, it was the worst of times."
    doc = build_document(normalize(text).text)
    assert [s.title for s in doc.sections()] == [heading]


def test_a_dateline_stays_with_its_paragraph() -> None:
    for dateline in ["央视网消息（新闻联播）：", "本报讯（记者 王磊）"]:
        text = f"国务院常务会议召开\n\n{dateline}\n\n国务院总理今天主持召开国务院常务会议，部署下一步工作。"
        doc = build_document(normalize(text).text)
        (paragraph,) = doc.paragraphs()
        assert paragraph.text.startswith(dateline) and paragraph.text.endswith("部署下一步工作。")
    english = "BEIJING TALKS\n\nBEIJING, Oct. 17 — Delegates gathered in the Great Hall on Sunday."
    doc = build_document(normalize(english).text)
    assert [p.text for p in doc.paragraphs()] == [english.split("\n\n")[1]]
    assert doc.sections() == []


def test_chinese_byline_with_a_box_and_a_hard_wrapped_article() -> None:
    text = "首都职工热议二十大报告\n\n□本报记者 王磊\n\n昨天上午，全市各级工会组织职工收看\n开幕会盛况，大家纷纷表示\n深受鼓舞。"
    doc = build_document(normalize(text).text)
    assert doc.title == "首都职工热议二十大报告"
    assert [(c.name, c.role) for c in doc.contributors] == [("王磊", "本报记者")]
    assert [p.text for p in doc.paragraphs()] == [
        "昨天上午，全市各级工会组织职工收看开幕会盛况，大家纷纷表示深受鼓舞。"
    ]


FEDERALIST = REPO / "samples" / "federalist-01.txt"


@pytest.fixture(scope="module")
def federalist_doc() -> Document:
    from convert.readers import text

    return build_document(normalize(text.read(FEDERALIST).text).text)


def test_federalist_front_matter(federalist_doc: Document) -> None:
    # a title-case heading under the title that no other heading follows is its subtitle; the
    # author's name alone on a line is the byline, not a section around the whole paper
    assert federalist_doc.title == "FEDERALIST. No. 1"
    assert federalist_doc.subtitle == "General Introduction"
    assert [c.name for c in federalist_doc.contributors] == ["HAMILTON"]
    texts = [p.text for p in federalist_doc.paragraphs()]
    assert texts[:2] == ["For the Independent Journal.", "To the People of the State of New York:"]
    assert federalist_doc.sections() == []  # the salutation and the list are no headings


def test_federalist_list_after_a_colon_is_paragraphs_not_headings(federalist_doc: Document) -> None:
    texts = [p.text for p in federalist_doc.paragraphs()]
    start = texts.index(
        "I propose, in a series of papers, to discuss the following interesting particulars:"
    )
    assert texts[start + 1] == "THE UTILITY OF THE UNION TO YOUR POLITICAL PROSPERITY"
    assert "ITS ANALOGY TO YOUR OWN STATE CONSTITUTION" in texts
    assert texts[-2] == "PUBLIUS."  # the signature after the text stays where it is


@pytest.mark.parametrize(
    "heading", ["Hostile Input Sampler", "General Introduction", "Pride and Prejudice"]
)
def test_title_case_headings_ending_in_a_lowercase_letter(heading: str) -> None:
    text = f"A TALE\n\nIt was the best of times.\n\n{heading}\n\nIt was the worst of times."
    doc = build_document(normalize(text).text)
    assert [s.title for s in doc.sections()] == [heading]


@pytest.mark.parametrize(
    "line", ["said Miss Bingley", "To the People of the State of New York:", "Mr. Darcy"]
)
def test_lines_that_only_look_like_titles_are_paragraphs(line: str) -> None:
    text = f"A TALE\n\nIt was the best of times.\n\n{line}\n\nIt was the worst of times."
    doc = build_document(normalize(text).text)
    assert doc.sections() == []


def test_a_name_alone_under_the_title_is_the_byline() -> None:
    doc = build_document(normalize("Pride and Prejudice\n\nJane Austen\n\nIt is a truth.").text)
    assert (doc.title, [c.name for c in doc.contributors]) == (
        "Pride and Prejudice",
        ["Jane Austen"],
    )
    doc = build_document(normalize("A TALE\n\nIntroduction\n\nIt is a truth.\n\nMore.").text)
    assert doc.contributors == () and doc.subtitle == "Introduction"


def test_a_heading_with_nothing_under_it_at_the_end_is_a_paragraph() -> None:
    doc = build_document(normalize("A TALE\n\nIt was the best of times.\n\nHAMILTON").text)
    assert doc.sections() == [] and doc.paragraphs()[-1].text == "HAMILTON"
