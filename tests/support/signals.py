"""Subprocesses that Ctrl-C reaches wherever the test suite itself was started."""

from __future__ import annotations

import signal


def ctrl_c_default() -> None:
    """`preexec_fn` for a `galley` subprocess a test interrupts: a shell without job control
    starts background commands (`bash .ci/run &`) with SIGINT ignored, a child inherits that,
    and Python leaves an ignored SIGINT ignored, so the signal the test sends would be lost."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
