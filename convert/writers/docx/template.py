"""A house style's empty DOCX for one language: named styles, defaults, page and footer.

Building it through python-docx (`build`) is most of a cold call's DOCX cost, so the result is
also kept in the user's cache folder (`convert.cache`), named by a digest of the style file, the
language, python-docx's `__init__.py` (which holds its version), lxml's version and the source of
the modules that build it: a change to any of them is a new file, and a file that does not read
back is built again. Reading the copy needs no python-docx.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from importlib.util import find_spec
from io import BytesIO
from pathlib import Path

from lxml import etree

from ...cache import cache_folder, store_atomically
from .. import clreq
from .house import USED_STYLES, HouseStyle, parse_house_style


@dataclass(frozen=True)
class Template:
    """A house style's DOCX for one language, before any content: what every article shares.

    Setting up the named styles, the defaults, the page and the footer through python-docx is a
    large part of a render, and none of it depends on the article, so it is done once per process,
    house style and language, and kept as the saved package. An article opens that package and
    adds its paragraphs: the same parts and XML as setting everything up afresh, so the same bytes.
    `style_ids` maps each style name Galley uses to the id a paragraph refers to it by (None for
    the default style), since python-docx finds that id with a search of every style per paragraph.
    """

    package: bytes
    house: HouseStyle
    style_ids: dict[str, str | None]


@lru_cache(maxsize=16)
def prepared_template(path: Path, source: str, lang: str | None) -> Template:
    """The prepared template; keyed by the style file's text too, so an edited file is re-read."""
    house = parse_house_style(source, path)
    folder, key = cache_folder(), _cache_key(source, lang)
    if folder is None or key is None:
        return _build(house, lang)
    stored = folder / f"docx-template-{key}.docx"
    with contextlib.suppress(OSError, ValueError):
        return _loads(stored.read_bytes(), house)
    template = _build(house, lang)
    with contextlib.suppress(OSError):
        store_atomically(stored, _dumps(template))
    return template


def _build(house: HouseStyle, lang: str | None) -> Template:
    """Built through python-docx, imported only here: a call that finds the template in the
    cache folder writes a plain article without it (`plain`)."""
    from .build import build

    package, style_ids = build(house, lang)
    return Template(package, house, style_ids)


# --- the copy in the cache folder ---------------------------------------------------------------

MAGIC = b"galley-docx-template 1\n"
# the modules of this package whose code shapes a template (and clreq, for `is_cjk`)
BUILDERS = ("template.py", "build.py", "house.py", "oxml.py", "language.py")


def _cache_key(source: str, lang: str | None) -> str | None:
    """A digest of everything the template is made from; None if a module's source is not
    there to read (an installation without .py files builds the template every time)."""
    digest = hashlib.sha256()
    for part in (source, lang or "", ".".join(map(str, etree.LXML_VERSION))):
        digest.update(part.encode("utf-8") + b"\0")
    here = Path(__file__).parent
    python_docx = find_spec("docx")  # found, not imported
    if python_docx is None or python_docx.origin is None:
        return None
    try:
        for module in (*(here / name for name in BUILDERS), Path(clreq.__file__)):
            digest.update(module.read_bytes())
        digest.update(Path(python_docx.origin).read_bytes())
    except OSError:
        return None
    return digest.hexdigest()[:32]


def _dumps(template: Template) -> bytes:
    ids = json.dumps(template.style_ids, sort_keys=True).encode("utf-8")
    return b"".join((MAGIC, ids, b"\n", template.package))


def _loads(data: bytes, house: HouseStyle) -> Template:
    """What `_dumps` wrote; ValueError for anything else (a truncated or foreign file)."""
    if not data.startswith(MAGIC):
        raise ValueError("not a Galley DOCX template")
    ids, _, package = data[len(MAGIC) :].partition(b"\n")
    style_ids = json.loads(ids)
    if set(style_ids) != set(USED_STYLES) or not package.startswith(b"PK"):
        raise ValueError("a damaged DOCX template")
    try:  # a truncated zip fails here, not in the article's render
        with zipfile.ZipFile(BytesIO(package)) as archive:
            damaged = archive.testzip()  # every part's CRC
    except zipfile.BadZipFile as exc:
        raise ValueError(f"a damaged DOCX template ({exc})") from exc
    if damaged is not None:
        raise ValueError(f"a damaged DOCX template ({damaged})")
    return Template(package, house, style_ids)
