"""The batch index: `index.html` in the output folder of `galley convert DIR -o OUT`.

Every document of the run with its counts of errors, warnings and infos, sorted by what needs an
eye first (failed, then most errors, then most warnings), each linking to its review page and
outputs. Self-contained like the review page (inline CSS, no script, nothing remote) and
deterministic: no times or dates, so the same run gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import lxml.html
from lxml.html import builder as E

from .. import __version__
from .report import FileResult

INDEX = "index.html"

CSS = """
body { font: 15px/1.5 "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; margin: 0 auto;
  max-width: 1200px; padding: 1rem 1.5rem; color: #18181b; }
h1 { font-size: 1.3rem; margin: 0 0 .3rem; } .meta { color: #52525b; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { border-bottom: 1px solid #d4d4d8; padding: .25rem .5rem; text-align: left;
  vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; } td.n.zero { color: #a1a1aa; }
tr.failed td:first-child, tr.error td:first-child { border-left: 4px solid #dc2626; }
tr.warning td:first-child { border-left: 4px solid #d97706; }
tr.clear td:first-child { border-left: 4px solid #16a34a; }
td.err { color: #b91c1c; } .outputs a { margin-right: .5rem; }
"""


@dataclass(frozen=True)
class Entry:
    """One document of the index: its result and its outputs, relative to the index."""

    result: FileResult
    outputs: tuple[str, ...]
    name: str  # as the index shows it: its path inside the input folder

    @property
    def counts(self) -> dict[str, int]:
        return self.result.severity_counts()

    def urgency(self) -> tuple[int, int, int, str]:
        c = self.counts
        return (
            self.result.status != "failed",
            -c.get("error", 0),
            -c.get("warning", 0),
            self.name,
        )

    @property
    def level(self) -> str:
        if self.result.status == "failed":
            return "failed"
        c = self.counts
        return "error" if c.get("error") else "warning" if c.get("warning") else "clear"


def entries(
    results: Sequence[FileResult],
    out_dir: Path,
    earlier: Mapping[str, Sequence[str]],
    names: Mapping[str, str] | None = None,
) -> list[Entry]:
    """The run's documents, most urgent first. `earlier`: a skipped file's outputs (relative to
    `out_dir`), as the manifest recorded them when it was converted. `names`: the name shown
    for each result's path (its path inside the input folder, so that the page does not depend
    on where the folder is or which folder the command ran in)."""
    folder = out_dir.resolve()
    made = []
    for result in results:
        if result.outputs:
            outputs = tuple(_relative(Path(p), folder) for p in result.outputs)
        else:
            outputs = tuple(earlier.get(result.path, ()))
        made.append(Entry(result, outputs, (names or {}).get(result.path, result.path)))
    return sorted(made, key=Entry.urgency)


def _relative(path: Path, folder: Path) -> str:
    resolved = path.resolve()
    return resolved.relative_to(folder).as_posix() if resolved.is_relative_to(folder) else str(path)


def _label(output: str) -> str:
    for kind in ("review", "repairs"):
        if Path(output).stem.endswith(f".{kind}"):
            return kind
    return Path(output).suffix.lstrip(".")


def index_page(documents: Sequence[Entry]) -> bytes:
    totals = {s: sum(d.counts.get(s, 0) for d in documents) for s in ("error", "warning", "info")}
    failed = sum(d.result.status == "failed" for d in documents)
    rows = [
        E.TR(*(E.TH(h) for h in ("document", "status", "errors", "warnings", "infos", "outputs")))
    ]
    for d in documents:
        review = next((o for o in d.outputs if o.endswith(".review.html")), None)
        name = E.A(d.name, href=quote(review)) if review else E.SPAN(d.name)
        counts = [d.counts.get(s, 0) for s in ("error", "warning", "info")]
        last = (
            E.TD({"class": "err"}, d.result.error.replace(d.result.path, d.name))
            if d.result.status == "failed"
            else E.TD(
                {"class": "outputs"},
                *(E.A(_label(o), href=quote(o)) for o in d.outputs),
            )
        )
        rows.append(
            E.TR(
                {"class": d.level},
                E.TD(name),
                # converted now or earlier (skipped) is the same to a reader, and the page must
                # not differ between a full and an incremental run
                E.TD("failed" if d.result.status == "failed" else "converted"),
                *(E.TD({"class": "n zero" if n == 0 else "n"}, str(n)) for n in counts),
                last,
            )
        )
    title = f"Galley: {len(documents)} documents"
    page = E.HTML(
        E.HEAD(E.META(charset="utf-8"), E.TITLE(title), E.STYLE(CSS)),
        E.BODY(
            E.H1(title),
            E.P(
                {"class": "meta"},
                f"{len(documents) - failed} converted, {failed} failed · findings: "
                + ", ".join(f"{n} {s}" for s, n in totals.items())
                + f" · most urgent first · Galley {__version__}",
            ),
            E.TABLE(*rows),
        ),
        lang="en",
    )
    return lxml.html.tostring(page, doctype="<!DOCTYPE html>", encoding="utf-8")
