"""Group sync: a capture is released only by an fsync that began after its records were written."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest

from pipeline.archive.durable import GroupSync
from pipeline.archive.warc import WarcError, fsync_file


class Disk:
    """An fsync that records what it synced and, when told, holds until released."""

    def __init__(self) -> None:
        self.synced: list[Path] = []
        self.hold = threading.Event()
        self.hold.set()
        self.started = threading.Event()
        self.fail: set[Path] = set()

    def sync(self, path: Path) -> None:
        self.started.set()
        self.hold.wait(5)
        if path in self.fail:
            raise WarcError(f"{path}: cannot sync: Input/output error")
        self.synced.append(path)


def test_many_captures_waiting_at_once_share_one_fsync_per_file() -> None:
    disk = Disk()

    async def go() -> None:
        group = GroupSync(disk.sync)
        await asyncio.gather(*(group.wait(Path("a.warc.gz") if i % 2 else Path("b.warc.gz")) for i in range(200)))

    asyncio.run(go())
    assert sorted(disk.synced) == [Path("a.warc.gz"), Path("b.warc.gz")]


def test_a_capture_that_asks_during_an_fsync_waits_for_the_next_one() -> None:
    disk = Disk()
    disk.hold.clear()

    async def go() -> list[str]:
        group = GroupSync(disk.sync)
        order: list[str] = []

        async def capture(name: str) -> None:
            await group.wait(Path("a.warc.gz"))
            order.append(f"{name} released after {group.syncs} fsync(s)")

        first = asyncio.create_task(capture("first"))
        await asyncio.to_thread(disk.started.wait, 5)  # the first fsync is under way...
        second = asyncio.create_task(capture("second"))  # ...when the second capture's records are written
        await asyncio.sleep(0.05)
        disk.hold.set()
        await asyncio.gather(first, second)
        return order

    assert asyncio.run(go()) == ["first released after 1 fsync(s)", "second released after 2 fsync(s)"]


def test_a_failed_fsync_fails_its_waiters_and_the_next_capture_is_synced_again() -> None:
    disk = Disk()
    bad = Path("a.warc.gz")
    disk.fail.add(bad)

    async def go() -> None:
        group = GroupSync(disk.sync)
        results = await asyncio.gather(group.wait(bad), group.wait(bad), return_exceptions=True)
        assert all(isinstance(r, WarcError) and "a.warc.gz" in str(r) for r in results)
        disk.fail.clear()
        await group.wait(bad)

    asyncio.run(go())
    assert disk.synced == [bad]


def test_a_cancelled_stage_leaves_no_capture_waiting_for_ever() -> None:
    disk = Disk()
    disk.hold.clear()

    async def go() -> None:
        group = GroupSync(disk.sync)
        waiting = [asyncio.create_task(group.wait(Path("a.warc.gz"))) for _ in range(3)]
        await asyncio.to_thread(disk.started.wait, 5)
        later = asyncio.create_task(group.wait(Path("a.warc.gz")))
        await asyncio.sleep(0)
        assert group._syncing is not None
        group._syncing.cancel()
        disk.hold.set()
        for task in (*waiting, later):
            with pytest.raises(asyncio.CancelledError):
                await asyncio.wait_for(task, 2)

    asyncio.run(go())


def test_a_file_that_cannot_be_synced_is_named(tmp_path: Path) -> None:
    with pytest.raises(WarcError, match="missing.warc.gz"):
        fsync_file(tmp_path / "missing.warc.gz")
