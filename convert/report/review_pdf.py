"""The review page's pages of a PDF: each page with changes shown as an image (rendered by
PDFium), every change's line boxed on it and linked to its row in the log, so the editor sees
where on the page a repair was made, not a line number of text they never saw.

Images are JPEG data URIs (the page stays one self-contained file); a long book shows its first
MAX_PAGES pages with changes and says how many more there are.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Sequence
from pathlib import Path

from lxml import etree
from lxml.html import builder as E

from ..changes import Change
from ..readers.pdf.model import PdfText

MAX_PAGES = 40
SCALE = 1.0  # pixels per point: 72 dpi, enough to read a newspaper headline and see the boxes
QUALITY = 70

CSS = """
.pages { display: flex; flex-wrap: wrap; gap: 1rem; }
.page { margin: 0; }
.page figcaption { color: #52525b; font-size: .9rem; }
.sheet { position: relative; border: 1px solid #d4d4d8; line-height: 0; }
.sheet img { width: 100%; height: auto; }
.sheet a { position: absolute; border: 2px solid #2563eb; background: rgba(37, 99, 235, .12); }
.sheet a.warning { border-color: #d97706; background: rgba(252, 211, 77, .3); }
.sheet a.error { border-color: #dc2626; background: rgba(252, 165, 165, .35); }
.sheet a:target { outline: 3px solid #2563eb; }
"""


def _image(path: Path, index: int) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(path)
    try:
        page = document[index]
        try:
            image = page.render(scale=SCALE).to_pil().convert("RGB")
        finally:
            page.close()
    finally:
        document.close()
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=QUALITY, optimize=True)
    return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def pages_section(path: Path, pdf: PdfText, changes: Sequence[Change]) -> etree._Element:
    """A section with every page that holds a change, each change's line boxed on it."""
    by_page: dict[int, list[tuple[int, Change, tuple[float, float, float, float]]]] = {}
    for number, change in enumerate(changes, 1):
        place = pdf.places.at(change.source_start)
        if place is not None:
            by_page.setdefault(place.page, []).append((number, change, place.box))
    figures = []
    for page in sorted(by_page)[:MAX_PAGES]:
        width, height = pdf.page_sizes[page - 1]
        sheet = E.DIV({"class": "sheet"}, E.IMG(src=_image(path, page - 1), alt=f"page {page}"))
        for number, change, (x0, y0, x1, y1) in by_page[page]:
            box = E.A({"class": change.severity, "href": f"#c{number}", "id": f"p{number}"})
            box.set(
                "style",
                f"left:{100 * x0 / width:.2f}%;top:{100 * y0 / height:.2f}%;"
                f"width:{100 * (x1 - x0) / width:.2f}%;height:{100 * (y1 - y0) / height:.2f}%",
            )
            box.set("title", f"#{number} {change.where}: {change.pass_name}/{change.kind}")
            sheet.append(box)
        caption = f"page {page}: {len(by_page[page])} change(s)"
        figures.append(
            E.FIGURE(
                {"class": "page", "style": f"width:{min(100, width * 100 / 900):.0f}%"},
                E.FIGCAPTION(caption),
                sheet,
            )
        )
    more = len(by_page) - MAX_PAGES
    note = [E.P(f"… and {more} more page(s) with changes (see the log).")] if more > 0 else []
    return E.SECTION(
        E.STYLE(CSS),
        E.H2("The pages (as the PDF shows them)"),
        E.DIV({"class": "pages"}, *figures),
        *note,
    )
