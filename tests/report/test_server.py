"""The review server: loopback, token, the decisions written on save, the document converted again.

The end-to-end test drives Debian's Chromium through Playwright (no `playwright install`: it is
launched by its path); it is skipped where either is missing (scripts/install.sh --test installs
both).
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from convert.config.settings import Settings
from convert.decisions import decisions_path, load_decisions
from convert.report.server import ReviewServer, ReviewSession

from ..support.signals import ctrl_c_default

TEXT = "第一段的文字,写得很长。\n\n她说,再见。\n\n小标题\n\n这是另一段话,不必理会。\n\n结尾的话,就此打住。\n"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = Path(os.environ.get("GALLEY_SCREENSHOTS", "/tmp"))


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ReviewServer]:
    source = tmp_path / "desk" / "a.txt"
    source.parent.mkdir()
    source.write_text(TEXT, encoding="utf-8")
    session = ReviewSession(source, tmp_path / "out", Settings(formats=("html", "xml")))
    session.convert()
    running = ReviewServer(session)
    thread = threading.Thread(target=running.serve_forever, daemon=True)
    thread.start()
    yield running
    running.shutdown()
    running.server_close()
    thread.join()


def _get(url: str, host: str | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers={"Host": host} if host else {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def test_only_loopback_with_the_token(server: ReviewServer) -> None:
    assert server.server_address[0] == "127.0.0.1"
    base = server.url.split("?")[0]
    assert _get(base)[0] == 403
    assert _get(base + "?token=wrong")[0] == 403
    assert _get(server.url, host="attacker.example")[0] == 403  # DNS rebinding
    status, page = _get(server.url)
    assert status == 200
    assert b'name="c1"' in page and b"Save decisions" in page
    assert b"http:" not in page.replace(b"http://www.w3.org", b"")  # nothing remote is loaded
    status, html = _get(f"{base.rstrip('/')}/out/a.html?token={server.session.token}")
    assert status == 200 and "她说，再见".encode() in html
    assert _get(f"{base.rstrip('/')}/out/../a.txt?token={server.session.token}")[0] == 404


def test_save_writes_the_decisions_and_converts_again(server: ReviewServer) -> None:
    session = server.session
    form = {"source": session.digest(), "c1": "reject", "c0": "", "b2": "heading"}
    source_bytes = session.source.read_bytes()
    data = urllib.parse.urlencode(form).encode()
    url = server.url.replace("/?", "/save?")
    with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=60) as response:
        assert response.status == 200  # followed the redirect to the page
        page = response.read()
    decisions, path = load_decisions(session.source)
    assert path == decisions_path(session.source)
    assert [d.verdict for d in decisions.changes] == ["reject"]
    assert [(s.role, s.text) for s in decisions.structure] == [("heading", "她说，再见。")]
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~_umask()
    xml = (session.out_dir / "a.xml").read_text(encoding="utf-8")
    assert "<title>她说,再见。</title>" in xml
    assert b"Saved a.txt.decisions.toml (2 decisions)" in page
    assert session.source.read_bytes() == source_bytes  # the source is never written


def test_save_refuses_a_page_older_than_the_source(server: ReviewServer) -> None:
    data = urllib.parse.urlencode({"source": "stale", "c1": "reject"}).encode()
    url = server.url.replace("/?", "/save?")
    with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=60) as response:
        assert b"changed since this page was loaded" in response.read()
    assert not decisions_path(server.session.source).exists()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_in_chromium_reject_a_change_save_and_see_the_output_change(server: ReviewServer) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (scripts/install.sh --test)")
    session = server.session
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            requested: list[str] = []
            page.on("request", lambda request: requested.append(request.url))
            page.goto(server.url)
            result = page.locator(".texts section").nth(1)
            assert "她说，再见" in result.inner_text()
            page.screenshot(path=str(SHOTS / "galley-review-before.png"), full_page=True)
            page.select_option('select[name="c1"]', "reject")
            page.click("#save")
            page.wait_for_selector("#saved")
            assert "Saved a.txt.decisions.toml (1 decision)" in page.inner_text("#saved")
            assert "她说,再见" in page.locator(".texts section").nth(1).inner_text()
            assert page.locator('select[name="c1"]').input_value() == "reject"
            assert page.locator("table.rejected").count() == 1
            page.screenshot(path=str(SHOTS / "galley-review-after.png"), full_page=True)
            with page.expect_popup() as popup:
                page.click("#saved a:text('a.html')")
            assert "她说,再见" in popup.value.inner_text("body")
            popup.value.screenshot(path=str(SHOTS / "galley-review-output.png"))
        finally:
            browser.close()
    assert all(url.startswith(server.url.split("?")[0]) for url in requested)
    decisions, _ = load_decisions(session.source)
    assert [(d.verdict, d.before, d.after) for d in decisions.changes] == [("reject", ",", "，")]
    assert "她说,再见" in (session.out_dir / "a.html").read_text(encoding="utf-8")


def test_bad_requests_are_refused(server: ReviewServer) -> None:
    url = server.url.replace("/?", "/save?")
    for body, status in ((b"\xff\xfe", 400), (b"", 400)):
        request = urllib.request.Request(url, data=body, method="POST")
        try:
            urllib.request.urlopen(request, timeout=30)
        except urllib.error.HTTPError as exc:
            assert exc.code == status
        else:
            raise AssertionError("accepted")
    assert not decisions_path(server.session.source).exists()


def test_the_command_prints_its_url_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys

    source = tmp_path / "a.txt"
    source.write_text(TEXT, encoding="utf-8")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "convert",
            "review",
            str(source),
            "-o",
            str(tmp_path / "out"),
            "-t",
            "xml",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=ctrl_c_default,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        url = line.rsplit(" ", 1)[-1].strip()
        assert line.startswith(f"Galley review of {source}: http://127.0.0.1:")
        assert _get(url)[0] == 200
        assert (tmp_path / "out" / "a.xml").exists()
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "review server stopped" in err


def test_a_folder_has_an_index_then_a_page_per_document(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    (desk / "sub").mkdir(parents=True)
    (desk / "a.txt").write_text("Plain English that needs nothing at all.\n", "utf-8")
    (desk / "sub" / "b.txt").write_text("昨天上午,北京 and 上海的干部参加了学习会。\n", "utf-8")
    settings = Settings(formats=("xml",))
    sessions = [
        ReviewSession(desk / "a.txt", tmp_path / "out", settings),
        ReviewSession(desk / "sub" / "b.txt", tmp_path / "out" / "sub", settings),
    ]
    running = ReviewServer(sessions)
    thread = threading.Thread(target=running.serve_forever, daemon=True)
    thread.start()
    try:
        base, token = running.url.split("?")
        status, index = _get(running.url)
        assert status == 200
        page = index.decode()
        assert page.index("b.txt") < page.index("a.txt")  # b has a warning: first
        assert f'href="/d/1/?{token}"' in page
        assert _get(f"{base}d/1/")[0] == 403  # the token is needed everywhere
        status, b_page = _get(f"{base}d/1/?{token}")
        assert status == 200 and b'action="/d/1/save?' in b_page
        assert (tmp_path / "out" / "sub" / "b.xml").exists()  # converted when first opened
        assert not (tmp_path / "out" / "a.xml").exists()
        digest = ReviewSession(desk / "sub" / "b.txt", tmp_path, settings).digest()
        change = re.search(r'<select name="(c\d+)"', b_page.decode())
        assert change
        form = urllib.parse.urlencode({"source": digest, change[1]: "accept"}).encode()
        request = urllib.request.Request(f"{base}d/1/save?{token}", data=form)
        with urllib.request.urlopen(request, timeout=60) as response:
            assert response.url.endswith(f"/d/1/?{token}")
        assert decisions_path(desk / "sub" / "b.txt").exists()
        assert not decisions_path(desk / "a.txt").exists()
        assert _get(f"{base}d/7/?{token}")[0] == 404
    finally:
        running.shutdown()
        running.server_close()
        thread.join()
