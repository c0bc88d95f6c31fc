"""Real HTTP servers on loopback, started by the tests, with hostile routes.

:class:`LoopbackServer` is a threaded ``http.server`` bound to one loopback
address (127.0.0.1, 127.0.0.2, … stand for different hosts). Routes are
functions of the request handler; :data:`HOSTILE_ROUTES` has one per way a
server can behave badly. Every server counts requests by (method, path) and
the requests in flight, now and at most, in a :class:`Traffic` that several
servers may share (to observe a global limit).
"""

from __future__ import annotations

import collections
import contextlib
import gzip
import socket
import socketserver
import ssl
import struct
import threading
import time
import zlib
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Route = Callable[["Handler"], None]

ARTICLE = """<!doctype html><html><head><title>{title}</title></head><body>
<nav>Home | World | Politics | Business | Opinion</nav>
<h1>{title}</h1>
<p>{text}</p>
<footer>Copyright Example News. All rights reserved.</footer></body></html>"""


class Traffic:
    """Requests seen, and how many were in flight at once (in total and per host)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.hits: collections.Counter[tuple[str, str]] = collections.Counter()
        self.log: list[tuple[float, str, str, str]] = []  # (monotonic time, host, method, path)
        self.headers: list[dict[str, str]] = []
        self.active = 0
        self.max_active = 0
        self.active_by_host: collections.Counter[str] = collections.Counter()
        self.max_by_host: collections.Counter[str] = collections.Counter()

    def enter(self, host: str, method: str, path: str, headers: dict[str, str]) -> None:
        with self.lock:
            self.hits[(method, path)] += 1
            self.log.append((time.monotonic(), host, method, path))
            self.headers.append(headers)
            self.active += 1
            self.max_active = max(self.max_active, self.active)
            self.active_by_host[host] += 1
            self.max_by_host[host] = max(self.max_by_host[host], self.active_by_host[host])

    def leave(self, host: str) -> None:
        with self.lock:
            self.active -= 1
            self.active_by_host[host] -= 1

    def count(self, path: str, method: str | None = None) -> int:
        with self.lock:
            return sum(n for (m, p), n in self.hits.items() if p.split("?")[0] == path and method in (None, m))


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self._dispatch()

    def do_HEAD(self) -> None:
        self._dispatch()

    @property
    def route_path(self) -> str:
        return self.path.split("?", 1)[0]

    def _dispatch(self) -> None:
        owner = self.server.owner
        owner.traffic.enter(owner.host, self.command, self.path, {k.lower(): v for k, v in self.headers.items()})
        self._in_flight = True
        try:
            route = owner.routes.get(self.route_path, owner.fallback)
            route(self)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        finally:
            self._leave()

    def _leave(self) -> None:
        """The request stops counting as in flight once its answer starts: after that the
        client may already have it and send its next request before this thread ends."""
        if getattr(self, "_in_flight", False):
            self._in_flight = False
            self.server.owner.traffic.leave(self.server.owner.host)

    def send(self, status: int, body: bytes | str = b"", headers: dict[str, str] | None = None,
             ctype: str = "text/html; charset=utf-8") -> None:
        data = body.encode() if isinstance(body, str) else body
        self._leave()
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def redirect(self, location: str, status: int = 302) -> None:
        self.send(status, b"", {"Location": location})

    def page(self, title: str, text: str, status: int = 200, headers: dict[str, str] | None = None) -> None:
        self.send(status, ARTICLE.format(title=title, text=text), headers)

    def count(self) -> int:
        """How many times this path was requested with this method (this one included)."""
        return self.server.owner.traffic.hits[(self.command, self.path)]

    def reset(self) -> None:
        """Abort the connection with a TCP RST."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; False when the server is stopping."""
        return not self.server.owner.stopping.wait(seconds)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    owner: LoopbackServer

    def server_bind(self) -> None:
        # http.server's own asks the resolver for the address's name (socket.getfqdn): a reverse lookup that
        # takes about 0.1 s for a loopback address such as 127.0.2.9, a minute for the dead-web set's sites
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients that hang up early are expected here

    def verify_request(self, request: object, client_address: object) -> bool:
        with self.owner.traffic.lock:
            self.owner.connections += 1  # every accepted TCP connection, with or without a request
        return True


class LoopbackServer:
    """A threaded HTTP server on ``host`` (a loopback address), on a free port; HTTPS when given ``tls``."""

    def __init__(self, routes: dict[str, Route] | None = None, host: str = "127.0.0.1",
                 fallback: Route | None = None, traffic: Traffic | None = None, port: int = 0,
                 tls: ssl.SSLContext | None = None, poll_interval: float = 0.05) -> None:
        self.host = host
        self.routes = dict(HOSTILE_ROUTES if routes is None else routes)
        self.fallback = fallback or (lambda h: h.page("404 Not Found", "No such page.", 404))
        self.traffic = traffic or Traffic()
        self.stopping = threading.Event()
        self.connections = 0
        self._httpd = _Server((host, port), Handler)
        self._httpd.owner = self
        if tls is not None:  # the handshake happens in the request's thread, at its first read
            self._httpd.socket = tls.wrap_socket(self._httpd.socket, server_side=True, do_handshake_on_connect=False)
        self.port = self._httpd.server_address[1]
        self.poll_interval = poll_interval  # how often the server looks whether it is asked to stop
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": poll_interval},
                                        daemon=True)

    def url(self, path: str = "/", scheme: str = "http") -> str:
        return f"{scheme}://{self.host}:{self.port}{path}"

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        if self.poll_interval <= 0.1:
            self._httpd.shutdown()
        else:  # a long poll: once asked to stop, the server is woken by a connection (which it does not accept)
            stopping = threading.Thread(target=self._httpd.shutdown, daemon=True)
            stopping.start()
            deadline = time.monotonic() + 1
            while not getattr(self._httpd, "_BaseServer__shutdown_request", True) and time.monotonic() < deadline:
                time.sleep(0.001)
            with contextlib.suppress(OSError), socket.create_connection((self.host, self.port), timeout=1):
                pass
            stopping.join(5)
        self._httpd.server_close()
        self._thread.join(5)


# --- hostile (and a few friendly) routes -------------------------------------------------------

def _ok(h: Handler) -> None:
    h.page("City council approves the new budget",
           "The council voted seven to two on Tuesday to approve a budget of 1.2 billion dollars. " * 5)


def _home(h: Handler) -> None:
    h.page("Example News - Home", "Top stories: budget, weather, sport. " * 5)


def _not_found_page(h: Handler) -> None:
    h.page("Page not found - Example News", "Sorry, we could not find the page you were looking for.")


def _then_ok(status: int, headers: dict[str, str]) -> Route:
    def route(h: Handler) -> None:
        if h.count() == 1:
            h.send(status, "busy", headers)
        else:
            _ok(h)
    return route


def _hang(h: Handler) -> None:
    h.wait(60)
    h.close_connection = True


def _start_unsized(h: Handler) -> None:
    """Headers of a 200 whose body ends when the connection closes."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Connection", "close")
    h.end_headers()
    h.close_connection = True


def _drip(h: Handler) -> None:
    _start_unsized(h)
    for _ in range(600):
        h.wfile.write(b"<")
        h.wfile.flush()
        if not h.wait(0.2):
            return


def _endless(h: Handler) -> None:
    _start_unsized(h)
    chunk = b"<p>" + b"all work and no play " * 3000 + b"</p>\n"
    h.wfile.write(b"<html><head><title>Endless</title></head><body>")
    while not h.server.owner.stopping.is_set():
        h.wfile.write(chunk)


GZIP_BOMB_DECODED = 200 * 1024 * 1024


def gzip_bomb_body() -> bytes:
    if not hasattr(gzip_bomb_body, "data"):
        z = zlib.compressobj(9, zlib.DEFLATED, 31)
        zeros = b"\0" * (1024 * 1024)
        parts = [z.compress(b"<html><head><title>Bomb</title></head><body>")]
        parts += [z.compress(zeros) for _ in range(GZIP_BOMB_DECODED // len(zeros))]
        parts.append(z.flush())
        gzip_bomb_body.data = b"".join(parts)  # type: ignore[attr-defined]
    return gzip_bomb_body.data  # type: ignore[attr-defined]


def _gzip_bomb(h: Handler) -> None:
    h.send(200, gzip_bomb_body(), {"Content-Encoding": "gzip"})


def _gzipped(h: Handler) -> None:
    h.send(200, gzip.compress(ARTICLE.format(title="Compressed story", text="squeezed " * 400).encode()),
           {"Content-Encoding": "gzip"})


def _latin1(h: Handler) -> None:
    body = ARTICLE.format(title="Résumé des décisions du conseil", text="Le conseil a approuvé le budget. " * 5)
    h.send(200, body.encode("iso-8859-1"), ctype="text/html; charset=iso-8859-1")


def _head_then_get(head_status: int) -> Route:
    def route(h: Handler) -> None:
        if h.command == "HEAD":
            h.send(head_status, b"")
        else:
            _ok(h)
    return route


def _redirect_to(target: str | Callable[[Handler], str], status: int = 302) -> Route:
    return lambda h: h.redirect(target(h) if callable(target) else target, status)


def _slow(h: Handler) -> None:
    h.wait(0.3)
    _ok(h)


def _etag(h: Handler) -> None:
    if h.headers.get("If-None-Match") == '"v1"':
        h.send(304, b"", {"ETag": '"v1"'})
    else:
        h.page("Versioned page", "Version one of this page. " * 10, headers={"ETag": '"v1"',
               "Last-Modified": "Mon, 03 Mar 2025 10:00:00 GMT"})


def _announced_huge(h: Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", str(10**12))
    h.end_headers()
    h.close_connection = True


def _bot_wall(h: Handler) -> None:
    h.send(403, "<html><head><title>Just a moment...</title></head><body>Checking your browser before "
                "accessing the site. Enable JavaScript and cookies to continue.</body></html>",
           {"cf-mitigated": "challenge", "Server": "cloudflare"})


def _robots(h: Handler) -> None:
    h.send(200, "User-agent: *\nDisallow: /private/\n", ctype="text/plain")


def _pdf(h: Handler) -> None:
    h.send(200, b"%PDF-1.4\n" + b"0" * 200_000, ctype="application/pdf")


HOSTILE_ROUTES: dict[str, Route] = {
    "/": _home,
    "/robots.txt": _robots,
    "/ok": _ok,
    "/article": _ok,
    "/not-found": lambda h: h.page("Not found", "Gone.", 404),
    "/gone": lambda h: h.page("Gone", "This page was removed.", 410),
    "/soft-404": _not_found_page,
    "/to-home": _redirect_to("/", 301),
    "/moved": _redirect_to("/ok", 301),
    "/temp-moved": _redirect_to("/ok", 302),
    "/auth": lambda h: h.send(401, "login required", {"WWW-Authenticate": 'Basic realm="x"'}),
    "/forbidden": lambda h: h.send(403, "forbidden"),
    "/bot-wall": _bot_wall,
    "/rate-limited": lambda h: h.send(429, "slow down", {"Retry-After": "1"}),
    "/rate-limited-long": lambda h: h.send(429, "slow down", {"Retry-After": "86400"}),
    "/rate-limited-then-ok": _then_ok(429, {"Retry-After": "1"}),
    "/unavailable-then-ok": _then_ok(503, {}),
    "/server-error": lambda h: h.send(500, "oops"),
    "/hang": _hang,
    "/drip": _drip,
    "/reset": lambda h: h.reset(),
    "/loop": _redirect_to("/loop"),
    "/head-405": _head_then_get(405),
    "/head-404": _head_then_get(404),
    "/endless": _endless,
    "/gzip-bomb": _gzip_bomb,
    "/gzipped": _gzipped,
    "/latin1": _latin1,
    "/private/page": _ok,
    "/slow": _slow,
    "/etag": _etag,
    "/huge": _announced_huge,
    "/paper.pdf": _pdf,
    "/to-loopback": _redirect_to("http://127.0.0.1:9/ok"),
    "/to-metadata": _redirect_to("http://169.254.169.254/latest/meta-data/"),
    "/to-ftp": _redirect_to("ftp://example.org/file"),
    "/to-no-port": _redirect_to("http://127.0.0.1:99999/ok"),
    # a charset that names a codec but no text encoding, and one that cannot decode with errors="replace"
    "/charset-rot13": lambda h: h.send(200, ARTICLE.format(title="Rot13", text="text " * 50),
                                       ctype="text/html; charset=rot13"),
    "/charset-idna": lambda h: h.send(200, ARTICLE.format(title="Idna", text="caf\u00e9 " * 50),
                                      ctype="text/html; charset=idna"),
    "/rate-limited-superscript": lambda h: h.send(429, "slow down", {"Retry-After": "\u00b2"}),  # isdigit, no number
}
