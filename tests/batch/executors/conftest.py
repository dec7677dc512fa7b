"""What the executors' tests share: a batch slow enough that a signal or a kill lands mid-batch,
and a loopback cluster (imported on first use: the local pool's tests need no Dask)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .cluster import Cluster

SLOW_FILES = 8  # each about half a second of work (6,000 paragraphs), so a kill lands mid-batch


@pytest.fixture(scope="module")
def slow_inbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    inbox = tmp_path_factory.mktemp("slow") / "inbox"
    inbox.mkdir()
    for i in range(SLOW_FILES):
        paragraphs = (f"Paragraph {j} of file {i}, with a few words." for j in range(6_000))
        (inbox / f"f{i}.txt").write_text(f"File {i}\n\n" + "\n\n".join(paragraphs), "utf-8")
    return inbox


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    """One scheduler and two workers on loopback for a test module, stopped after it."""
    from .cluster import Cluster

    running = Cluster(tmp_path_factory.mktemp("cluster"))
    try:
        yield running
    finally:
        running.stop()
