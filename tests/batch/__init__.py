from __future__ import annotations

from typing import Any

from convert.batch.worker import Job
from convert.config.settings import Settings


def convert_job(formats: tuple[str, ...] = ("xml",), **settings: Any) -> Job:
    """A convert run's Job with these formats and settings, the rest defaults."""
    return Job("convert", Settings(formats=formats, **settings))
