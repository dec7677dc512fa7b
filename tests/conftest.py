from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from convert.jats import from_jats
from convert.model import Document
from convert.writers import WriteOptions

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
SHARED = REPO.parent / "shared"
FIXTURES = TESTS / "fixtures"


def load_fixture_document(name: str = "minimal-zh.xml") -> Document:
    path = FIXTURES / name
    data = path.read_bytes()
    return from_jats(etree.fromstring(data), data)


@pytest.fixture
def minimal_doc() -> Document:
    """A small hand-written JATS article with the seed's shape (lead, two-level sections)."""
    return load_fixture_document()


@pytest.fixture
def write_options() -> WriteOptions:
    return WriteOptions()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--accept",
        action="store_true",
        default=False,
        help="rewrite the golden files in tests/expected/ from the current output (review the diff!)",
    )


@pytest.fixture
def accept(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--accept"))
