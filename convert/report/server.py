"""The review server behind `galley review FILE`: the review page with controls, on loopback.

Stdlib only (`http.server`): one document, one editor, a handful of requests. It is bound to
127.0.0.1 on a random port; every request must carry the random token of the URL it printed
(403 otherwise) and name this server as its host (a page elsewhere cannot reach it through a
DNS name that points here). The page loads nothing from anywhere (a Content-Security-Policy
says so to the browser). Saving writes the decisions file beside the source atomically, with the
umask's mode, converts the document again and shows the new result.
"""

from __future__ import annotations

import hashlib
import hmac
import mimetypes
import re
import secrets
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

from lxml import etree
from lxml.html import builder as E

from ..changes import SEVERITIES
from ..config.settings import Settings
from ..decisions import Decided, Decisions, decide_changes, decisions_path, format_decisions
from ..decisions.edit import updated
from ..decisions.structure import outline
from ..errors import GalleyError
from ..run.outputs import write_all_atomic
from ..run.pipeline import Prepared, convert_one, prepare, reported
from ..writers import DEFAULT_FORMATS
from .index import CSS as INDEX_CSS
from .review import page_bytes, review_tree
from .review_form import add_review_form

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; "
    "form-action 'self'; frame-ancestors 'self'; base-uri 'none'"
)
MAX_FORM_BYTES = 8 * 1024 * 1024


@dataclass
class ReviewSession:
    """One document under review: where it is, where its outputs go, what the last save did."""

    source: Path
    out_dir: Path
    settings: Settings
    token: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    outputs: list[Path] = field(default_factory=list)
    message: str = ""
    failed: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)
    prefix: str = ""  # its URLs' prefix when the server reviews a folder (`/d/3`)
    converted: bool = False
    counts: dict[str, int] | None = None  # its findings by severity, for the folder's index

    def convert(self) -> None:
        """Convert the document as `galley convert` would, keeping the outputs' paths."""
        s = self.settings
        self.converted, self.counts = True, None
        self.outputs, _ = convert_one(
            self.source,
            self.out_dir,
            s.formats or DEFAULT_FORMATS,
            s.config,
            s.write_options(),
            review=s.review,
            severity=s.severity,
        )

    def prepared(self) -> tuple[Prepared, Decided]:
        prepared = prepare(self.source, self.settings.config, self.settings.severity)
        if prepared.normalized is None:
            raise GalleyError("has no text to review (JATS input is not repaired)", self.source)
        decided = prepared.decided
        if decided is None:  # no decisions yet: everything as the passes made it
            normalized = prepared.normalized
            _, _, decided = decide_changes(normalized.source, normalized.changes, Decisions())
            decided = replace(decided, outline=outline(prepared.document))
        return prepared, decided

    def page(self) -> bytes:
        if not self.converted:  # a folder's documents are converted when first opened
            try:
                self.convert()
            except GalleyError as exc:
                self.message, self.failed = f"Converting failed: {exc}", True
        prepared, decided = self.prepared()
        normalized, decoded = prepared.normalized, prepared.decoded
        assert normalized is not None and decoded is not None
        tree = review_tree(
            self.source.name,
            normalized.source,
            normalized.text,
            normalized.changes,
            f"{decoded.encoding} ({decoded.method})",
        )
        action = f"{self.prefix}/save?token={self.token}"
        return page_bytes(
            add_review_form(
                tree, decided, normalized.changes, action, self.digest(), self._banner()
            )
        )

    def digest(self) -> str:
        return hashlib.sha256(self.source.read_bytes()).hexdigest()

    def _banner(self) -> etree._Element:
        links = [
            E.A(
                path.name,
                href=f"{self.prefix}/out/{quote(path.name)}?token={self.token}",
                target="_blank",
            )
            for path in self.outputs
        ]
        parts: list[object] = [self.message or "Outputs:"]
        if self.prefix:
            parts = [E.A("← all documents", href=f"/?token={self.token}"), " · ", *parts]
        for link in links:
            parts += [" ", link]
        return E.P({"class": "saved failed" if self.failed else "saved", "id": "saved"}, *parts)

    def save(self, form: Mapping[str, list[str]]) -> None:
        """Write the decisions the form says, then convert again; the message says what it did."""
        _, decided = self.prepared()
        if form.get("source", [""])[0] != self.digest():
            self.message, self.failed = (
                f"{self.source.name} changed since this page was loaded: nothing saved. "
                "The page now shows the file as it is; choose again and save.",
                True,
            )
            return
        verdicts = {int(k[1:]): v[0] for k, v in form.items() if k[:1] == "c" and k[1:].isdigit()}
        verdicts = {i: v for i, v in verdicts.items() if i < len(decided.original)}
        blocks = dict(enumerate(decided.outline))
        roles = {
            blocks[int(k[1:])].text: v[0]
            for k, v in form.items()
            if k[:1] == "b" and k[1:].isdigit() and int(k[1:]) in blocks
        }
        drop = {
            int(k[1:])
            for k, v in form.items()
            if k[:1] == "s" and k[1:].isdigit() and v == ["delete"]
        }
        decisions = updated(decided, verdicts, roles, drop)
        path = decisions_path(self.source)
        if decisions:
            write_all_atomic({path: format_decisions(decisions, self.source.name)})
        else:
            path.unlink(missing_ok=True)
        try:
            self.convert()
        except GalleyError as exc:
            self.message, self.failed = f"Saved {path.name}, but converting failed: {exc}", True
            return
        count = len(decisions.changes) + len(decisions.structure)
        self.message, self.failed = (
            f"Saved {path.name} ({count} decision{'' if count == 1 else 's'}) and converted again:",
            False,
        )

    def summary(self) -> tuple[dict[str, int], str]:
        """Its findings by severity as `galley check` counts them, or why it cannot be read."""
        if self.counts is None:
            try:
                prepared = prepare(self.source, self.settings.config, self.settings.severity)
            except GalleyError as exc:
                return {}, str(exc)
            found = reported(prepared, self.settings.severity)
            self.counts = {s: sum(c.severity == s for c in found) for s in SEVERITIES}
        return self.counts, ""

    def output(self, name: str) -> Path | None:
        return next((p for p in self.outputs if p.name == name), None)


class Handler(BaseHTTPRequestHandler):
    server: ReviewServer
    server_version = "galley-review"
    sys_version = ""

    def log_message(self, format: str, *args: object) -> None:
        pass  # the terminal shows the URL and errors, not every request

    def _allowed(self) -> dict[str, list[str]] | None:
        url = urlsplit(self.path)
        query = parse_qs(url.query)
        port = self.server.server_address[1]
        host_ok = self.headers.get("Host", "") in (f"127.0.0.1:{port}", f"localhost:{port}")
        token = query.get("token", [""])[0]
        if not host_ok or not hmac.compare_digest(token, self.server.token):
            self._send(HTTPStatus.FORBIDDEN, b"forbidden: open the URL galley review printed\n")
            return None
        return query

    def _route(self) -> tuple[ReviewSession | None, str]:
        """The document a path is about and the rest of the path (None: the folder's index)."""
        path = urlsplit(self.path).path
        sessions = self.server.sessions
        if len(sessions) == 1:
            return sessions[0], path
        found = re.fullmatch(r"/d/(\d+)(/.*)", path)
        if found and int(found[1]) < len(sessions):
            return sessions[int(found[1])], found[2]
        return None, path

    def do_GET(self) -> None:
        if self._allowed() is None:
            return
        session, path = self._route()
        if session is None:
            if path != "/":
                self._send(HTTPStatus.NOT_FOUND, b"not found\n")
                return
            with self.server.lock:
                page = folder_index(self.server.sessions)
            self._send(HTTPStatus.OK, page, "text/html; charset=utf-8")
            return
        with session.lock:
            if path == "/":
                try:
                    self._send(HTTPStatus.OK, session.page(), "text/html; charset=utf-8")
                except GalleyError as exc:
                    self._send(HTTPStatus.INTERNAL_SERVER_ERROR, f"{exc}\n".encode())
                return
            output = (
                session.output(path.removeprefix("/out/")) if path.startswith("/out/") else None
            )
            if output is None or not output.is_file():
                self._send(HTTPStatus.NOT_FOUND, b"not found\n")
                return
            kind = mimetypes.guess_type(output.name)[0] or "application/octet-stream"
            self._send(HTTPStatus.OK, output.read_bytes(), kind)

    def do_POST(self) -> None:
        if self._allowed() is None:
            return
        length = self.headers.get("Content-Length", "")
        session, path = self._route()
        if session is None or path != "/save" or not length.isdigit() or length == "0":
            self._send(HTTPStatus.BAD_REQUEST, b"bad request\n")
            return
        if int(length) > MAX_FORM_BYTES:
            self._send(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, b"form too large\n")
            return
        try:
            body = self.rfile.read(int(length)).decode("utf-8")
        except UnicodeDecodeError:
            self._send(HTTPStatus.BAD_REQUEST, b"the form is not UTF-8\n")
            return
        form = parse_qs(body, keep_blank_values=True)
        with session.lock:
            session.save(form)
        self.send_response(HTTPStatus.SEE_OTHER)
        self.send_header("Location", f"{session.prefix}/?token={session.token}")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send(
        self, status: HTTPStatus, body: bytes, kind: str = "text/plain; charset=utf-8"
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)


class ReviewServer(ThreadingHTTPServer):
    """Serves one document's review page, or a folder's: an index, then each document's page
    under `/d/N/`. Every document shares the server's token."""

    daemon_threads = True

    def __init__(self, sessions: ReviewSession | Sequence[ReviewSession], port: int = 0) -> None:
        self.sessions = [sessions] if isinstance(sessions, ReviewSession) else list(sessions)
        self.token = self.sessions[0].token
        self.lock = threading.Lock()
        for number, session in enumerate(self.sessions):
            session.token = self.token
            if len(self.sessions) > 1:
                session.prefix = f"/d/{number}"
        super().__init__(("127.0.0.1", port), Handler)

    @property
    def session(self) -> ReviewSession:
        return self.sessions[0]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/?token={self.token}"


def folder_index(sessions: Sequence[ReviewSession]) -> bytes:
    """The documents of a folder under review, most urgent first, each linking to its page."""
    rows = []
    for number, session in enumerate(sessions):
        counts, error = session.summary()
        urgency = (
            not error,
            -counts.get("error", 0),
            -counts.get("warning", 0),
            str(session.source),
        )
        link = E.A(str(session.source), href=f"{session.prefix}/?token={session.token}")
        cells = [E.TD(link)] + (
            [E.TD({"colspan": "3", "class": "err"}, error)]
            if error
            else [E.TD({"class": "n"}, str(counts.get(s, 0))) for s in reversed(SEVERITIES)]
        )
        rows.append((urgency, number, E.TR(*cells)))
    head = E.TR(*(E.TH(h) for h in ("document", "errors", "warnings", "infos")))
    table = E.TABLE(head, *(row for _, _, row in sorted(rows, key=lambda r: r[:2])))
    title = f"Galley review: {len(sessions)} documents"
    page = E.HTML(
        E.HEAD(E.META(charset="utf-8"), E.TITLE(title), E.STYLE(INDEX_CSS)),
        E.BODY(E.H1(title), E.P("Most urgent first. Open a document to review it."), table),
    )
    return page_bytes(page)
