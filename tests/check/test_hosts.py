"""The hosts of a check run: how many start at once (the stage's behaviour with them is in test_check_stage.py)."""

from __future__ import annotations

import pytest

from pipeline.check.hosts import MORE_HOSTS, room_for_a_host


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
