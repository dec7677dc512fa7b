"""The change log: what each repair pass did, where in the source, before and after.

`model` holds the records, `kinds` every kind a pass can make, `apply` makes them as a pass runs,
`replay` applies a log to the source again, `positions` maps places through the log both ways,
`json` writes it for review.
"""

from .apply import apply_pass
from .kinds import KINDS, KINDS_BY_PASS, OFF
from .model import SEVERITIES, Change, Edit, Severity, without_overlaps
from .positions import SourceMap, result_spans
from .replay import ReplayError, replay

__all__ = [
    "KINDS",
    "KINDS_BY_PASS",
    "OFF",
    "SEVERITIES",
    "Change",
    "Edit",
    "ReplayError",
    "Severity",
    "SourceMap",
    "apply_pass",
    "replay",
    "result_spans",
    "without_overlaps",
]
