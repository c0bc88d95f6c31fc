"""Where the check reads its pages (:func:`~pipeline.check.pagefacts.read_page`): a process of its own.

Reading a page is regular expressions over its markup, which hold Python's lock for
the whole of each search. In the check's process that lock is the event loop's too:
every millisecond of reading is one the loop cannot spend sending the next site's
request, and on a heavy web the reading is about a third of the process's CPU. So
pages are read by a reading process, fed by one thread of this process that does
nothing else: it writes each body down a pipe and waits for the facts to come back,
with the lock let go for both (a few microseconds of Python per page here, against
milliseconds of reading there). The event loop only hands the body to that thread.
Sending bodies from the event loop itself (a :class:`~pipeline.looppool.LoopPool`
worker) was tried first and cost the loop more than reading in a thread did: its
writes and reads of every body became the loop's own work (docs/check.md).

The reading process starts with the check (:meth:`PageReader.start`; pages are read in
the thread until it is up), or else with the first page. If it cannot start, dies, or
does not answer within :data:`ANSWER_S`, that page is read in the thread instead; after
:data:`MAX_DEATHS` such failures every later page is (with one warning). Its answers are
those of ``read_page`` in this process: the same function on the same bytes.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import dataclasses
import logging
import os
import pickle
import signal
import threading
from typing import Any

from ..workers import exit_with, name_process, process_context
from .pagefacts import PageFacts, count_article_links, counted, read_page

__all__ = ["PageReader"]

log = logging.getLogger(__name__)

ANSWER_S = 60.0  # a page's facts not back by then: the reading process is stuck; the page is read here
MAX_DEATHS = 3  # reading processes lost before every page is read in the thread
PROCESS_NAME = "sv-page-reader"  # as ``top`` shows it


class PageReader:
    """Each page body read once for every judgement: the fetcher's question whether it redirects
    (:meth:`read`), then the check's verdict (:meth:`take`, which forgets it).

    The facts of a body read and not yet taken are kept by the event loop's thread (at most
    :data:`LIMIT`: a hop's body is read and never taken), so taking them back costs no hand-over;
    the reading itself is handed to the "page-reader" thread, which sends it to the reading process
    (``process=False``: reads it itself)."""

    LIMIT = 256  # bodies read for a redirect and not taken back: forgotten past this many

    def __init__(self, *, process: bool = True) -> None:
        self._read: dict[int, tuple[bytes, PageFacts]] = {}
        self._thread = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="page-reader")
        self._remote: _ReadingProcess | None = None
        self._starting: threading.Thread | None = None  # starting the reading process (start)
        self._deaths = 0 if process else MAX_DEATHS
        self.read_here = self.read_there = 0  # pages read in the thread, in the reading process

    def start(self) -> None:
        """Start the reading process now, in a thread of its own: it takes a moment (the fork server and its
        modules, 0.7 s on a busy machine), while the check starts its first sites. Meanwhile their pages are
        read in the page-reader thread, instead of all waiting for the process together."""
        if self._deaths < MAX_DEATHS and self._remote is None and self._starting is None:
            self._starting = threading.Thread(target=self._start, name="page-reader-start", daemon=True)
            self._starting.start()

    def _start(self) -> None:
        try:
            self._remote = _ReadingProcess()
        except Exception as exc:  # noqa: BLE001 - the page-reader thread tries again with the next page
            log.debug("the page reading process did not start (%s)", exc)

    async def read(self, body: bytes, charset: str | None) -> PageFacts:
        """The page's facts, kept for its :meth:`take`; its article links not counted."""
        held = self._read.get(id(body))
        if held is not None and held[0] is body:
            return held[1]
        facts = await asyncio.get_running_loop().run_in_executor(self._thread, self._facts, body, charset, False, None)
        if len(self._read) >= self.LIMIT:
            self._read.clear()
        self._read[id(body)] = (body, facts)
        return facts

    async def take(self, body: bytes, charset: str | None, *, links: bool = False) -> PageFacts:
        """The page's facts, read now or by :meth:`read`, and forgotten; its article links counted when
        ``links`` asks for them (a redirected page, which may have landed on a listing)."""
        held = self._read.pop(id(body), None)
        known = held[1] if held is not None and held[0] is body else None
        if known is not None and (not links or known.article_links >= 0):
            return known
        return await asyncio.get_running_loop().run_in_executor(self._thread, self._facts, body, charset, links, known)

    def close(self) -> None:
        self._thread.shutdown(wait=True, cancel_futures=True)
        if self._starting is not None:
            self._starting.join(ANSWER_S)  # a start that hangs does not hold the check's end: the thread is a daemon
            self._starting = None
        if self._remote is not None:
            self._remote.close()
            self._remote = None

    def _facts(self, body: bytes, charset: str | None, links: bool, known: PageFacts | None) -> PageFacts:
        """In the page-reader thread: the facts (``known`` with its article links counted, if given)."""
        job = ("links", body, charset, links) if known is not None else ("page", body, charset, links)
        answer = self._ask(job)
        if answer is None:
            self.read_here += 1
            answer = _work(job)
        else:
            self.read_there += 1
        if known is not None:
            return counted(dataclasses.replace(known, article_links=answer))
        assert isinstance(answer, PageFacts)
        return answer

    def _ask(self, job: tuple[str, bytes, str | None, bool]) -> Any:
        """The reading process's answer to ``job``, or None when there is none to be had."""
        if self._deaths >= MAX_DEATHS:
            return None
        if self._starting is not None:
            if self._starting.is_alive():
                return None  # not up yet (start): this page is read here
            self._starting = None
        try:
            if self._remote is None:
                self._remote = _ReadingProcess()
            return self._remote.ask(job)
        except Exception as exc:  # noqa: BLE001 - a lost process costs the page a read here, never the check
            self._deaths += 1
            if self._remote is not None:
                self._remote.close()
                self._remote = None
            if self._deaths >= MAX_DEATHS:
                log.warning("pages are read in the check's own process from now on: the reading process "
                            "failed %d times (last: %s)", self._deaths, exc)
            else:
                log.debug("the page reading process failed (%s): the page is read here", exc)
            return None


class _ReadingProcess:
    """The reading process and this side of its pipe: a job out, its answer back, one at a time."""

    def __init__(self) -> None:
        context: Any = process_context()  # a multiprocessing context
        self.connection, theirs = context.Pipe(duplex=True)
        self.process = context.Process(target=_serve, args=(theirs, os.getpid()), name="sourcevault-reader",
                                       daemon=True)
        try:
            self.process.start()
        finally:
            theirs.close()

    def ask(self, job: tuple[str, bytes, str | None, bool]) -> Any:
        kind, body, charset, links = job
        self.connection.send_bytes(pickle.dumps((kind, charset, links)))
        self.connection.send_bytes(body)  # written as it is, not copied into a pickle
        if not self.connection.poll(ANSWER_S):
            raise TimeoutError(f"no answer in {ANSWER_S:.0f} s")
        return pickle.loads(self.connection.recv_bytes())

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.connection.close()  # the process reads the end of its input and leaves
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(1)


def _work(job: tuple[str, bytes, str | None, bool]) -> PageFacts | int:
    kind, body, charset, links = job
    return count_article_links(body, charset) if kind == "links" else read_page(body, charset, links=links)


def _serve(connection: Any, parent: int) -> None:
    """The reading process: each job's answer, until its input ends (or the check's process is gone)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the check, which then closes the pipe
    logging.getLogger().addHandler(logging.NullHandler())
    name_process(PROCESS_NAME)
    exit_with(parent)
    while True:
        try:
            kind, charset, links = pickle.loads(connection.recv_bytes())
            body = connection.recv_bytes()
        except (EOFError, OSError):
            return
        connection.send_bytes(pickle.dumps(_work((kind, body, charset, links)), pickle.HIGHEST_PROTOCOL))
