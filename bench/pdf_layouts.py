"""More page layouts for issue 12's "typeset and extract with pdftotext" sets.

bench/pdf_corpus.py (issue 15) sets the zh-news issues in 2-4 columns (WeasyPrint, a shuffled
copy, LibreOffice 2-3 columns). The issue asks for 1-4 columns and different widths as well, so
this module adds, from the same issues and the same truth files:

* `weasy-1col`: one column on A4, B5 or A5, a running head (paper and date left, `第N版` right)
  and a page number; the stories run on, several on a page;
* `weasy-narrow`: one column 45-95 mm wide (10-25 characters a line), same furniture;
* `office-1col`: LibreOffice from DOCX, one column, header and page-number footer;

and Pride and Prejudice (Project Gutenberg's text), five chapters a file, chapters running on:

* `en-weasy-1col`: an octavo page (A5), hyphenated (`hyphens: auto`, as books are), a running
  head (the title left, the page number right);
* `en-weasy-2col`: two columns on A4, not hyphenated, a centred page number.

Everything goes into the cache of bench/pdf_corpus.py; nothing generated is committed.

    .venv/bin/python bench/pdf_layouts.py         # build what is missing
"""

from __future__ import annotations

import argparse
import dataclasses
import html
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.pdf_corpus import CACHE, Issue, _date_line, build_docx, build_office  # noqa: E402

PP = ROOT.parent / "shared" / "corpus" / "en-gutenberg-pride-and-prejudice" / "1342-0.txt"
ZH_LAYOUTS = ("weasy-1col", "weasy-narrow", "office-1col")
EN_LAYOUTS = ("en-weasy-1col", "en-weasy-2col")
CHAPTERS_A_FILE = 5


def zh_html(issue: Issue, layout: str) -> str:
    """One column: the page and the measure from the layout, the rest as in pdf_corpus."""
    rng = random.Random(f"{issue.id}/{layout}")
    size = rng.choice((9.5, 10, 10.5, 11))
    if layout == "weasy-narrow":
        width = rng.randint(45, 95)  # mm of text: 10-25 characters at these sizes
        page = f"{width + 24}mm {rng.randint(160, 260)}mm"
        margin = "16mm 12mm 16mm 12mm"
    else:
        page = rng.choice(("A4", "B5", "A5"))
        margin = "22mm 18mm 20mm 18mm"
    head = html.escape(f"新闻联播文字版　{_date_line(issue.date)}")
    css = f"""
@page {{ size: {page}; margin: {margin}; counter-reset: page {issue.page_no - 1};
  @top-left {{ content: "{head}"; font-size: 7pt; }}
  @top-right {{ content: "第" counter(page) "版"; font-size: 7pt; }}
  @bottom-center {{ content: counter(page); font-size: 8pt; }} }}
body {{ font-family: "Noto Serif CJK SC"; font-size: {size}pt; line-height: 1.6; margin: 0; }}
h1 {{ font-size: {size * 1.6:.1f}pt; text-align: center; margin: 3mm 0 4mm; line-height: 1.3; }}
p {{ text-align: justify; text-indent: 2em; margin: 0; }}
p.sub {{ font-weight: bold; text-indent: 0; margin: 2mm 0 1mm; }}
p.cap {{ font-size: {size * 0.85:.1f}pt; text-indent: 0; margin: 0 0 2mm; }}
"""
    parts = [f"<!doctype html><html lang=zh-CN><head><meta charset=utf-8><style>{css}</style>"]
    parts.append("</head><body>")
    for story in issue.stories:
        parts.append(f"<h1>{html.escape(story.title)}</h1>")
        if story.caption:
            parts.append(f"<p class=cap>{html.escape(story.caption)}</p>")
        for text, sub in zip(story.paragraphs, story.subheads, strict=True):
            kind = " class=sub" if sub else ""
            parts.append(f"<p{kind}>{html.escape(text)}</p>")
    parts.append("</body></html>")
    return "".join(parts)


def zh_path(issue: Issue, layout: str) -> Path:
    return CACHE / layout / f"{issue.id}.pdf"


def build_zh(issues: list[Issue]) -> None:
    from weasyprint import HTML

    for layout in ZH_LAYOUTS:
        (CACHE / layout).mkdir(parents=True, exist_ok=True)
    for issue in issues:
        for layout in ("weasy-1col", "weasy-narrow"):
            if not zh_path(issue, layout).exists():
                HTML(string=zh_html(issue, layout)).write_pdf(zh_path(issue, layout))
    docx_dir = CACHE / "docx-1col"
    docx_dir.mkdir(exist_ok=True)
    missing = []
    for issue in issues:
        if not zh_path(issue, "office-1col").exists():
            target = docx_dir / f"{issue.id}.docx"
            build_docx(dataclasses.replace(issue, columns=1), target)
            missing.append(target)
    build_office(missing, CACHE / "office-1col")


# --- Pride and Prejudice ---------------------------------------------------------------------


def pp_chapters() -> list[list[str]]:
    """Chapters 1-61 of the Gutenberg text, each its blank-line blocks (lines joined by a space),
    the first block `Chapter N`."""
    text = PP.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    starts = [m.start() for m in re.finditer(r"(?m)^Chapter \d+$", text)]
    end = text.index("End of the Project Gutenberg")
    chapters = []
    for i, start in enumerate(starts):
        chunk = text[start : starts[i + 1] if i + 1 < len(starts) else end]
        blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", chunk)]
        chapters.append([b for b in blocks if b])
    return chapters


def _inline(block: str) -> str:
    return re.sub(r"_([^_]+)_", r"<i>\1</i>", html.escape(block))


def en_html(chapters: list[list[str]], layout: str) -> str:
    if layout == "en-weasy-1col":
        page = "A5; margin: 18mm 16mm 18mm 16mm"
        boxes = '@top-left { content: "PRIDE AND PREJUDICE"; font-size: 7pt; }\n'
        boxes += "  @top-right { content: counter(page); font-size: 8pt; }"
        body = "hyphens: auto; font-size: 10pt;"
    else:
        page = "A4; margin: 20mm 18mm 20mm 18mm"
        boxes = "@bottom-center { content: counter(page); font-size: 8pt; }"
        body = "columns: 2; column-gap: 8mm; font-size: 10pt;"
    css = f"""
@page {{ size: {page}; {boxes} }}
body {{ font-family: "Liberation Serif", "DejaVu Serif", serif; line-height: 1.35; {body} }}
h2 {{ font-size: 13pt; text-align: center; margin: 5mm 0 3mm; }}
p {{ text-align: justify; text-indent: 1.5em; margin: 0; }}
"""
    parts = [f"<!doctype html><html lang=en><head><meta charset=utf-8><style>{css}</style>"]
    parts.append("</head><body>")
    for blocks in chapters:
        parts.append(f"<h2>{html.escape(blocks[0])}</h2>")
        parts.extend(f"<p>{_inline(b)}</p>" for b in blocks[1:])
    parts.append("</body></html>")
    return "".join(parts)


def en_files() -> list[int]:
    """The first chapter of every file of five chapters."""
    return list(range(1, 62, CHAPTERS_A_FILE))


def en_path(first: int, layout: str) -> Path:
    return CACHE / layout / f"pp-{first:02d}.pdf"


def build_en() -> None:
    from weasyprint import HTML

    chapters = pp_chapters()
    for layout in EN_LAYOUTS:
        (CACHE / layout).mkdir(parents=True, exist_ok=True)
    for first in en_files():
        group = chapters[first - 1 : first - 1 + CHAPTERS_A_FILE]
        for layout in EN_LAYOUTS:
            if not en_path(first, layout).exists():
                HTML(string=en_html(group, layout)).write_pdf(en_path(first, layout))


def main(argv: list[str] | None = None) -> int:
    from bench.pdf_corpus import build, load_issues

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--issues", type=int, default=None, help="how many issues (default all)")
    args = parser.parse_args(argv)
    issues = load_issues(args.issues)
    build(issues)  # the truth files and issue 15's layouts
    build_zh(issues)
    build_en()
    for layout in ZH_LAYOUTS:
        print(f"{layout}: {sum(zh_path(i, layout).exists() for i in issues)} of {len(issues)}")
    print(f"English: {len(en_files())} files of {CHAPTERS_A_FILE} chapters a layout")
    return 0


if __name__ == "__main__":
    sys.exit(main())
