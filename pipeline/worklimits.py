"""Limits on one job in a worker process: CPU time, and when the worker should be replaced.

Rules (the caller decides what a stopped job means; :mod:`pipeline.workers` replaces the worker):

1. :func:`cpu_limit` gives the job ``seconds`` of this process's CPU time (user + system).
   Past them a profiling timer raises :class:`CpuLimitExceeded` at the next Python
   instruction, and again every ``REPEAT_S`` of CPU if something swallowed it. It is a
   ``BaseException``: an extractor's ``except Exception`` does not turn it into a result.
2. The backstop, for a job stuck in C code that never gives Python control: the soft
   ``RLIMIT_CPU`` is set ``backstop_s`` past the job's budget, and the kernel ends the
   process with ``SIGXCPU`` there. (The hard limit is left alone: an unprivileged process
   could never raise it again for the next job.) The pool sees a worker die with that
   signal and says so.
3. A job that was stopped asks for its worker to be replaced (:func:`retire_after_job`): an
   exception raised at an arbitrary instruction may leave a library's state half-changed.
4. The limits apply only in the main thread of a worker process (signals are per process):
   in threads of the main process (``archive.process_pool: 0``) there is no CPU limit.
5. After a job a worker past half its pool's memory limit gives the heap its jobs freed back to the system
   (:func:`return_freed_memory`): lxml's trees and large buffers are freed to the C allocator, which keeps
   them otherwise. Then a worker whose resident memory (:func:`resident_bytes`) is still past its pool's
   limit leaves and is replaced; that is not a death.
"""

from __future__ import annotations

import contextlib
import ctypes
import math
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from types import FrameType
from typing import Any

try:
    import resource
except ImportError:  # pragma: no cover - not on POSIX: no limits
    resource = None  # type: ignore[assignment]

__all__ = ["CpuBudget", "CpuLimitExceeded", "cpu_limit", "enforceable", "reason_to_leave", "resident_bytes",
           "retire_after_job", "return_freed_memory"]

REPEAT_S = 0.25  # CPU seconds between reminders once the budget is spent
BACKSTOP_S = 2.0  # CPU seconds past the budget before the kernel ends the process


class CpuLimitExceeded(BaseException):
    """The job has used its CPU-time budget (raised inside it by :func:`cpu_limit`)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.seconds = seconds

    def __str__(self) -> str:
        return f"stopped after {self.seconds:g} s of CPU time"


class CpuBudget:
    """The running job's budget; :meth:`extend` gives it more (a PDF: a budget per page)."""

    def __init__(self, seconds: float | None, backstop_s: float) -> None:
        self.seconds = seconds
        self.backstop_s = backstop_s
        self.start = _cpu_now()
        self.active = seconds is not None

    def extend(self, seconds: float) -> None:
        if self.seconds is None:
            return
        self.seconds += seconds
        self._arm()

    def used(self) -> float:
        return _cpu_now() - self.start

    def _arm(self) -> None:
        assert self.seconds is not None
        left = max(0.001, self.start + self.seconds - _cpu_now())
        signal.setitimer(signal.ITIMER_PROF, left, REPEAT_S)
        soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
        backstop = math.ceil(self.start + self.seconds + self.backstop_s)
        if hard != resource.RLIM_INFINITY:
            backstop = min(backstop, hard)
        resource.setrlimit(resource.RLIMIT_CPU, (backstop, hard))


_running: CpuBudget | None = None
_retire = threading.Event()


def enforceable() -> bool:
    """Whether a CPU limit can be kept here: the main thread of a worker process on a POSIX system."""
    return (resource is not None and hasattr(signal, "setitimer")
            and threading.current_thread() is threading.main_thread()
            and multiprocessing.parent_process() is not None)


@contextlib.contextmanager
def cpu_limit(seconds: float | None, *, backstop_s: float = BACKSTOP_S) -> Iterator[CpuBudget]:
    """Run the ``with`` body within ``seconds`` of CPU time (None, or not :func:`enforceable`: no limit).

    Raises :class:`CpuLimitExceeded` out of the body past the budget, after asking for the
    worker to be replaced."""
    global _running
    if seconds is None or not enforceable():
        yield CpuBudget(None, backstop_s)
        return
    budget = CpuBudget(seconds, backstop_s)
    previous = signal.signal(signal.SIGPROF, _on_timer)
    limits = resource.getrlimit(resource.RLIMIT_CPU)
    with contextlib.suppress(ValueError, OSError):  # no core file when the backstop ends the process
        resource.setrlimit(resource.RLIMIT_CORE, (0, resource.getrlimit(resource.RLIMIT_CORE)[1]))
    _running = budget
    try:
        budget._arm()
        yield budget
    finally:
        budget.active = False  # a timer firing from here on is ignored
        _running = None
        signal.setitimer(signal.ITIMER_PROF, 0)
        resource.setrlimit(resource.RLIMIT_CPU, limits)
        signal.signal(signal.SIGPROF, previous)


def _on_timer(signum: int, frame: FrameType | None) -> None:
    budget = _running
    if budget is not None and budget.active and budget.seconds is not None and budget.used() >= budget.seconds:
        retire_after_job()  # first: whatever happens to the exception, this worker is replaced
        raise CpuLimitExceeded(budget.seconds)


def _cpu_now() -> float:
    """This process's CPU time (user + system, every thread), as RLIMIT_CPU and ITIMER_PROF count it."""
    return time.process_time()


def retire_after_job() -> None:
    """Ask for this worker to leave once the job running now has answered (a fresh one takes its place)."""
    _retire.set()


def reason_to_leave(max_rss: int | None) -> str | None:
    """Why a worker that has just answered a job should be replaced (rules 3 and 5), if it should; a
    job's request to be replaced is consumed here."""
    if _retire.is_set():
        _retire.clear()
        return "its job asked (stopped at its CPU-time limit)"
    if max_rss is not None and (resident := resident_bytes()) > max_rss:
        return f"{resident >> 20} MB resident, past its limit of {max_rss >> 20} MB"
    return None


TRIM_ABOVE = 80 << 20  # a worker without a memory limit gives freed memory back past this much resident


def return_freed_memory(above: int = 0) -> None:
    """Give what the C allocator holds freed back to the system, when this process is past ``above`` bytes
    resident: ``malloc_trim`` on glibc (about 0.7 ms after an article's extraction), nothing elsewhere.
    Python returns its own emptied arenas by itself. Not after every job: the pages given back are
    faulted in again by the next one (trimming after each of 1,500 heavy news pages cost 3 ms a page
    in all; past 80 MB, 0.1 ms, for a worker of 73 MB on average against 93 MB untrimmed and 64 MB
    trimmed each time)."""
    if _LIBC is not None and (not above or resident_bytes() > above):
        _LIBC.malloc_trim(0)


def _glibc() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None)
        return libc if hasattr(libc, "malloc_trim") else None  # musl has none
    except OSError:
        return None


_LIBC = _glibc()


def resident_bytes() -> int:
    """This process's resident memory now (Linux ``/proc``; elsewhere its peak, which only grows)."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        pass
    if resource is None:
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if os.uname().sysname == "Darwin" else peak * 1024
