"""A document with every block and inline kind of the model, for the JATS and writer tests."""

from __future__ import annotations

from dataclasses import replace

from convert.model import (
    Code,
    CodeBlock,
    Document,
    Figure,
    LineBreak,
    Link,
    ListBlock,
    Note,
    NoteRef,
    Paragraph,
    Quote,
    Rule,
    Section,
    Span,
    Styled,
    Table,
    Text,
)

from ..conftest import TESTS

RICH = Document(
    lang="zh-CN",
    article_type="other",
    title="长城",
    body=(
        Paragraph.of(
            (
                Text("长城是"),
                Styled("italic", (Text("强调"),)),
                Text("和"),
                Styled("bold", (Text("加粗"), Styled("sup", (Text("2"),)))),
                Text("，"),
                Code("x < y"),
                Link("https://example.org/?a=1&b=2", (Text("链接"),)),
                NoteRef("fn1", "1"),
                LineBreak(),
                Span("en", (Text("English "), Styled("sub", (Text("i"),)))),
            )
        ),
        Section(
            "第一部分 强调",
            1,
            (
                ListBlock(
                    False,
                    (
                        (
                            Paragraph("第一项"),
                            ListBlock(True, ((Paragraph("嵌套"),), (Paragraph("two"),))),
                        ),
                        (Paragraph.of((Text("第二项"), NoteRef("fn2", "2"))),),
                    ),
                ),
                Quote((Paragraph("引用。"),)),
                Table(
                    ((((Text("名称"),), (Text("长度"),))),),
                    (((Text("长城"),), (Styled("italic", (Text("两万"),)),)), ((), (Text("x"),))),
                    (Text("表一："), Styled("bold", (Text("长度"),))),
                ),
                Figure("fig1.png", "运河的图片", (Text("图一"),)),
                CodeBlock('print("code")\n  indented'),
                Rule(),
                Section(
                    "细节", 2, (Paragraph("正文。"),), heading=(Styled("italic", (Text("细节"),)),)
                ),
            ),
            heading=(Text("第一部分 "), Styled("italic", (Text("强调"),))),
        ),
    ),
    notes=(
        Note("fn1", "1", (Paragraph("第一个脚注。"),)),
        Note("fn2", "2", (Paragraph.of((Text("Second "), Styled("italic", (Text("note"),)))),)),
    ),
)

FIGURE_PNG = TESTS / "fixtures" / "rich" / "fig1.png"
# the same, with its figure's image
RICH_WITH_MEDIA = replace(RICH, media={"fig1.png": FIGURE_PNG.read_bytes()})
