"""The capture slots the check stage waits for: the busiest site is served first."""

from __future__ import annotations

import asyncio

import pytest

from pipeline.slots import PrioritySlots


async def _served_order(slots: PrioritySlots, priorities: list[int]) -> list[int]:
    """Start one waiter per priority (in list order) while every slot is taken, then free the slots one by one."""
    order: list[int] = []

    async def wait(index: int, priority: int) -> None:
        await slots.acquire(priority)
        order.append(index)

    tasks = [asyncio.create_task(wait(i, p)) for i, p in enumerate(priorities)]
    await asyncio.sleep(0)  # every waiter is queued
    for _ in priorities:
        slots.release()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    return order


def test_a_freed_slot_goes_to_the_waiter_with_the_most_left_to_do_then_first_come():
    async def scenario() -> list[int]:
        slots = PrioritySlots(1)
        await slots.acquire()
        return await _served_order(slots, [0, 3, 390, 3, 1])

    assert asyncio.run(scenario()) == [2, 1, 3, 4, 0]


def test_free_slots_are_taken_without_waiting_and_come_back():
    async def scenario() -> tuple[int, int]:
        slots = PrioritySlots(2)
        await asyncio.wait_for(slots.acquire(5), 1)
        await asyncio.wait_for(slots.acquire(0), 1)
        full = slots.free
        slots.release()
        slots.release()
        return full, slots.free

    assert asyncio.run(scenario()) == (0, 2)


def test_a_waiter_cancelled_while_waiting_is_skipped_and_loses_no_slot():
    async def scenario() -> tuple[list[int], int]:
        slots = PrioritySlots(1)
        await slots.acquire()
        order: list[int] = []

        async def wait(index: int, priority: int) -> None:
            await slots.acquire(priority)
            order.append(index)

        urgent = asyncio.create_task(wait(0, 100))
        patient = asyncio.create_task(wait(1, 1))
        await asyncio.sleep(0)
        urgent.cancel()  # gone before a slot was free
        slots.release()
        await asyncio.wait_for(patient, 1)
        slots.release()
        with pytest.raises(asyncio.CancelledError):
            await urgent
        return order, slots.free

    assert asyncio.run(scenario()) == ([1], 1)


def test_a_waiter_cancelled_after_it_was_handed_a_slot_passes_the_slot_on():
    async def scenario() -> tuple[bool, int]:
        slots = PrioritySlots(1)
        await slots.acquire()
        first = asyncio.create_task(slots.acquire(10))
        second = asyncio.create_task(slots.acquire(1))
        await asyncio.sleep(0)
        slots.release()  # handed to the first waiter ...
        first.cancel()  # ... which is cancelled before it could run
        await asyncio.wait_for(second, 1)  # the slot went on to the next one
        slots.release()
        return first.cancelled(), slots.free

    assert asyncio.run(scenario()) == (True, 1)


def test_at_least_one_slot():
    with pytest.raises(ValueError):
        PrioritySlots(0)
