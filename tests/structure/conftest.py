"""The structured seed and Federalist No. 1, built once for the structure tests."""

from __future__ import annotations

import pytest

from convert.model import Document
from convert.normalize import normalize
from convert.structure import build_document

from ..conftest import REPO

SEED = REPO / "samples" / "000_331d64802fbda7f9.txt"
DISTRICTS = ["东城区", "西城区", "朝阳区", "海淀区", "丰台区", "石景山区", "门头沟区", "房山区"]
FEDERALIST = REPO / "samples" / "federalist-01.txt"


@pytest.fixture(scope="module")
def seed_doc() -> Document:
    return build_document(normalize(SEED.read_text(encoding="utf-8")).text)


@pytest.fixture(scope="module")
def federalist_doc() -> Document:
    from convert.readers import text

    return build_document(normalize(text.read(FEDERALIST).text).text)
