"""The DOCX's core properties and zip (`convert/writers/docx/package.py`)."""

from __future__ import annotations

from datetime import UTC, datetime
from io import BytesIO
from zipfile import ZipFile

import docx
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from convert.model import Contributor, Document
from convert.writers import WriteOptions
from convert.writers.docx.house import read_style_source
from convert.writers.docx.package import CORE, core_properties
from convert.writers.docx.template import prepared_template

NOISE = (
    "revision",
    "lastPrinted",
    "lastModifiedBy",
    "description",
    "keywords",
    "category",
    "subject",
)


def _python_docx_core(package: bytes, doc: Document, epoch: int) -> bytes:
    """What Galley wrote through python-docx's setters before: the definition to keep to."""
    word = docx.Document(BytesIO(package))
    props = word.core_properties
    props.title = doc.title
    props.author = "; ".join(c.name for c in doc.contributors)
    props.language = doc.lang
    when = datetime.fromtimestamp(epoch, tz=UTC).replace(tzinfo=None)
    props.created = when
    props.modified = when
    root = etree.fromstring(word.part.package.part_related_by(_CORE_REL).blob)
    for element in list(root):
        local = etree.QName(element).localname
        if local in NOISE and (
            local in ("revision", "lastPrinted", "description") or not element.text
        ):
            root.remove(element)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


_CORE_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
NAMES = st.text(alphabet=st.sampled_from("张晶 Jane&<>\"'é"), max_size=8)


@settings(max_examples=30, deadline=None)
@given(
    NAMES,
    st.lists(NAMES, max_size=3),
    st.sampled_from(["zh-CN", "en", "ja-JP", "zh-Hant"]),
    st.integers(0, 4_000_000_000),
)
def test_the_properties_are_python_docx_s(
    title: str, authors: list[str], lang: str, epoch: int
) -> None:
    options = WriteOptions()
    path = options.style_for(lang).docx_path
    template = prepared_template(path, read_style_source(path), lang)
    doc = Document(lang, "news", title, contributors=tuple(map(Contributor, authors)))
    with ZipFile(BytesIO(template.package)) as archive:
        ours = core_properties(archive.read(CORE), doc, epoch)
    assert ours == _python_docx_core(template.package, doc, epoch)
