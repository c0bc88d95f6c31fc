"""Which addresses the guard refuses, and how the config names a bad network."""

from __future__ import annotations

import asyncio
import dataclasses
import shutil
import socket
import ssl
import subprocess
import threading
from pathlib import Path

import pytest
from servers import LoopbackServer

from pipeline.config import ConfigError, HttpConfig, config_from_dict
from pipeline.net.addresses import AddressPolicy
from pipeline.net.fetcher import Fetcher
from pipeline.net.results import FetchErrorKind, FetchResult


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


# --- IPv6 forms that carry an IPv4 address -----------------------------------------------------

@pytest.mark.parametrize("address, refused", [
    ("64:ff9b::a9fe:a9fe", "169.254.169.254 is a link-local"),    # NAT64 of the metadata address
    ("64:ff9b::7f00:1", "127.0.0.1 is a loopback"),
    ("64:ff9b::808:808", None),                                     # NAT64 of a public address
    ("64:ff9b:1::a00:1", "reserved"),                               # local-use NAT64 (RFC 8215)
    ("2002:7f00:1::1", "127.0.0.1 is a loopback"),                 # 6to4
    ("2002:a00:1::1", "10.0.0.1 is a private"),
    ("2002:808:808::1", None),
    ("::127.0.0.1", "127.0.0.1 is a loopback"),                    # IPv4-compatible
    ("::a9fe:a9fe", "169.254.169.254 is a link-local"),
    ("::", "::"), ("::1", "loopback"),
    # Teredo: server 65.54.227.120 (public); the client is carried obfuscated (bits inverted)
    ("2001:0:4136:e378:8000:63bf:3fff:fdd2", "192.0.2.45"),        # client in TEST-NET-1: refused
    ("2001:0:4136:e378:8000:63bf:80ff:fffe", "127.0.0.1 is a loopback"),
    ("2001:0:a00:1:8000:63bf:f7f7:f7f7", "10.0.0.1 is a private"),  # the server address is judged too
    ("2001:0:4136:e378:8000:63bf:f7f7:f7f7", None),                 # both public
])
def test_ipv6_forms_carrying_ipv4_are_judged_by_the_ipv4_inside(address: str, refused: str | None) -> None:
    why = AddressPolicy().refusal(address)
    assert (why is None) if refused is None else (why is not None and refused in why), why


def test_allowed_networks_apply_to_the_ipv4_inside() -> None:
    assert AddressPolicy(allowed_networks=["10.0.0.0/8"]).refusal("2002:a00:1::1") is None
    assert AddressPolicy(allowed_networks=["10.0.0.0/8"]).refusal("64:ff9b::7f00:1") is not None


# --- connection pinning: DNS rebinding ----------------------------------------------------------

def _rebinding_world(answers: list[list[str]]) -> tuple[list[str], object]:
    calls: list[str] = []

    async def resolver(host: str, port: int) -> list[str]:
        calls.append(host)
        return answers[min(len(calls), len(answers)) - 1]
    return calls, resolver


def _fetch(http: HttpConfig, url: str, resolver: object) -> FetchResult:
    async def go() -> FetchResult:
        async with Fetcher(http, resolver=resolver) as fetcher:  # type: ignore[arg-type]
            return await fetcher.fetch(url)
    return asyncio.run(go())


def _pair() -> tuple[LoopbackServer, LoopbackServer]:
    """A "secret" server on loopback 127.0.0.1 and a "public" one on 127.0.0.2, on the same port."""
    secret = LoopbackServer({"/ok": lambda h: h.page("Secret", "internal only")}, host="127.0.0.1")
    public = LoopbackServer({"/ok": lambda h: h.page("Public", "hello")}, host="127.0.0.2", port=secret.port)
    return secret, public


HTTP_PUBLIC_IS_127_0_0_2 = HttpConfig(allowed_networks=["127.0.0.2/32"], total_timeout_s=2, per_host_delay_s=0,
                                      respect_robots=False, max_retries=0)


def test_the_connection_goes_to_the_checked_address_not_a_second_lookup() -> None:
    # the guard's resolver says "public" (127.0.0.2, allowed here); the operating system's resolver
    # would say 127.0.0.1 for "localhost": the connection must go where the guard looked
    calls, resolver = _rebinding_world([["127.0.0.2"]])
    secret, public = _pair()
    with secret, public:
        r = _fetch(HTTP_PUBLIC_IS_127_0_0_2, f"http://localhost:{secret.port}/ok", resolver)
    assert r.status == 200 and b"Public" in r.body, r.error
    assert r.remote_address == "127.0.0.2"
    assert secret.connections == 0 and public.connections == 1
    assert public.traffic.headers[0]["host"] == f"localhost:{secret.port}"  # Host stays the URL's name
    assert calls == ["localhost"]  # resolved once


def test_a_resolver_that_changes_its_answer_reaches_nothing() -> None:
    calls, resolver = _rebinding_world([["127.0.0.2"], ["127.0.0.1"]])
    secret, public = _pair()
    with secret, public:
        first = _fetch(HTTP_PUBLIC_IS_127_0_0_2, f"http://rebind.example:{secret.port}/ok", resolver)
        second = _fetch(HTTP_PUBLIC_IS_127_0_0_2, f"http://rebind.example:{secret.port}/ok", resolver)
    assert first.status == 200 and b"Public" in first.body, first.error
    assert second.error and second.error.kind is FetchErrorKind.REFUSED_ADDRESS, second.error
    assert "127.0.0.1" in second.error.message
    assert secret.connections == 0  # the loopback listener saw no connection at all
    assert calls == ["rebind.example", "rebind.example"]  # one lookup per connection, no cache


def test_one_refused_address_among_several_refuses_the_host() -> None:
    calls, resolver = _rebinding_world([["127.0.0.2", "127.0.0.1"]])
    secret, public = _pair()
    with secret, public:
        r = _fetch(HTTP_PUBLIC_IS_127_0_0_2, f"http://mixed.example:{secret.port}/ok", resolver)
    assert r.error and r.error.kind is FetchErrorKind.REFUSED_ADDRESS
    assert secret.connections == 0 and public.connections == 0


def test_every_redirect_hop_opens_a_checked_connection() -> None:
    # the public server redirects to another name; its lookup answers loopback
    answers = {"start.example": ["127.0.0.2"], "next.example": ["127.0.0.1"]}
    calls: list[str] = []

    async def resolver(host: str, port: int) -> list[str]:
        calls.append(host)
        return answers[host]
    secret = LoopbackServer({"/ok": lambda h: h.page("Secret", "internal only")}, host="127.0.0.1")
    public = LoopbackServer({"/go": lambda h: h.redirect(f"http://next.example:{secret.port}/ok")},
                            host="127.0.0.2", port=secret.port)
    with secret, public:
        r = _fetch(HTTP_PUBLIC_IS_127_0_0_2, f"http://start.example:{secret.port}/go", resolver)
    assert r.error and r.error.kind is FetchErrorKind.REFUSED_ADDRESS and [h.status for h in r.hops] == [302]
    assert secret.connections == 0 and calls == ["start.example", "next.example"]


def test_tls_keeps_the_urls_name_while_connecting_to_the_checked_address(tmp_path) -> None:
    # a TLS listener on 127.0.0.2 records the server name (SNI) the client asks for
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command makes the test certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-days", "1", "-subj", "/CN=pinned.example"], check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    names: list[str | None] = []
    context.sni_callback = lambda sock, name, ctx: names.append(name)  # type: ignore[assignment,misc,return-value]
    listener = socket.create_server(("127.0.0.2", 0))
    port = listener.getsockname()[1]

    def serve() -> None:
        conn, _ = listener.accept()
        with context.wrap_socket(conn, server_side=True) as tls:
            request = tls.recv(65536)
            names.extend(line.decode() for line in request.split(b"\r\n") if line.lower().startswith(b"host:"))
            tls.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    _, resolver = _rebinding_world([["127.0.0.2"]])
    http = dataclasses.replace(HTTP_PUBLIC_IS_127_0_0_2, verify_tls=False)
    with listener:
        r = _fetch(http, f"https://pinned.example:{port}/", resolver)
        thread.join(5)
    assert r.status == 200 and r.remote_address == "127.0.0.2", r.error
    assert names == ["pinned.example", f"Host: pinned.example:{port}"]
