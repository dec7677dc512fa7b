"""The hardening matrix for rich inputs (issue 14): scripts, handlers, unsafe links and remote
images in HTML, raw HTML in Markdown, zip bombs and external relationships in DOCX. Nothing
active reaches any output, nothing is fetched, everything left out is reported, and in a batch
a refused file does not stop the others."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from convert.cli import main
from convert.run.pipeline import prepare, render
from convert.writers import WriteOptions

from .conftest import FIXTURES
from .readers.test_docx import edited

FORMATS = ["xml", "html", "docx", "epub", "pdf"]
# what must not appear in any output, in any form a reader could act on
ACTIVE = [b"<script", b"javascript:", b"onclick", b"onerror", b"evil.example", b"tracker.example"]

HOSTILE_MD = """# 页面

正文<script>alert(1)</script>,还有<img src="x" onerror="steal()">和[坏链接](javascript:alert(1))。

<iframe src="https://evil.example/frame"></iframe>

![远程图片](https://evil.example/track.png)
"""

HOSTILE_HTML = """<!DOCTYPE html><html><head><title>页面</title>
<script>alert(1)</script><link rel="stylesheet" href="https://evil.example/x.css"></head>
<body onload="steal()"><h1>页面</h1>
<p onclick="steal()">正文,还有<a href="javascript:alert(1)">坏链接</a>。</p>
<p>Remote <img src="https://tracker.example/t.png" alt="pixel"> here.</p>
<iframe src="https://evil.example/frame"></iframe>
</body></html>
"""


def _outputs(path: Path) -> dict[str, bytes]:
    prepared = prepare(path)
    return render(prepared, FORMATS, WriteOptions())


def _unpacked(fmt: str, data: bytes) -> bytes:
    if fmt in ("docx", "epub"):
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return b"\n".join(package.read(n) for n in package.namelist())
    return data


@pytest.mark.parametrize(
    ("name", "content"), [("page.md", HOSTILE_MD), ("page.html", HOSTILE_HTML)]
)
def test_nothing_active_reaches_any_output(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    outputs = _outputs(path)
    for fmt, data in outputs.items():
        unpacked = _unpacked(fmt, data)
        found = [marker for marker in ACTIVE if marker in unpacked.lower()]
        assert found == [], (fmt, found)
    prepared = prepare(path)
    assert prepared.normalized is not None
    reported = {c.kind for c in prepared.normalized.changes if c.pass_name == "reader"}
    assert "link-dropped" in reported and reported & {"image-not-read", "inline-image"}
    assert reported & {"raw-markup", "html-removed"}


def test_a_batch_goes_on_past_refused_rich_files(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "good.md").write_text("# 标题\n\n正文,内容。\n", encoding="utf-8")
    (inbox / "fake.docx").write_text("<!DOCTYPE html><html><body>x</body></html>")
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (64 * 2**20))
    (inbox / "bomb.docx").write_bytes(bomb.getvalue())
    out = tmp_path / "out"
    code = main(["convert", str(inbox), "-o", str(out), "-t", "xml", "--ext", ".md,.docx",
                 "--no-review"])  # fmt: skip
    assert code != 0
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "good.repairs.json",
        "good.xml",
        "index.html",  # the batch index lists the refused files too
    ]
    assert "bomb.docx" in (out / "index.html").read_text(encoding="utf-8")
    sources = sorted(inbox.iterdir())
    assert [p.stat().st_size > 0 for p in sources] == [True] * 3  # sources untouched


def test_external_relationships_are_reported_in_the_log(tmp_path: Path) -> None:
    rels = zipfile.ZipFile(FIXTURES / "rich" / "manuscript.docx").read(
        "word/_rels/document.xml.rels"
    )
    rels = rels.replace(
        b"</Relationships>",
        b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/image" Id="rId98" Target="https://evil.example/i.png" '
        b'TargetMode="External" /></Relationships>',
    )
    path = edited(tmp_path, {"word/_rels/document.xml.rels": rels})
    prepared = prepare(path)
    assert prepared.normalized is not None
    kinds = [(c.kind, c.severity) for c in prepared.normalized.changes if c.pass_name == "reader"]
    assert kinds == [("external-resource", "warning")]
    for fmt, data in render(prepared, FORMATS, WriteOptions()).items():
        assert b"evil.example" not in _unpacked(fmt, data), fmt


def test_from_overrides_the_extension_and_refuses_unknown_formats(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("# 标题\n\n*强调*的正文。\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["convert", str(path), "-o", str(out), "-t", "xml", "--from", "markdown"]) == 0
    assert b"<italic>" in (out / "page.xml").read_bytes()
    assert main(["convert", str(path), "-o", str(out), "-t", "xml", "--from", "rtf"]) != 0


def test_check_reports_markdown_locations(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "doc.md"
    path.write_text("# 标题\n\n第一句,第二句。\n", encoding="utf-8")
    main(["check", str(path), "--format", "json", "--show", "info"])
    report = json.loads(capsys.readouterr().out)
    text = json.dumps(report, ensure_ascii=False)
    assert '"line": 3' in text and '"column": 4' in text
