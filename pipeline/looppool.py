"""One job at a time in worker processes fed by this process's event loop (:class:`LoopPool`).

The archive stage hands out its work one capture at a time from asyncio code
(a capture's text extraction): ``await pool.run(fn, *args)`` runs one call in
a worker. Each worker has a socket pair; the event loop writes the pickled job
without blocking and reads the result when its socket is readable, so no thread
of this process wakes for a job or a result. A worker that dies fails only its
own job, and another takes its place; one that grows past its memory limit, or
whose job asks it to (:mod:`pipeline.worklimits`), is replaced after answering.

Batches of files go to :class:`pipeline.workers.WorkerPool` instead; callers
set up these workers with the process helpers of :mod:`pipeline.workers`
(``process_context``, ``exit_with``, ``name_process``).
"""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import concurrent.futures.process
import contextlib
import logging
import multiprocessing
import multiprocessing.connection
import os
import pickle
import signal
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from . import worklimits
from .logs import per_item

__all__ = ["LoopPool"]

log = logging.getLogger(__name__)

Result = TypeVar("Result")


class LoopPool:
    """Worker processes fed by this process's event loop: ``await pool.run(fn, *args)``.

    For work handed out one item at a time from asyncio code (a capture's text
    extraction). ``concurrent.futures.ProcessPoolExecutor`` does the same with two
    threads of this process (a feeder and a manager) waking for every job and
    result: each takes the GIL from the event loop, whose every database or socket
    call lets it go. Here each worker has a socket pair; the event loop writes the
    pickled job (without blocking) and reads the result when it is readable. Jobs
    wait in order for a free worker.

    A worker that dies (a hostile page that exhausts its memory) fails its own job
    with ``BrokenProcessPool``, and a new worker takes its place: the jobs other
    workers are running, and those waiting, go on. (The executor fails every job
    with the first death.) Only when workers keep dying, more of them in a row than
    the pool has, with no job answered in between, is the pool broken: every job
    fails, and so does every later one. ``fn`` must be picklable (a module-level
    function). Workers ignore SIGINT: Ctrl-C stops the run in this process, which
    then closes the pool.

    A worker leaves after answering, and a fresh one takes its place (not a death),
    when its resident memory is past ``max_rss_mb`` or its job asked for it
    (:func:`pipeline.worklimits.retire_after_job`: a job stopped at its CPU limit).
    """

    def __init__(self, workers: int, context: Any, *,  # a multiprocessing context (fork, forkserver, spawn)
                 initializer: Callable[..., object] | None = None, initargs: tuple[Any, ...] = (),
                 max_rss_mb: float | None = None) -> None:
        self._size = max(1, workers)
        self._context = context
        self._initializer, self._initargs = initializer, initargs
        self._max_rss = int(max_rss_mb * (1 << 20)) if max_rss_mb else None
        self._leaving: list[multiprocessing.process.BaseProcess] = []  # retired, not yet reaped
        self.retired = 0  # workers replaced after answering (memory, or their job asked)
        self._workers: list[_Worker] = []
        self._idle: list[_Worker] = []
        self._waiting: collections.deque[tuple[bytes, asyncio.Future[tuple[bool, Any]]]] = collections.deque()
        self._starting: dict[concurrent.futures.Future[list[_Started]], int] = {}  # coming up in a thread: how many
        self._deaths_in_a_row = 0
        self.broken: str | None = None

    async def run(self, fn: Callable[..., Result], *args: Any) -> Result:
        """``fn(*args)`` in a worker; its exception is raised here."""
        if self.broken is not None:
            raise concurrent.futures.process.BrokenProcessPool(self.broken)
        loop = asyncio.get_running_loop()
        self.start()
        job = pickle.dumps((fn, args), pickle.HIGHEST_PROTOCOL)
        done: asyncio.Future[tuple[bool, Any]] = loop.create_future()
        self._waiting.append((job, done))
        self._hand_out()
        try:
            ok, value = await done
        except asyncio.CancelledError:
            self._waiting = collections.deque(w for w in self._waiting if w[1] is not done)  # not begun: dropped
            raise
        if not ok:
            raise value
        return value

    def start(self) -> None:
        """Start the workers that are missing (``run`` does so); jobs wait for them meanwhile.

        Under ``forkserver`` or ``spawn`` a worker takes a while to come up (the fork server imports
        what it preloads first), so they are started by a thread: the event loop, which may be
        running every fetch of a check, goes on meanwhile. ``fork`` is instant, and forking from a
        second thread would be unsafe: those start here."""
        missing = self._size - len(self._workers) - sum(self._starting.values())
        if missing <= 0 or self.broken is not None:
            return
        loop = asyncio.get_running_loop()
        if self._context.get_start_method() == "fork":
            self._adopt(loop, self._spawn(missing))
            return
        starting: concurrent.futures.Future[list[_Started]] = concurrent.futures.Future()
        self._starting[starting] = missing

        def spawn() -> None:
            try:
                starting.set_result(self._spawn(missing))
            except BaseException as exc:  # noqa: BLE001 - handed to the event loop, which fails the jobs
                starting.set_exception(exc)
            with contextlib.suppress(RuntimeError):  # the loop has ended: close() took the workers
                loop.call_soon_threadsafe(self._started, loop, starting)

        threading.Thread(target=spawn, name="worker-start", daemon=True).start()

    def _spawn(self, count: int) -> list[_Started]:
        started: list[_Started] = []
        try:
            for _ in range(count):
                ours, theirs = self._context.Pipe(duplex=True)
                started.append(_Started(self._context.Process(
                    target=_serve, args=(theirs, self._initializer, self._initargs, self._max_rss),
                    name="sourcevault-worker", daemon=True), ours))
                try:
                    started[-1].process.start()
                finally:
                    theirs.close()
        except BaseException:
            for each in started:
                each.dismiss(wait=False)
            raise
        return started

    def _started(self, loop: asyncio.AbstractEventLoop, starting: concurrent.futures.Future[list[_Started]]) -> None:
        if self._starting.pop(starting, None) is None:  # closed meanwhile: close() ended them
            return
        try:
            started = starting.result()
        except Exception as exc:  # noqa: BLE001 - every job waiting fails with it
            self._died(f"the worker processes could not be started: {exc}")
            return
        self._adopt(loop, started)

    def _adopt(self, loop: asyncio.AbstractEventLoop, started: list[_Started]) -> None:
        for each in started:
            worker = _Worker(self, loop, each.process, each.connection)
            self._workers.append(worker)
            self._idle.append(worker)
        self._hand_out()

    def _lost(self, worker: _Worker, why: str) -> None:
        """A worker is gone (its job has failed with ``why``): another takes its place, unless they keep dying."""
        if worker in self._workers:
            self._workers.remove(worker)
        if worker in self._idle:
            self._idle.remove(worker)
        worker.reap(wait=False)
        self._deaths_in_a_row += 1
        if self._deaths_in_a_row > self._size:
            self._died(f"{why} (workers keep dying: {self._deaths_in_a_row} in a row)")
        elif self.broken is None:
            log.warning("%s: its job failed; starting another worker", why,
                        extra=per_item("worker_restarted", "worker process(es) died and were replaced"))
            self.start()

    def _retired(self, worker: _Worker, why: str) -> None:
        """A worker answered and is leaving (``why``: memory, or its job asked): a fresh one takes its place."""
        log.info("a worker process was replaced: %s", why)
        self._deaths_in_a_row = 0
        self.retired += 1
        if worker in self._workers:
            self._workers.remove(worker)
        worker.stop("the worker was replaced")
        self._leaving.append(worker.process)
        self._reap_leaving(worker.loop)
        if self.broken is None:
            self.start()

    def _reap_leaving(self, loop: asyncio.AbstractEventLoop, tries: int = 0) -> None:
        """Join the workers that are leaving without blocking the event loop (killed if they linger)."""
        for process in list(self._leaving):
            process.join(0)
            if not process.is_alive():
                self._leaving.remove(process)
            elif tries >= 20:  # 10 s to exit after answering: it is stuck
                process.kill()
        if self._leaving:
            loop.call_later(0.5, self._reap_leaving, loop, tries + 1)

    def _hand_out(self) -> None:
        while self._idle and self._waiting:
            job, done = self._waiting.popleft()
            if done.done():  # cancelled while waiting
                continue
            self._idle.pop().begin(job, done)

    def _finished(self, worker: _Worker) -> None:
        self._deaths_in_a_row = 0
        self._idle.append(worker)
        self._hand_out()

    def _died(self, why: str) -> None:
        """The pool cannot go on: every job running or waiting fails; the pool takes no more work."""
        self.broken = why
        self.close(wait=False, why=why)

    def close(self, wait: bool = True, why: str = "the worker pool was closed") -> None:
        """End the workers (each finishing its job first when ``wait``, for up to ``WORKER_EXIT_S``);
        jobs still running or waiting fail with ``BrokenProcessPool`` (``why``), and so does every
        later one: a closed pool starts no new workers."""
        self.broken = self.broken or why
        for _, done in self._waiting:
            if not done.done():
                done.set_exception(concurrent.futures.process.BrokenProcessPool(why))
        self._waiting.clear()
        starting, self._starting = self._starting, {}
        for coming in starting:  # a thread is starting workers: they are ended as soon as they are up
            try:
                for each in coming.result():
                    each.dismiss(wait)
            except Exception:  # noqa: BLE001, S110 - none came up: nothing to end
                pass
        workers, self._workers, self._idle = self._workers, [], []
        for worker in workers:
            worker.stop(why)
        for worker in workers:
            worker.reap(wait)
        leaving, self._leaving = self._leaving, []
        for process in leaving:
            _reap(process, wait)


@dataclass
class _Started:
    """A worker process just started, and this process's end of its socket pair."""

    process: multiprocessing.process.BaseProcess
    connection: multiprocessing.connection.Connection

    def dismiss(self, wait: bool) -> None:
        """End a worker that was never handed a job."""
        with contextlib.suppress(OSError):
            self.connection.send_bytes(b"")  # asks it to leave
        self.connection.close()
        if self.process.pid is not None:  # None: its start failed
            _reap(self.process, wait)


class _Worker:
    """One worker process and this process's end of its socket pair."""

    def __init__(self, pool: LoopPool, loop: asyncio.AbstractEventLoop, process: multiprocessing.process.BaseProcess,
                 connection: multiprocessing.connection.Connection) -> None:
        self.pool, self.loop, self.process, self.connection = pool, loop, process, connection
        self.fd = connection.fileno()
        os.set_blocking(self.fd, False)
        self.inbox = bytearray()
        self.outbox = bytearray()
        self.job: asyncio.Future[tuple[bool, Any]] | None = None
        loop.add_reader(self.fd, self._readable)

    def begin(self, job: bytes, done: asyncio.Future[tuple[bool, Any]]) -> None:
        self.job = done
        size = len(job)  # the framing of multiprocessing.Connection.send_bytes, which the worker reads
        header = struct.pack("!i", size) if size <= 0x7FFFFFFF else struct.pack("!i", -1) + struct.pack("!Q", size)
        self.outbox += header
        self.outbox += job
        self._writable()

    def _writable(self) -> None:
        try:
            while self.outbox:
                sent = os.write(self.fd, self.outbox)
                del self.outbox[:sent]
        except BlockingIOError:
            self.loop.add_writer(self.fd, self._writable)
            return
        except OSError as exc:
            self._gone(f"a worker process cannot be reached ({exc})")
            return
        self.loop.remove_writer(self.fd)

    def _readable(self) -> None:
        ended = False
        try:
            while chunk := os.read(self.fd, 1 << 16):
                self.inbox += chunk
            ended = True  # the end of its output: the worker has gone
        except BlockingIOError:
            pass
        except OSError:
            ended = True
        while self.fd >= 0 and (answer := self._answer()) is not None:
            job, self.job = self.job, None
            ok, value, leaving = answer
            if job is not None and not job.done():
                job.set_result((ok, value))
            if leaving:
                self.pool._retired(self, leaving)
            else:
                self.pool._finished(self)
        if ended and self.fd >= 0:
            self.process.join(0.1)
            self._gone(_death(self.process.exitcode))

    def _answer(self) -> tuple[bool, Any, str | None] | None:
        """The next whole result in the inbox, if one has arrived."""
        if len(self.inbox) < 4:
            return None
        size, start = struct.unpack_from("!i", self.inbox)[0], 4
        if size == -1:
            if len(self.inbox) < 12:
                return None
            size, start = struct.unpack_from("!Q", self.inbox, 4)[0], 12
        if len(self.inbox) < start + size:
            return None
        data = bytes(self.inbox[start:start + size])
        del self.inbox[:start + size]
        try:
            return pickle.loads(data)
        except Exception as exc:  # noqa: BLE001 - a result we cannot read fails its job, not the pool
            return False, RuntimeError(f"a worker's result could not be read: {exc}"), None


    def _gone(self, why: str) -> None:
        self.stop(why)
        self.pool._lost(self, why)

    def stop(self, why: str) -> None:
        """Stop listening and close our end (the worker reads the end of its input and leaves);
        a job still running fails with ``why``."""
        job, self.job = self.job, None
        if job is not None and not job.done():
            job.set_exception(concurrent.futures.process.BrokenProcessPool(why))
        if self.fd < 0:
            return
        self.loop.remove_reader(self.fd)
        self.loop.remove_writer(self.fd)
        if not self.outbox:  # an empty job asks the worker to leave: the end of its input may never come
            with contextlib.suppress(OSError):  # if a forked sibling holds a copy of this end
                os.write(self.fd, struct.pack("!i", 0))
        self.connection.close()
        self.fd = -1

    def reap(self, wait: bool) -> None:
        _reap(self.process, wait)


def _death(exitcode: int | None) -> str:
    """Why a worker process ended, from its exit code, in words for the job's failure."""
    if exitcode == -signal.SIGXCPU:
        return "a worker process was ended at its job's CPU-time limit (SIGXCPU)"
    if exitcode == -signal.SIGKILL:
        return "a worker process was killed (SIGKILL; out of memory?)"
    return f"a worker process died (exit code {exitcode}; out of memory?)"


def _reap(process: multiprocessing.process.BaseProcess, wait: bool) -> None:
    """Wait for a worker told to leave (for up to ``WORKER_EXIT_S`` if ``wait``), then kill it if it has not."""
    process.join(WORKER_EXIT_S if wait else 0)
    if process.is_alive():
        process.kill()
        process.join(1)


WORKER_EXIT_S = 30.0  # how long closing a pool waits for a worker to finish its job


def _serve(connection: multiprocessing.connection.Connection, initializer: Callable[..., object] | None,
           initargs: tuple[Any, ...], max_rss: int | None = None) -> None:
    """A :class:`LoopPool` worker: run each job read from ``connection`` and send back (ok, value, leaving);
    leaving: why this worker ends after the answer (past ``max_rss`` bytes resident, or the job asked), or None."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer is not None:
        initializer(*initargs)
    while True:
        try:
            job = connection.recv_bytes()
        except (EOFError, OSError):
            return  # the pool closed our input: done
        if not job:
            return  # the pool asks us to leave
        try:
            fn, args = pickle.loads(job)
            answer: tuple[bool, Any] = (True, fn(*args))
        except worklimits.CpuLimitExceeded as exc:  # not caught by the job: its caller gets an Exception
            answer = (False, TimeoutError(f"the job was {exc}"))
        except Exception as exc:  # noqa: BLE001 - the job's failure goes back to whoever asked
            answer = (False, exc)
        del job
        worklimits.return_freed_memory(above=max_rss // 2 if max_rss else worklimits.TRIM_ABOVE)
        leaving = worklimits.reason_to_leave(max_rss)
        try:
            data = pickle.dumps((*answer, leaving), pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # noqa: BLE001 - an unpicklable result or exception
            data = pickle.dumps((False, RuntimeError(f"{type(exc).__name__}: {exc}"), leaving),
                                pickle.HIGHEST_PROTOCOL)
        try:
            connection.send_bytes(data)
        except OSError:
            return
        if leaving:
            return
