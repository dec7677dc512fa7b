"""Chinese newspaper PDFs with known text: the test material of the PDF reader (issue 15).

The zh-news-xwlb articles are grouped into issues of several stories and typeset three ways:

* `weasy`: WeasyPrint HTML+CSS, 2-4 justified columns, a running head and an edition line, page
  numbers, indented paragraphs, bold subheads, titles across the columns, photo captions;
* `shuffled`: the same PDFs with each page's text objects (BT…ET) drawn in a shuffled order, each
  made self-contained (its transformation and colour set inside it), so the pages look the same
  (checked: rendered pixels are compared) while the content stream is no longer reading order;
* `office`: a DOCX with continuous sections of 2-3 columns, a header and a page-number footer,
  turned into PDF by LibreOffice (`soffice --headless --convert-to pdf`).

Truth: per issue, each story's title, caption and paragraphs, in reading order. An issue is in the
held-out half when a hash of its id says so (`split`). Everything is built into a cache folder
outside the repository (`$GALLEY_BENCH_CACHE`, default ~/.cache/galley-bench/pdf); nothing
generated is committed.

    .venv/bin/python bench/pdf_corpus.py            # build what is missing, print a summary
    .venv/bin/python bench/pdf_corpus.py --issues 12
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
XWLB = ROOT.parent / "shared" / "corpus" / "zh-news-xwlb" / "articles.jsonl"
CACHE = Path(os.environ.get("GALLEY_BENCH_CACHE", Path.home() / ".cache" / "galley-bench")) / "pdf"
KINDS = ("weasy", "shuffled", "office")
WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True)
class Story:
    title: str
    paragraphs: tuple[str, ...]
    subheads: tuple[bool, ...]  # per paragraph: a bold subhead
    caption: str  # "" when the story has no photo

    def blocks(self) -> list[str]:
        return [self.title, *([self.caption] if self.caption else []), *self.paragraphs]


@dataclass(frozen=True)
class Issue:
    id: str
    date: str
    page_no: int  # the edition's page number of its first page
    columns: int
    stories: tuple[Story, ...]

    @property
    def held_out(self) -> bool:
        return split(self.id) == "held-out"

    def truth(self) -> list[str]:
        return [block for story in self.stories for block in story.blocks()]


def split(identifier: str) -> str:
    """Tuning or held-out, by a hash of the id: stable, and independent of the order of the set."""
    digest = hashlib.sha256(identifier.encode("utf-8")).digest()
    return "held-out" if digest[0] % 2 else "tuning"


def load_issues(limit: int | None = None) -> list[Issue]:
    """The articles in file order, cut into issues of 2-4 stories (seeded by the first id)."""
    with XWLB.open(encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle]
    issues: list[Issue] = []
    at = 0
    while at < len(articles) and (limit is None or len(issues) < limit):
        first = articles[at]
        rng = random.Random(first["id"])
        count = rng.randint(2, 4)
        group = articles[at : at + count]
        at += count
        stories = []
        for article in group:
            paragraphs = tuple(article["paragraphs"])
            types = tuple(t == "subheading" for t in article["paragraph_types"])
            caption = ""
            if rng.random() < 0.35:
                caption = f"图为{article['title'][:12]}现场画面。"
            stories.append(Story(article["title"], paragraphs, types, caption))
        issues.append(
            Issue(first["id"], first["date"], rng.randint(1, 12), rng.randint(2, 4), tuple(stories))
        )
    return issues


def _date_line(date: str) -> str:
    import datetime

    day = datetime.date(int(date[:4]), int(date[4:6]), int(date[6:]))
    return f"{day.year}年{day.month}月{day.day}日 星期{WEEKDAYS[day.weekday()]}"


# --- WeasyPrint ------------------------------------------------------------------------------


def issue_html(issue: Issue) -> str:
    rng = random.Random(issue.id + "/css")
    size = rng.choice((9.5, 10, 10.5, 11))
    page = "A3" if issue.columns == 4 else rng.choice(("A4", "A3"))
    family = rng.choice(("Noto Serif CJK SC", "Noto Sans CJK SC"))
    head = html.escape(f"新闻联播文字版　{_date_line(issue.date)}")
    css = f"""
@page {{ size: {page}; margin: 22mm 16mm 20mm 16mm;
  counter-reset: page {issue.page_no - 1};
  @top-left {{ content: "{head}"; font-size: 8pt; }}
  @top-right {{ content: "第" counter(page) "版　要闻"; font-size: 8pt; }}
  @bottom-center {{ content: "— " counter(page) " —"; font-size: 8pt; }} }}
body {{ font-family: "{family}"; font-size: {size}pt; line-height: 1.55; margin: 0; }}
article {{ columns: {issue.columns}; column-gap: 7mm; margin-bottom: 8mm; }}
h1 {{ column-span: all; font-size: {size * 2:.1f}pt; font-weight: bold; text-align: center;
  margin: 2mm 0 5mm; line-height: 1.3; }}
p {{ text-align: justify; text-indent: 2em; margin: 0; }}
p.sub {{ font-weight: bold; text-indent: 0; font-size: {size * 1.1:.1f}pt; margin: 2mm 0 1mm; }}
figure {{ margin: 0 0 3mm; break-inside: avoid; }}
figure div {{ height: 30mm; background: #bbb; }}
figcaption {{ font-size: {size * 0.85:.1f}pt; margin-top: 1mm; }}
"""
    parts = [f"<!doctype html><html lang=zh-CN><head><meta charset=utf-8><style>{css}</style>"]
    parts.append("</head><body>")
    for story in issue.stories:
        parts.append(f"<article><h1>{html.escape(story.title)}</h1>")
        if story.caption:
            parts.append(
                f"<figure><div></div><figcaption>{html.escape(story.caption)}</figcaption>"
            )
            parts.append("</figure>")
        for text, sub in zip(story.paragraphs, story.subheads, strict=True):
            parts.append(
                f"<p class=sub>{html.escape(text)}</p>" if sub else f"<p>{html.escape(text)}</p>"
            )
        parts.append("</article>")
    parts.append("</body></html>")
    return "".join(parts)


def build_weasy(issue: Issue, target: Path) -> None:
    from weasyprint import HTML

    HTML(string=issue_html(issue)).write_pdf(target)


# --- shuffled drawing order ------------------------------------------------------------------


def _multiply(a: list[float], b: list[float]) -> list[float]:
    """PDF matrix product a × b (a applied first)."""
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


COLOUR_OPS = frozenset({"g", "rg", "k", "cs", "sc", "scn", "gs"})
TEXT_STATE_OPS = frozenset({"Tf", "Tc", "Tw", "Tz", "TL", "Ts", "Tr"})


def _instruction(operands: list[object], name: str) -> object:
    import pikepdf

    return pikepdf.ContentStreamInstruction(operands, pikepdf.Operator(name))


def _split_text_object(body: list[object], prefix: list[object]) -> list[list[object]]:
    """One BT…ET object cut at each `Tm` (WeasyPrint sets every line's matrix absolutely): each
    piece a text object of its own, with the text state in force where it starts."""
    pieces: list[list[object]] = []
    state: dict[str, object] = {}
    current: list[object] = []
    for instruction in body:
        name = str(instruction.operator)  # type: ignore[attr-defined]
        if name == "Tm" and current:
            pieces.append(current)
            current = []
        if name == "Tm" and not current:
            current = list(state.values())
        if name in TEXT_STATE_OPS:
            state[name] = instruction
        current.append(instruction)
    if current:
        pieces.append(current)
    return [
        [*prefix, _instruction([], "BT"), *piece, _instruction([], "ET"), _instruction([], "Q")]
        for piece in pieces
    ]


def shuffle_page(pdf: object, page: object, rng: random.Random) -> None:
    """Draw the page's text last, line by line in a shuffled order, each line its own text object
    wrapped as `q <its CTM> cm <its colour> BT <text state> Tm … ET Q`: the same marks, another
    stream order. The rest of the stream is wrapped in q…Q so that every line starts from the
    page's own coordinates."""
    import pikepdf

    identity = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    ctm, stack = identity, []
    colour: dict[str, object] = {}
    colour_stack: list[dict[str, object]] = []
    kept: list[object] = []
    units: list[list[object]] = []
    body: list[object] | None = None
    prefix: list[object] = []
    for operands, operator in pikepdf.parse_content_stream(page):  # type: ignore[arg-type]
        name = str(operator)
        instruction = pikepdf.ContentStreamInstruction(operands, operator)
        if body is not None:
            if name == "ET":
                units.extend(_split_text_object(body, prefix))
                body = None
            else:
                body.append(instruction)
            continue
        if name == "BT":
            prefix = [_instruction([], "q"), _instruction(list(ctm), "cm"), *colour.values()]
            body = []
            continue
        if name == "q":
            stack.append(ctm)
            colour_stack.append(dict(colour))
        elif name == "Q":
            ctm = stack.pop() if stack else identity
            colour = colour_stack.pop() if colour_stack else {}
        elif name == "cm":
            ctm = _multiply([float(x) for x in operands], ctm)
        elif name in COLOUR_OPS:
            colour[name] = instruction
        kept.append(instruction)
    rng.shuffle(units)
    out = [_instruction([], "q"), *kept, *[_instruction([], "Q")] * (len(stack) + 1)]
    for unit in units:
        out.extend(unit)
    page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(out))  # type: ignore[attr-defined]


def build_shuffled(source: Path, target: Path, seed: str) -> None:
    import pikepdf

    rng = random.Random(seed)
    with pikepdf.open(source) as pdf:
        for page in pdf.pages:
            shuffle_page(pdf, page, rng)
        pdf.save(target, deterministic_id=True)


def same_pixels(a: Path, b: Path, scale: float = 0.5) -> bool:
    import pypdfium2 as pdfium

    first, second = pdfium.PdfDocument(a), pdfium.PdfDocument(b)
    try:
        if len(first) != len(second):
            return False
        for i in range(len(first)):
            x = first[i].render(scale=scale).to_pil().tobytes()
            y = second[i].render(scale=scale).to_pil().tobytes()
            if x != y:
                return False
        return True
    finally:
        first.close()
        second.close()


# --- LibreOffice from DOCX -------------------------------------------------------------------


def _columns(section: object, count: int) -> None:
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    sect = section._sectPr  # type: ignore[attr-defined]
    cols = sect.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sect.append(cols)
    cols.set(qn("w:num"), str(count))
    cols.set(qn("w:space"), "397")


def _page_field(paragraph: object) -> None:
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)  # type: ignore[attr-defined]


def build_docx(issue: Issue, target: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    rng = random.Random(issue.id + "/docx")
    columns = min(issue.columns, 3)
    size = rng.choice((10, 10.5, 11))
    doc = Document()
    style = doc.styles["Normal"]
    style.font.size = Pt(size)
    style.font.name = "Noto Serif CJK SC"
    rpr = style.element.get_or_add_rPr()
    from docx.oxml.ns import qn

    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), "Noto Serif CJK SC")
    first = doc.sections[0]
    first.page_width, first.page_height = Mm(210), Mm(297)
    first.left_margin = first.right_margin = Mm(16)
    head = first.header.paragraphs[0]
    head.text = f"新闻联播文字版　{_date_line(issue.date)}　要闻"
    foot = first.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(foot)
    for number, story in enumerate(issue.stories):
        section = first if number == 0 else doc.add_section(WD_SECTION.CONTINUOUS)
        _columns(section, 1)
        title = doc.add_paragraph()
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = title.add_run(story.title)
        run.bold = True
        run.font.size = Pt(size * 1.9)
        title.paragraph_format.space_after = Pt(8)
        body = doc.add_section(WD_SECTION.CONTINUOUS)
        _columns(body, columns)
        if story.caption:
            caption = doc.add_paragraph(story.caption)
            caption.runs[0].font.size = Pt(size * 0.85)
            caption.paragraph_format.space_after = Pt(6)
        for text, sub in zip(story.paragraphs, story.subheads, strict=True):
            paragraph = doc.add_paragraph()
            run = paragraph.add_run(text)
            paragraph.paragraph_format.space_after = Pt(0)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if sub:
                run.bold = True
                paragraph.paragraph_format.space_before = Pt(4)
            else:
                paragraph.paragraph_format.first_line_indent = Pt(size * 2)
    doc.save(target)


def build_office(docx_files: list[Path], out_dir: Path) -> None:
    soffice = shutil.which("soffice")
    if not soffice or not docx_files:
        return
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(out_dir),
                *map(str, docx_files),
            ],
            check=True,
            capture_output=True,
            timeout=1800,
        )


# --- the set ---------------------------------------------------------------------------------


def path_of(issue: Issue, kind: str) -> Path:
    return CACHE / kind / f"{issue.id}.pdf"


def build(issues: list[Issue], kinds: tuple[str, ...] = KINDS) -> dict[str, int]:
    """Build every missing PDF of `issues`; return how many of each kind exist."""
    for kind in KINDS:
        (CACHE / kind).mkdir(parents=True, exist_ok=True)
    (CACHE / "truth").mkdir(parents=True, exist_ok=True)
    for issue in issues:
        truth = CACHE / "truth" / f"{issue.id}.json"
        if not truth.exists():
            truth.write_text(json.dumps(issue.truth(), ensure_ascii=False), encoding="utf-8")
        if "weasy" in kinds and not path_of(issue, "weasy").exists():
            build_weasy(issue, path_of(issue, "weasy"))
        if "shuffled" in kinds and not path_of(issue, "shuffled").exists():
            build_shuffled(path_of(issue, "weasy"), path_of(issue, "shuffled"), issue.id)
    if "office" in kinds:
        docx_dir = CACHE / "docx"
        docx_dir.mkdir(exist_ok=True)
        missing = []
        for issue in issues:
            if not path_of(issue, "office").exists():
                build_docx(issue, docx_dir / f"{issue.id}.docx")
                missing.append(docx_dir / f"{issue.id}.docx")
        build_office(missing, CACHE / "office")
    return {kind: sum(path_of(i, kind).exists() for i in issues) for kind in kinds}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--issues", type=int, default=None, help="how many issues (default all)")
    parser.add_argument("--check-pixels", type=int, default=3, help="shuffled PDFs compared")
    args = parser.parse_args(argv)
    issues = load_issues(args.issues)
    counts = build(issues)
    held = sum(i.held_out for i in issues)
    print(f"{len(issues)} issues ({held} held out) in {CACHE}: {counts}")
    for issue in issues[: args.check_pixels]:
        same = same_pixels(path_of(issue, "weasy"), path_of(issue, "shuffled"))
        print(f"  {issue.id}: shuffled pages pixel-identical: {same}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
