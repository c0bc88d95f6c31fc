"""The loop pool: worker processes fed by an event loop (the archive's text extraction), and the limits
on one job there, memory and CPU time (pipeline.worklimits)."""

from __future__ import annotations

import asyncio
import concurrent.futures
import concurrent.futures.process
import logging
import os
import time
from pathlib import Path

import pytest
from conftest import process_alive

from pipeline.looppool import LoopPool
from pipeline.workers import exit_with, pool_context


def doubled_with_pid(n: int) -> tuple[int, int]:
    return n * 2, os.getpid()


def fails(message: str) -> None:
    raise ValueError(message)


def echo_size(data: bytes) -> bytes:
    return data[::-1] * 2  # a result twice the job's size


def dies() -> None:
    os._exit(3)  # as a worker killed by the out-of-memory killer would


def touch_after(path: str, seconds: float) -> str:
    time.sleep(seconds)
    Path(path).write_text("ran", encoding="utf-8")
    return path


def loop_pool(workers: int = 2) -> LoopPool:
    return LoopPool(workers, pool_context(), initializer=exit_with, initargs=(os.getpid(),))


def test_a_loop_pool_runs_jobs_in_other_processes_and_raises_their_errors():
    async def main() -> tuple[list[tuple[int, int]], str]:
        pool = loop_pool()
        try:
            results = await asyncio.gather(*(pool.run(doubled_with_pid, n) for n in range(50)))
            with pytest.raises(ValueError) as caught:
                await pool.run(fails, "a bad page")
            return results, str(caught.value)
        finally:
            pool.close()

    results, message = asyncio.run(main())
    assert [r for r, _ in results] == [n * 2 for n in range(50)]  # each its own answer, in order asked
    assert os.getpid() not in {pid for _, pid in results} and len({pid for _, pid in results}) <= 2
    assert message == "a bad page"


def test_a_loop_pool_carries_jobs_and_results_larger_than_a_socket_buffer():
    payload = os.urandom(3 << 20)

    async def main() -> list[bytes]:
        pool = loop_pool()
        try:
            return await asyncio.gather(pool.run(echo_size, payload), pool.run(echo_size, payload[:1000]))
        finally:
            pool.close()

    big, small = asyncio.run(main())
    assert big == payload[::-1] * 2 and small == payload[:1000][::-1] * 2


def test_a_dead_worker_fails_only_its_own_job_and_another_takes_its_place(tmp_path, caplog):
    done = tmp_path / "done"

    async def main() -> tuple[BaseException | None, str, list[int], int]:
        pool = loop_pool()
        try:
            running = asyncio.ensure_future(pool.run(touch_after, str(done), 0.3))  # in the other worker
            waiting = [asyncio.ensure_future(pool.run(doubled_with_pid, n)) for n in range(1, 4)]
            failure = None
            try:
                await pool.run(dies)
            except concurrent.futures.process.BrokenProcessPool as exc:
                failure = exc
            answers = [(await w)[0] for w in waiting]
            return failure, await running, answers, len(pool._workers)
        finally:
            pool.close()

    with caplog.at_level(logging.WARNING, logger="pipeline.looppool"):
        failure, ran, answers, workers = asyncio.run(main())
    assert failure is not None  # the job whose worker died fails...
    assert ran == str(done) and answers == [2, 4, 6]  # ...and only that one: the others are answered
    assert workers == 2  # a new worker took the dead one's place
    assert [r.levelno for r in caplog.records if r.name == "pipeline.looppool"] == [logging.WARNING]


def exits_at_start() -> None:
    os._exit(3)  # a worker that cannot even start (a broken installation)


def test_workers_that_keep_dying_break_the_pool():
    async def main() -> tuple[int, str | None]:
        pool = LoopPool(2, pool_context(), initializer=exits_at_start)
        failures = 0
        try:
            for _ in range(20):
                try:
                    await pool.run(doubled_with_pid, 1)
                except concurrent.futures.process.BrokenProcessPool:
                    failures += 1
                if pool.broken is not None:
                    break
                await asyncio.sleep(0.05)
            with pytest.raises(concurrent.futures.process.BrokenProcessPool):
                await pool.run(doubled_with_pid, 2)  # a broken pool takes no more work
            return failures, pool.broken
        finally:
            pool.close()

    failures, broken = asyncio.run(main())
    assert broken is not None and 1 <= failures < 20  # given up on, not started again for ever
    assert not [c for c in __import__("multiprocessing").active_children() if c.name == "sourcevault-worker"]


def test_a_job_cancelled_while_it_waits_never_runs_and_closing_ends_the_workers(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"

    async def main() -> list[int]:
        pool = loop_pool(workers=1)
        try:
            running = asyncio.ensure_future(pool.run(touch_after, str(first), 0.3))
            waiting = asyncio.ensure_future(pool.run(touch_after, str(second), 0))
            await asyncio.sleep(0.05)
            waiting.cancel()  # the run is stopping: the job that has not begun is dropped
            assert await running == str(first)
            with pytest.raises(asyncio.CancelledError):
                await waiting
            return [w.process.pid for w in pool._workers if w.process.pid]
        finally:
            pool.close()

    pids = asyncio.run(main())
    time.sleep(0.2)
    assert first.exists() and not second.exists()
    assert pids and not any(process_alive(pid) for pid in pids)  # closing the pool ended its worker


def test_a_closed_loop_pool_takes_no_more_work():
    async def main() -> int:
        pool = loop_pool()
        await pool.run(doubled_with_pid, 1)
        pool.close()
        with pytest.raises(concurrent.futures.process.BrokenProcessPool):
            await pool.run(doubled_with_pid, 2)
        return len(pool._workers)

    assert asyncio.run(main()) == 0  # no worker started again behind the caller's back


class GatedStart:
    """A ``spawn`` context whose workers start only once ``gate`` is set: a fork server coming up."""

    def __init__(self, gate):
        import multiprocessing

        self.real, self.gate = multiprocessing.get_context("spawn"), gate
        self.Process = self.real.Process
        self.gate_opened = False

    def get_start_method(self) -> str:
        return "spawn"

    def Pipe(self, duplex: bool = True):  # noqa: N802 - the context's own name
        self.gate_opened = self.gate.wait(10) or self.gate_opened
        return self.real.Pipe(duplex=duplex)


def test_the_event_loop_goes_on_while_the_workers_start():
    import threading

    gate = threading.Event()
    context = GatedStart(gate)

    async def main() -> int:
        pool = LoopPool(1, context, initializer=exit_with, initargs=(os.getpid(),))
        try:
            job = asyncio.ensure_future(pool.run(doubled_with_pid, 21))
            await asyncio.sleep(0)  # the job is asked for: its worker is starting
            await asyncio.sleep(0.01)  # other work of the event loop meanwhile (every fetch of a check)...
            gate.set()  # ...which lets the worker start: a blocked loop would never get here
            return (await job)[0]
        finally:
            pool.close()

    assert asyncio.run(main()) == 42
    assert context.gate_opened  # the worker's start waited for the loop's other work, not for the time-out


def test_a_pool_closed_while_its_workers_start_ends_them():
    import multiprocessing
    import threading

    gate = threading.Event()

    async def main() -> None:
        pool = LoopPool(2, GatedStart(gate), initializer=exit_with, initargs=(os.getpid(),))
        job = asyncio.ensure_future(pool.run(doubled_with_pid, 1))
        await asyncio.sleep(0)
        threading.Timer(0.05, gate.set).start()
        pool.close()  # waits for the workers to come up, then ends them
        with pytest.raises(concurrent.futures.process.BrokenProcessPool):
            await job
        assert pool._workers == []

    asyncio.run(main())
    for thread in threading.enumerate():
        if thread.name == "worker-start":
            thread.join(30)
    assert not [c for c in multiprocessing.active_children() if c.name == "sourcevault-worker"]


# -- limits on one job: memory and CPU time (pipeline.worklimits) -----------------------------

_HELD: list[bytearray] = []


def rss_and_pid(allocate_mb: int = 0) -> tuple[int, int]:
    """The worker's resident memory and pid, after keeping ``allocate_mb`` MB alive in it."""
    from pipeline.worklimits import resident_bytes

    if allocate_mb:
        _HELD.append(bytearray(b"x" * (allocate_mb << 20)))  # written: resident, not only reserved
    return resident_bytes(), os.getpid()


def test_a_worker_past_its_memory_limit_after_a_job_is_replaced_without_counting_as_a_death(caplog):
    async def main() -> tuple[list[tuple[int, int]], int, int, str | None]:
        probe = loop_pool(workers=1)
        try:
            base, _ = await probe.run(rss_and_pid)
        finally:
            probe.close()
        pool = LoopPool(1, pool_context(), initializer=exit_with, initargs=(os.getpid(),),
                        max_rss_mb=base / (1 << 20) + 60)
        try:
            answers = [await pool.run(rss_and_pid), await pool.run(rss_and_pid)]  # small: the same worker
            answers.append(await pool.run(rss_and_pid, 120))  # past the limit: answered, then replaced
            answers.append(await pool.run(rss_and_pid))
            return answers, pool.retired, pool._deaths_in_a_row, pool.broken
        finally:
            pool.close()

    with caplog.at_level(logging.WARNING, logger="pipeline.looppool"):
        answers, retired, deaths, broken = asyncio.run(main())
    pids = [pid for _, pid in answers]
    assert pids[0] == pids[1] == pids[2] != pids[3]  # the job after the big one runs in a new process
    assert answers[3][0] < answers[2][0]  # which starts small again
    assert retired == 1 and deaths == 0 and broken is None
    assert not [r for r in caplog.records if r.name == "pipeline.looppool"]  # not a failure: nothing said


def parse_a_large_page(elements: int) -> tuple[int, int]:
    """Build and drop a parsed page of ``elements`` paragraphs (lxml frees it to the C allocator); the
    worker's resident memory and pid while the tree is gone."""
    import gc

    import lxml.html

    from pipeline.worklimits import resident_bytes

    markup = "".join(f"<div class='c{i}'><p>paragraph {i} with <b>bold</b> words</p></div>" for i in range(elements))
    tree = lxml.html.fromstring(f"<html><body>{markup}</body></html>")
    del tree, markup
    gc.collect()
    return resident_bytes(), os.getpid()


def test_a_worker_gives_back_what_a_large_page_took_and_stays(caplog):
    # lxml's freed trees stay with the C allocator unless it is asked: a worker would keep the memory of its
    # largest page until its limit replaced it, and a run's peak would be the workers' limits added up.
    # Past half its limit (150 of 300 MB here) a worker gives it back, and stays under its limit
    async def main() -> list[tuple[int, int]]:
        pool = LoopPool(1, pool_context(), initializer=exit_with, initargs=(os.getpid(),), max_rss_mb=300)
        try:
            return [await pool.run(rss_and_pid), await pool.run(parse_a_large_page, 150_000),
                    await pool.run(rss_and_pid)]
        finally:
            pool.close()

    (before, pid), (during, pid_during), (after, pid_after) = asyncio.run(main())
    assert pid == pid_during == pid_after  # the same worker throughout: not replaced to get the memory back
    assert during - before > 60 << 20  # the page took (and, freed, still held) more than 60 MB ...
    assert after - before < 20 << 20  # ... given back once the job answered


def spins_until_stopped(seconds: float) -> tuple[str, int]:
    """Spin in Python within a CPU limit; say whether the limit stopped it."""
    from pipeline.worklimits import CpuLimitExceeded, cpu_limit

    try:
        with cpu_limit(seconds):
            while True:
                pass
    except CpuLimitExceeded as exc:
        return str(exc), os.getpid()


def stuck_in_c(seconds: float) -> None:
    """Spin inside one C call (sum's loop over small integers), where Python never gets control."""
    from pipeline.worklimits import cpu_limit

    with cpu_limit(seconds, backstop_s=1):
        sum(range(10**12))


def test_a_job_past_its_cpu_limit_is_stopped_and_its_worker_replaced():
    async def main() -> tuple[tuple[str, int], tuple[int, int], int]:
        pool = loop_pool(workers=1)
        try:
            stopped = await pool.run(spins_until_stopped, 0.2)
            after = await pool.run(doubled_with_pid, 21)
            return stopped, after, pool.retired
        finally:
            pool.close()

    (message, pid), (answer, next_pid), retired = asyncio.run(main())
    assert message == "stopped after 0.2 s of CPU time"
    assert answer == 42 and next_pid != pid and retired == 1  # a fresh worker: the stopped one's state is gone


def test_a_job_stuck_in_c_code_is_ended_by_the_kernel_and_only_that_job_fails():
    async def main() -> tuple[str, int]:
        pool = loop_pool(workers=1)
        try:
            with pytest.raises(concurrent.futures.process.BrokenProcessPool) as failed:
                await pool.run(stuck_in_c, 0.2)
            answer, _ = await pool.run(doubled_with_pid, 4)
            return str(failed.value), answer
        finally:
            pool.close()

    message, answer = asyncio.run(main())
    assert "CPU-time limit (SIGXCPU)" in message
    assert answer == 8  # the pool replaced the worker


def test_a_cpu_limit_is_not_kept_outside_a_worker_process():
    from pipeline.worklimits import cpu_limit, enforceable

    assert not enforceable()  # the test process is nobody's worker: signals here would hit pytest itself
    with cpu_limit(0.001) as budget:
        sum(range(200_000))
    assert budget.seconds is None
