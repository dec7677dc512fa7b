from __future__ import annotations

import os
import re
from collections.abc import Generator
from pathlib import Path

import pytest
from hypothesis import settings
from lxml import etree

from convert.jats import from_jats
from convert.model import Document
from convert.writers import WriteOptions

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
SHARED = REPO.parent / "shared"
FIXTURES = TESTS / "fixtures"

# No property test is timed: how long an example takes depends on the machine's load, and speed
# is shown by bench/, never by a unit test (Hypothesis's default 200 ms deadline failed
# tests/writers/docx/test_content.py once under a load of 15-22, at 253 ms for a 67 ms case).
settings.register_profile("galley", deadline=None)
settings.load_profile("galley")


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


# A test skipped because a tool is missing proves nothing; in CI (CI=true) the project's own
# scripts/install.sh --test has installed every tool, so such a skip is a failure there.
_MISSING_TOOL = re.compile(r"not installed|could not import|needs Java")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, None]:
    outcome = yield
    report: pytest.TestReport = outcome.get_result()  # type: ignore[attr-defined]
    if not (os.environ.get("CI") and report.skipped and isinstance(report.longrepr, tuple)):
        return
    reason = str(report.longrepr[2])
    if _MISSING_TOOL.search(reason):
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, where every tool must be installed: {reason}"
