"""`galley convert DIR -o OUT` writes OUT/index.html; one file does not; checked in Chromium."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest

from convert.cli import main
from convert.run.outputs import output_mode

TEXT = "他说,你好。\n\n她说,再见。\n"


def _desk(tmp_path: Path) -> Path:
    desk = tmp_path / "desk"
    (desk / "sub").mkdir(parents=True)
    (desk / "a.txt").write_text(TEXT, encoding="utf-8")
    (desk / "sub" / "b.txt").write_text("Plain English text that needs nothing.\n", "utf-8")
    (desk / "bad.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    return desk


def test_a_batch_writes_its_index(tmp_path: Path) -> None:
    desk, out = _desk(tmp_path), tmp_path / "out"
    assert main(["convert", str(desk), "-o", str(out), "-t", "html"]) == 1  # bad.txt failed
    index = out / "index.html"
    page = index.read_text(encoding="utf-8")
    assert page.index("bad.txt") < page.index("a.txt") < page.index("b.txt")
    assert 'href="sub/b.review.html"' in page and 'href="a.review.html"' in page
    assert stat.S_IMODE(index.stat().st_mode) == output_mode()
    first = index.read_bytes()
    assert main(["convert", str(desk), "-o", str(out), "-t", "html"]) == 1  # all skipped now
    assert index.read_bytes() == first


def test_the_index_does_not_depend_on_where_the_folder_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = _desk(tmp_path)
    assert main(["convert", str(desk), "-o", str(tmp_path / "one"), "-t", "html"]) == 1
    page = (tmp_path / "one" / "index.html").read_text(encoding="utf-8")
    assert ">sub/b.txt<" in page and str(tmp_path) not in page
    moved = desk.rename(tmp_path / "elsewhere")
    monkeypatch.chdir(moved)
    assert main(["convert", ".", "-o", str(tmp_path / "two"), "-t", "html"]) == 1
    assert (tmp_path / "two" / "index.html").read_text(encoding="utf-8") == page


def test_one_file_writes_no_index(tmp_path: Path) -> None:
    desk, out = _desk(tmp_path), tmp_path / "out"
    assert main(["convert", str(desk / "a.txt"), "-o", str(out), "-t", "html"]) == 0
    assert not (out / "index.html").exists()


def test_a_document_called_index_keeps_its_name(tmp_path: Path) -> None:
    desk, out = _desk(tmp_path), tmp_path / "out"
    (desk / "index.txt").write_text(TEXT, encoding="utf-8")
    main(["convert", str(desk), "-o", str(out), "-t", "html"])
    assert "她说" in (out / "index.html").read_text(encoding="utf-8")
    assert "index.txt" in (out / "galley-index.html").read_text(encoding="utf-8")


def test_the_index_in_chromium(tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("Debian's chromium is not installed (scripts/install.sh --test)")
    desk, out = _desk(tmp_path), tmp_path / "out"
    main(["convert", str(desk), "-o", str(out), "-t", "html"])
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            page = browser.new_page()
            page.goto((out / "index.html").as_uri())
            assert page.locator("tr").nth(1).inner_text().startswith("bad.txt")
            page.get_by_role("link", name="a.txt", exact=True).click()
            assert page.title() == "Galley review: a.txt"
        finally:
            browser.close()
