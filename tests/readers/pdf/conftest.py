"""Newspaper pages made for the tests with WeasyPrint (a Galley dependency): two stories, three
justified columns, a running head and a page number, indented paragraphs, a bold subhead."""

from __future__ import annotations

from pathlib import Path

import pytest

PARAGRAPHS = [
    "央视网消息（新闻联播）：2025年6月1日，全国各地举行多种活动庆祝国际儿童节，孩子们在歌声和笑声中度过了自己的节日。"
    * 2,
    "在北京，少年儿童来到博物馆、科技馆参观学习，了解科学知识，感受传统文化的魅力，很多家长陪同孩子一起参加活动。"
    * 3,
    "在上海，各区组织开展亲子阅读、体育比赛和文艺演出，社区志愿者为孩子们准备了丰富多彩的节目和精美的礼物。"
    * 2,
]
SUBHEAD = "各地活动丰富多彩"
SECOND_TITLE = "夏粮收购工作全面展开"
SECOND = [
    "央视网消息（新闻联播）：记者从国家粮食和物资储备局了解到，今年夏粮收购工作已在主产区全面展开，进度快于去年同期。"
    * 2,
    "各地粮食部门加强市场监测，引导多元主体积极入市收购，确保农民种粮卖得出、卖得好。" * 2,
]
TITLE = "全国各地欢度六一国际儿童节"


def newspaper_html(columns: int = 3) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
    body += f"<p class=sub>{SUBHEAD}</p><p>{PARAGRAPHS[2]}</p>"
    second = "".join(f"<p>{p}</p>" for p in SECOND)
    return f"""<!doctype html><html lang=zh-CN><head><meta charset=utf-8><style>
@page {{ size: A4; margin: 20mm 15mm;
  @top-left {{ content: "新闻联播文字版　2025年6月1日"; font-size: 8pt; }}
  @bottom-center {{ content: "— " counter(page) " —"; font-size: 8pt; }} }}
body {{ font-family: "Noto Serif CJK SC"; font-size: 10pt; line-height: 1.5; }}
article {{ columns: {columns}; column-gap: 7mm; margin-bottom: 8mm; }}
h1 {{ column-span: all; font-size: 20pt; text-align: center; }}
p {{ text-align: justify; text-indent: 2em; margin: 0; }}
p.sub {{ font-weight: bold; text-indent: 0; font-size: 11pt; }}
</style></head><body>
<article><h1>{TITLE}</h1>{body}</article>
<article><h1>{SECOND_TITLE}</h1>{second}</article></body></html>"""


def truth() -> list[str]:
    return [TITLE, *PARAGRAPHS[:2], SUBHEAD, PARAGRAPHS[2], SECOND_TITLE, *SECOND]


@pytest.fixture(scope="session")
def newspaper_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from weasyprint import HTML

    path = tmp_path_factory.mktemp("pdf") / "page.pdf"
    HTML(string=newspaper_html()).write_pdf(path)
    return path


@pytest.fixture(scope="session")
def shuffled_pdf(newspaper_pdf: Path) -> Path:
    pytest.importorskip("pikepdf")
    from bench.pdf_corpus import build_shuffled

    path = newspaper_pdf.with_name("shuffled.pdf")
    build_shuffled(newspaper_pdf, path, "test")
    return path
