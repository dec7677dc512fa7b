"""The examples in the package's docstrings are run: an example that no longer holds is a
docstring that lies."""

from __future__ import annotations

import doctest
import importlib

import pytest

from .test_architecture import MODULES

WITH_EXAMPLES = sorted(
    name for name, path in MODULES.items() if ">>> " in path.read_text(encoding="utf-8")
)


def test_some_modules_have_examples() -> None:
    assert len(WITH_EXAMPLES) >= 5


@pytest.mark.parametrize("name", WITH_EXAMPLES)
def test_docstring_examples_hold(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
