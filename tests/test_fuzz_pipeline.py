"""The whole front half (normalize → structure → JATS → validation) over generated text.

Whatever the text, the result is either a valid JATS document whose text came from the input, or a
GalleyError — never an unhandled exception. CI runs a modest budget; GALLEY_FUZZ_EXAMPLES raises it
(see bench/README.md for the long run).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from convert import jats
from convert.config import Config
from convert.errors import GalleyError
from convert.run.pipeline import prepare_text

EXAMPLES = int(os.environ.get("GALLEY_FUZZ_EXAMPLES", "200"))

PIECES = st.sampled_from(
    [
        "标题",
        "东城区总工会",
        "。",
        "，",
        ",",
        "“",
        "”",
        "(",
        ")",
        "——",
        "□本报记者 张三 李四",
        "Chapter 1",
        "By Jane Austen",
        "PRIDE AND PREJUDICE",
        "It is a truth.",
        "and",
        " ",
        "\n",
        "\n\n",
        "\r\n",
        "\x0c",
        "\u200b",
        "\u00ad",
        "<p>",
        "&amp;",
        "]]>",
        "\x00",
        "\ud7ff",
        "\U0001f600",
        "مرحبا",
        "שלום",
        "東京で",
        "서울",
        "1,000",
        "  ",
        "\u3000\u3000",
    ]
)
TEXTS = st.lists(PIECES, min_size=1, max_size=40).map("".join) | st.text(min_size=1, max_size=300)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_gives_valid_jats_or_a_galley_error(text: str) -> None:
    try:
        _, document = prepare_text(text, Config(), "fuzz")
    except GalleyError:
        return
    tree = etree.fromstring(document.jats).getroottree()
    jats.validate(tree)  # raises SchemaError with the violations if not
    assert document.title
