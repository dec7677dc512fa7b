"""The loop docs/review.md describes, through the command line and the review server (no git):
a damaged article fails the CI check with an annotation, the editor rejects the change in
`galley review`, the decisions file is written beside it, and the same check passes."""

from __future__ import annotations

import os
import re
import threading
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from convert.cli import main
from convert.cli.args import build_parser, settings_finder
from convert.report.server import ReviewServer, ReviewSession

OLD = "上周的报道\n\n本报记者 李明\n\n上周五,市工会召开了全体会议。\n"
NEW = (
    "两地联合报道\n\n本报记者 王芳\n\n"
    "昨天上午,北京and上海的工会干部一起参加了学习会。会后大家纷纷表示,要把精神落到实处。\n"
)
CHECK = ["check", "articles", "--format", "github", "--baseline", "galley-baseline.json"]


def test_the_review_loop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    articles = Path("articles")
    articles.mkdir()
    (articles / "old.txt").write_text(OLD, encoding="utf-8")
    assert main([*CHECK, "--update-baseline"]) == 0  # the repository as it was: green
    capsys.readouterr()

    # 1. a pull request adds a damaged article; CI annotates it and fails
    (articles / "new.txt").write_text(NEW, encoding="utf-8")
    assert main(CHECK) == 1
    annotations = capsys.readouterr().out
    assert (
        "::warning file=articles/new.txt,line=5,col=8,title=galley stray/stray-word::"
        in annotations
    )

    # 2. the editor runs `galley review articles/new.txt -t html` and rejects that change
    args = build_parser().parse_args(["review", "articles/new.txt", "-t", "html"])
    source = Path(args.path)
    session = ReviewSession(source, args.output, settings_finder(args).for_path(source))
    session.convert()
    server = ReviewServer(session)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with urllib.request.urlopen(server.url, timeout=30) as response:
            page = response.read().decode("utf-8")
        row = next(r for r in page.split("<tr") if "stray / stray-word" in r and "<select" in r)
        field = re.search(r'<select name="(c\d+)"', row)
        digest = re.search(r'name="source" value="([0-9a-f]+)"', page)
        assert field and digest
        form = urllib.parse.urlencode({"source": digest[1], field[1]: "reject"}).encode()
        save = urllib.request.Request(server.url.replace("/?", "/save?"), data=form)
        with urllib.request.urlopen(save, timeout=60) as response:
            assert "Saved new.txt.decisions.toml (1 decision)" in response.read().decode()
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    decisions = articles / "new.txt.decisions.toml"
    assert 'verdict = "reject"\nkind = "stray-word"\nbefore = "and"' in decisions.read_text("utf-8")
    assert "北京and上海" in (Path("out") / "new.html").read_text(encoding="utf-8")

    # 3. the decisions file is committed with the article; the same check is green
    assert main(CHECK) == 0
    assert "::warning" not in capsys.readouterr().out
    assert sorted(os.listdir(articles)) == ["new.txt", "new.txt.decisions.toml", "old.txt"]
