"""Batches: which files to convert (`plan`), which can be skipped (`manifest`), the work done per
file (`worker`), and where it runs (`executors`). `runner` ties them together for the CLI."""

from .runner import Batch, run, worker_count
from .worker import Job, Task

__all__ = ["Batch", "Job", "Task", "run", "worker_count"]
