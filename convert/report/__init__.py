"""What a run reports: the Report and its exit code, its output formats, the review page."""

from .formats import FORMATTERS
from .report import FileResult, Report, Status

__all__ = ["FORMATTERS", "FileResult", "Report", "Status"]
