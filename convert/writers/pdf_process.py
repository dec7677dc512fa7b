"""The PDF writer in a helper process forked at the start of a one-file `galley convert`.

A cold call spends most of its time importing: WeasyPrint on the PDF side, lxml, wordfreq, ftfy
and python-docx on Galley's. Imports are Python bytecode, so threads cannot overlap them (the GIL
lets one run at a time), but two processes can, on two cores. So the command line forks this
helper as soon as it knows a single file is converted and PDF may be asked for: the helper imports
WeasyPrint while the main process imports the pipeline and repairs the text. The main process
then builds the page (the HTML writer's, as `pdf.render` does), sends it, and receives the PDF
that `pdf.html_to_pdf` rendered in the helper: the same function on the same input, so the same
bytes as rendering in-process.

Only the command line's one-file path starts it; batches have warm workers instead, and library
callers render in-process. If the helper cannot start or dies, the PDF is rendered in this
process, as without it. The main process waits for the helper before exiting, so the helper's
CPU time is accounted to the command, as a benchmark measuring children expects.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import pickle
import select
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO

from ..errors import WriterError
from ..model import Document
from . import Style, WriteOptions

_LOCK = threading.Lock()


@dataclass
class _Helper:
    pid: int
    requests: IO[bytes]
    replies: IO[bytes]


_HELPER: _Helper | None = None


def start(warm: WriteOptions | None = None, lang: str | None = None) -> bool:
    """Fork the helper (once per process); False where the platform cannot fork.

    `warm`: the run's options, whose style sheets the helper parses while it waits for its page
    (`warm_up`); `lang`: the article's likely language, if the caller can tell (then only its
    style is prepared).
    """
    global _HELPER
    if _HELPER is not None:
        return True
    if not hasattr(os, "fork"):
        return False
    # what both processes need, imported once, before the fork, rather than once in each: the
    # page's writer (this one builds the page, the helper's PDF writer imports it), and the
    # standard modules WeasyPrint imports in the helper (digests, the PDF's id, a subprocess)
    # which this one imports too (the manifest's digests, python-docx, pandoc's runs)
    import hashlib  # noqa: F401
    import subprocess  # noqa: F401
    import uuid  # noqa: F401

    from . import html  # noqa: F401

    request_r, request_w = os.pipe()
    reply_r, reply_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the helper: never returns into the caller's code
        code = 0
        try:
            os.close(request_w)
            os.close(reply_r)
            _serve(request_r, reply_w, warm, lang)
        except BaseException:  # Ctrl-C or a broken pipe: the main process falls back
            code = 1
        finally:
            os._exit(code)
    os.close(request_r)
    os.close(reply_w)
    _HELPER = _Helper(pid, os.fdopen(request_w, "wb"), os.fdopen(reply_r, "rb"))
    atexit.register(stop)
    return True


def running() -> bool:
    return _HELPER is not None


def stop() -> None:
    """Close the helper's input (it exits on end of file) and wait for it."""
    global _HELPER
    helper, _HELPER = _HELPER, None
    if helper is None:
        return
    for stream in (helper.requests, helper.replies):
        with contextlib.suppress(OSError):
            stream.close()
    with contextlib.suppress(ChildProcessError):
        os.waitpid(helper.pid, 0)


# The languages whose default style `warm_up` prepares first: Chinese, then everything else.
WARM_LANGUAGES = ("zh", "und")


def warm_up(
    options: WriteOptions, waiting: Callable[[], bool], lang: str | None = None
) -> list[Style]:
    """Parse the style sheets the page will likely need, one at a time while none is `waiting`.

    In a one-file run the helper has imported WeasyPrint before the main process has repaired
    the text; the first render would parse the sheet (and set up its fonts' configuration) anyway,
    so doing it in that gap takes it off the critical path. The article's language is not known
    yet, so each default style is prepared in turn (a named style or sheet is one and the same for
    every language), and a page that arrives stops the warming at once; where the caller guessed
    the language (`lang`), only that language's style is, since a sheet prepared for nothing is
    CPU time the command pays. A sheet that fails here fails again, with its error, when the page
    is rendered.
    """
    from .pdf import style_sheet

    done: list[Style] = []
    for likely in (lang,) if lang else WARM_LANGUAGES:
        style = options.style_for(likely)
        if style in done:
            continue
        if waiting():
            break
        with contextlib.suppress(Exception):
            style_sheet(style)
            done.append(style)
    return done


def _readable(fd: int) -> bool:
    """Whether a page (or the end of the requests) is waiting on `fd`."""
    return bool(select.select([fd], [], [], 0)[0])


def _serve(
    requests_fd: int, replies_fd: int, warm: WriteOptions | None = None, lang: str | None = None
) -> None:
    """The helper's loop: import the PDF writer now, prepare what it can while no page is there
    (`warm_up`), then render each page sent until EOF."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    html_to_pdf: Callable[[bytes, WriteOptions, Style], bytes] | None = None
    failure = ""
    try:
        from .pdf import html_to_pdf
    except WriterError as error:  # no WeasyPrint or Pango: every request gets this error
        failure = str(error)
    if html_to_pdf is not None and warm is not None:
        warm_up(warm, lambda: _readable(requests_fd), lang)
    with os.fdopen(requests_fd, "rb") as requests, os.fdopen(replies_fd, "wb") as replies:
        while True:
            try:
                html, options, style = pickle.load(requests)
            except EOFError:
                return
            try:
                if html_to_pdf is None:
                    raise WriterError(failure)
                reply: tuple[str, object] = ("ok", html_to_pdf(html, options, style))
            except WriterError as error:
                reply = ("error", str(error))
            except Exception as error:  # html_to_pdf wraps WeasyPrint's; anything else is a bug
                reply = ("error", f"the PDF helper failed: {type(error).__name__}: {error}")
            pickle.dump(reply, replies, protocol=pickle.HIGHEST_PROTOCOL)
            replies.flush()


def _ask(html: bytes, options: WriteOptions, style: Style) -> tuple[str, object] | None:
    """Send one page to the helper and wait for its reply; None if the helper is gone."""
    global _HELPER
    with _LOCK:
        helper = _HELPER
        if helper is None:
            return None
        try:
            pickle.dump((html, options, style), helper.requests, protocol=pickle.HIGHEST_PROTOCOL)
            helper.requests.flush()
            reply: tuple[str, object] = pickle.load(helper.replies)
        except (OSError, EOFError, pickle.UnpicklingError):
            stop()
            return None
    return reply


def render(doc: Document, options: WriteOptions) -> bytes:
    """`pdf.render`, with the rendering done in the helper when it is running."""
    from .html import pdf_page

    html = pdf_page(doc, options)
    style = options.style_for(doc.lang)
    reply = _ask(html, options, style)
    if reply is None:
        from .pdf import html_to_pdf

        return html_to_pdf(html, options, style)
    status, payload = reply
    if status != "ok":
        raise WriterError(str(payload))
    assert isinstance(payload, bytes)
    return payload
