"""The hosts of a check run: how many start at once (the stage's behaviour with them is in test_check_stage.py)."""

from __future__ import annotations

import asyncio

import pytest

from pipeline.check.hosts import MANY_LINKS, MORE_HOSTS, HostRoom, room_for_a_host


@pytest.mark.parametrize(("running", "lag_s", "slots_taken", "room"), [
    (31, 0.050, 1.0, True),    # under hosts_at_once: always, however busy the loop and the slots
    (32, 0.010, 0.1, False),   # at it, with the loop running late: the processor is busy, no more
    (32, 0.001, 0.8, False),   # at it, most request slots taken: the busiest site would queue for one
    (32, 0.001, 0.1, True),    # at it, with time and room to spare: small sites waiting out their careful start
])
def test_more_sites_start_at_once_only_while_there_is_time_and_room_to_spare(
        running: int, lag_s: float, slots_taken: float, room: bool) -> None:
    assert room_for_a_host(running, 32, lag_s, slots_taken) is room
    assert room_for_a_host(32 * MORE_HOSTS - 1, 32, 0.0, 0.0)
    assert not room_for_a_host(32 * MORE_HOSTS, 32, 0.0, 0.0)  # never more than MORE_HOSTS times hosts_at_once


def test_hosts_that_end_are_replaced_once_the_busiest_sites_are_done_until_the_loop_is_busy() -> None:
    room = HostRoom(32)
    assert all(room.admits(running, 0.001, 0.1) for running in range(100))  # time and room to spare: 100 at once
    room.busiest = 1  # a site of MANY_LINKS or more under way: the bare rule
    assert not room.admits(99, 0.005, 0.3)
    room.busiest = 0
    assert room.admits(99, 0.005, 0.3)  # a few milliseconds late: one that ended is replaced, not left at 32 ...
    assert not room.admits(100, 0.005, 0.3)  # ... but no more start
    assert not room.admits(99, 0.020, 0.3)  # the loop runs late: a tenth fewer at each look (90, 81, 72.9)
    assert not room.admits(85, 0.020, 0.3)
    assert room.admits(70, 0.020, 0.3)
    for _ in range(30):
        room.admits(100, 0.020, 0.95)
    assert not room.admits(32, 0.005, 0.3) and room.admits(31, 0.050, 1.0)  # down to hosts_at_once, no lower
    room = HostRoom(32)
    assert all(room.admits(running, 0.0, 0.0) for running in range(32 * MORE_HOSTS))
    assert not room.admits(32 * MORE_HOSTS, 0.0, 0.0)  # never more than MORE_HOSTS times hosts_at_once


def test_a_host_of_many_links_counts_among_the_busiest_while_its_check_is_under_way() -> None:
    room = HostRoom(32)
    seen: list[int] = []

    async def check() -> None:
        seen.append(room.busiest)

    async def fail() -> None:
        raise RuntimeError("a fault of ours")

    async def go() -> None:
        await room.under_way(MANY_LINKS, check())
        await room.under_way(MANY_LINKS - 1, check())
        with pytest.raises(RuntimeError):
            await room.under_way(MANY_LINKS, fail())

    asyncio.run(go())
    assert seen == [1, 0] and room.busiest == 0
