"""The PDF writer: WeasyPrint renders the HTML writer's page, with the style's CSS inlined in it.

Everything the PDF needs is in that page and its style sheet: A4 and the margin boxes (page
number, running head) come from `@page`, the outline from the headings (h1–h6 are bookmarks by
default; the title opts out in the CSS), the metadata from `<title>`, `<meta name=author>` and
`<html lang>`. WeasyPrint embeds the fonts Pango chose, subset to the glyphs used.

Two things are not WeasyPrint's defaults and are the reason this module exists:

- Safety. The renderer may read only files inside the style's own folder (and `data:` URLs).
  Anything else (http, https, ftp, file:///etc/passwd, a symlink out of the folder) is refused by
  `StyleURLFetcher`. WeasyPrint treats a failed fetch as a missing resource: it logs an error
  ("Failed to load stylesheet/image at …: WriterError: refused to fetch …") on the "weasyprint"
  logger and renders without it, so a style that points outside its folder degrades visibly
  instead of leaking a file or calling the network, and the render itself still succeeds.
- Determinism. WeasyPrint writes no /CreationDate unless the HTML carries `dcterms.created`, and
  no /ID unless asked; Galley gives it both, derived from `options.source_date_epoch` and from the
  page itself, and renders with SOURCE_DATE_EPOCH set to the options' epoch for fontTools'
  sake (`convert.engines.weasyprint.source_date_epoch`). The same Document and options give
  byte-identical files.

What Galley changes inside WeasyPrint itself, for speed, size and typesetting, is in
`convert.engines.weasyprint`.
"""

from __future__ import annotations

import hashlib
import mimetypes
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from ..engines.weasyprint import (
    CSS,
    HTML,
    CounterStyle,
    FontConfiguration,
    URLFetcher,
    URLFetcherResponse,
    source_date_epoch,
    write_pdf_once,
)
from ..errors import WriterError
from ..model import Document
from . import PDF_VARIANTS, Style, WriteOptions, clreq
from .html import load_css, pdf_page
from .styles import without_at_rules


class StyleURLFetcher(URLFetcher):
    """A WeasyPrint URL fetcher that serves files from one folder and `data:` URLs, nothing else.

    WeasyPrint 70 calls `fetcher(url)` and reads `fetcher._fail_on_errors`, so a fetcher must be a
    `URLFetcher`; plain functions are no longer accepted. Files are read here, not through urllib,
    so no other handler (proxy, http, ftp) can ever be reached for a `file:` URL.
    """

    def __init__(self, root: Path) -> None:
        super().__init__(allowed_protocols=("file", "data"), allow_redirects=False)
        self.root = root.resolve()

    def fetch(self, url: str, headers: dict[str, str] | None = None) -> URLFetcherResponse:
        scheme = url.partition(":")[0].lower()
        if scheme == "data":
            return super().fetch(url, headers)  # urllib's DataHandler: decoding only
        if scheme == "file":
            path = self._local_path(url)
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": content_type})
        raise WriterError(
            f"refused to fetch {url!r}: a style may use only files inside {self.root}"
        )

    def _local_path(self, url: str) -> Path:
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            raise WriterError(f"refused to fetch {url!r}: a file URL on another host")
        # resolve() follows symlinks and "..", so neither can lead out of the folder.
        path = Path(url2pathname(parts.path)).resolve()
        if not path.is_relative_to(self.root) or not path.is_file():
            raise WriterError(
                f"refused to fetch {url!r}: a style may use only files inside {self.root}"
            )
        return path


def pdf_identifier(html: bytes, css: str = "") -> bytes:
    """The first half of the PDF /ID: a digest of the page and its sheet, stable where a random
    one is not.

    pydyf completes the /ID with an MD5 of the file body, so the pair changes exactly when the
    content does, as the PDF specification intends.
    """
    digest = hashlib.sha256(html)
    digest.update(css.encode("utf-8"))
    return digest.hexdigest()[:32].encode("ascii")


# --- the style sheet, parsed once per process -------------------------------------------------


@dataclass(frozen=True)
class StyleSheet:
    """A house style's sheet as WeasyPrint uses it, built once per process and style.

    Parsing the sheet (tinycss2, then cssselect2 compiling every selector) is a good part of a
    PDF's cost, and building a FontConfiguration (Fontconfig's configuration and font list) a
    little more; neither depends on the article. So the sheet is parsed once, with the
    FontConfiguration and counter styles it registered its rules with, and applied to each page
    as a stylesheet of `write_pdf`. WeasyPrint counts such a sheet as the user's rather than the
    page's; the page has no sheet of its own, so the cascade (the browser defaults, then this
    sheet) is the same.

    Pango's font maps are not safe to share between threads, so a render holds `lock`.
    """

    css: CSS
    text: str
    font_config: FontConfiguration
    counter_style: CounterStyle
    fetcher: StyleURLFetcher
    base_url: str
    lock: threading.Lock


@lru_cache(maxsize=8)
def _style_sheet(root: Path, text: str) -> StyleSheet:
    """The parsed sheet; keyed by its text too, so an edited sheet is parsed again."""
    fetcher = StyleURLFetcher(root)
    base_url = root.resolve().as_uri() + "/"
    font_config, counter_style = FontConfiguration(), CounterStyle()
    css = CSS(
        string=text,
        base_url=base_url,
        url_fetcher=fetcher,
        media_type="print",
        font_config=font_config,
        counter_style=counter_style,
    )
    return StyleSheet(css, text, font_config, counter_style, fetcher, base_url, threading.Lock())


def style_sheet(style: Style) -> StyleSheet:
    """The style's parsed sheet (read again each time, so that an edit is seen), after the rules
    of clreq's spans (`clreq.CLREQ_CSS`).

    `@supports` blocks are for browsers and reading systems (the house sheets use one to leave
    punctuation trimming to readers that do it themselves); WeasyPrint 70 knows no `@supports`
    and would skip each with a warning on every run, so it never sees them.
    """
    text = clreq.CLREQ_CSS + load_css(style)  # as the HTML page has them (`html._head`)
    return _style_sheet(style.resource_root, without_at_rules(text, "supports"))


def variant_options(variant: str | None) -> dict[str, object]:
    """WeasyPrint's `write_pdf` options for a Galley PDF variant.

    WeasyPrint's own variant table already turns on what each needs (`pdf/ua-1`: PDF 1.7 and tags,
    so the file has a structure tree and /MarkInfo; `pdf/a-2b`: PDF 1.7, the sRGB output intent
    and XMP metadata). Tags are asked for explicitly as well for pdf/ua-1, so the structure tree
    does not depend on that table staying as it is.
    """
    if variant is None:
        return {}
    if variant not in PDF_VARIANTS:
        raise WriterError(f"unknown PDF variant {variant!r}; known: {', '.join(PDF_VARIANTS)}")
    extra: dict[str, object] = {"pdf_variant": variant}
    if variant.startswith("pdf/ua"):
        extra["pdf_tags"] = True
    return extra


def html_to_pdf(html: bytes, options: WriteOptions, style: Style | None = None) -> bytes:
    """Render a UTF-8 page in the style's sheet, resolving relative URLs in the style's folder
    and only there.

    `html` is a page without the style's sheet (`html.pdf_page`); `style` is the document's
    resolved style; without one, the default style for an undetermined language (whose folder then
    bounds what the page may load).
    """
    sheet = style_sheet(style or options.style_for("und"))
    try:
        with sheet.lock:
            document = HTML(
                string=html.decode("utf-8"),
                base_url=sheet.base_url,
                url_fetcher=sheet.fetcher,
                media_type="print",
            )
            with source_date_epoch(options.source_date_epoch):
                data = write_pdf_once(
                    document,
                    stylesheets=[sheet.css],
                    font_config=sheet.font_config,
                    counter_style=sheet.counter_style,
                    pdf_identifier=pdf_identifier(html, sheet.text),
                    **variant_options(options.pdf_variant),
                )
    except Exception as error:  # WeasyPrint raises anything from ValueError to Pango errors
        raise WriterError(f"WeasyPrint could not render the PDF: {error}") from error
    return data


def render(doc: Document, options: WriteOptions) -> bytes:
    """The article as an A4 PDF with page numbers, running head, outline and metadata."""
    return html_to_pdf(pdf_page(doc, options), options, options.style_for(doc.lang))
