"""What several writers share (`convert/writers/_common.py`): the date and the title block."""

from __future__ import annotations

from dataclasses import replace

from convert.model import Contributor, Document
from convert.writers._common import iso_date, title_block


def test_iso_date_is_utc() -> None:
    assert iso_date(946684800) == "2000-01-01T00:00:00Z"
    assert iso_date(1700000001) == "2023-11-14T22:13:21Z"


def test_the_title_block_has_only_the_lines_the_article_has(minimal_doc: Document) -> None:
    bare = replace(minimal_doc, kicker="", subtitle="", contributors=())
    assert title_block(bare) == [("title", bare.title)]
    full = replace(
        minimal_doc, kicker="引题", subtitle="副题", contributors=(Contributor("张晶"),)
    )
    assert [role for role, _ in title_block(full)] == ["kicker", "title", "subtitle", "byline"]
    assert title_block(full)[-1] == ("byline", full.byline())
