"""Which addresses the guard refuses, and how the config names a bad network."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import ConfigError, config_from_dict
from pipeline.net.addresses import AddressPolicy


@pytest.mark.parametrize("address, refused", [
    ("93.184.215.14", None),
    ("2606:2800:21f:cb07:6820:80da:af6b:8b2c", None),
    ("127.0.0.1", "loopback"),
    ("127.45.0.9", "loopback"),
    ("::1", "loopback"),
    ("10.1.2.3", "private"),
    ("172.16.0.1", "private"),
    ("192.168.1.1", "private"),
    ("169.254.169.254", "link-local"),
    ("fe80::1", "link-local"),
    ("fd00::1", "private"),
    ("100.64.0.1", "reserved"),        # carrier-grade NAT: not global
    ("0.0.0.0", "private"),
    ("240.0.0.1", "private"),
    ("224.0.0.251", "multicast"),
    ("ff02::1", "multicast"),
    ("::ffff:127.0.0.1", "loopback"),  # IPv4-mapped: judged as IPv4
    ("::ffff:8.8.8.8", None),
])
def test_default_policy(address: str, refused: str | None) -> None:
    why = AddressPolicy().refusal(address)
    assert (why is None) if refused is None else (why is not None and refused in why), why


def test_allowances() -> None:
    assert AddressPolicy(allow_private=True).refusal("127.0.0.1") is None
    narrow = AddressPolicy(allowed_networks=["10.1.2.0/24"])
    assert narrow.refusal("10.1.2.77") is None and narrow.refusal("10.1.3.1") is not None


def test_config_refuses_a_bad_network(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"http.allowed_networks\[1\]: 'intranet'"):
        config_from_dict({"http": {"allowed_networks": ["10.0.0.0/8", "intranet"]}}, tmp_path)
