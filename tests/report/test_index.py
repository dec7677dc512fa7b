"""The batch index page: what needs an eye first, links that resolve, the same bytes every run."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from convert.report import FileResult
from convert.report.index import entries, index_page


def _results(out: Path) -> list[FileResult]:
    return [
        FileResult(
            "b.txt", "converted", 1.0, outputs=(str(out / "b.html"),), counts=(("info", 9),)
        ),
        FileResult("c.txt", "failed", error="c.txt: is binary"),
        FileResult("a.txt", "skipped", counts=(("warning", 1),)),
        FileResult(
            "d.txt",
            "converted",
            2.0,
            counts=(("error", 1), ("warning", 5)),
            outputs=(str(out / "sub" / "d.html"), str(out / "sub" / "d.review.html")),
        ),
    ]


def test_most_urgent_first_with_links_and_no_run_details(tmp_path: Path) -> None:
    earlier = {"a.txt": ["a.html", "a.review.html"]}
    page = index_page(entries(_results(tmp_path), tmp_path, earlier))
    tree = lxml.html.fromstring(page)
    rows = tree.findall(".//tr")[1:]
    assert [r.find("td").text_content() for r in rows] == [
        "c.txt",
        "d.txt",
        "a.txt",
        "b.txt",
    ]
    assert rows[1].find("td/a").get("href") == "sub/d.review.html"
    assert rows[2].find("td/a").get("href") == "a.review.html"  # skipped: from the manifest
    assert [td.text for td in rows[1].findall("td")[2:5]] == ["1", "5", "0"]
    assert "is binary" in rows[0].text_content()
    assert b"skipped" not in page and b"7.25" not in page  # the same page for a re-run
    assert b"<script" not in page and b"http" not in page


def test_deterministic(tmp_path: Path) -> None:
    results = _results(tmp_path)
    first = index_page(entries(results, tmp_path, {}))
    assert index_page(entries(list(reversed(results)), tmp_path, {})) == first
