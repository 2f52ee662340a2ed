"""Who may drive the control room: pages this server sent, on this machine.

A server on 127.0.0.1 is still reachable from every page the user's browser opens. Two checks close that:
the Host header must name this machine (a loopback name, the bound address or an allowed origin's host),
which defeats DNS rebinding; an Origin header, when a browser sends one, must be the server's own or one
given with `sebulba serve --allow-origin`, for HTTP requests and WebSocket upgrades alike. A POST must
carry `Content-Type: application/json`: a browser cannot send that to another site without a CORS
preflight, which this server never approves. Requests without an Origin (curl, scripts) only need the Host.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Receive, Scope, Send

LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
WILDCARD_HOSTS = frozenset({"", "0.0.0.0", "::"})
"""Bind addresses that are no host name a browser could send."""
SHOWN_CHARS = 80
"""Longer header values are cut in refusals."""


def normalise_origin(text: str) -> str:
    """`scheme://host[:port]`, lower case; ValueError for anything else (a path, a user, another scheme)."""
    try:
        parts = urlsplit(text.strip())
        parts.port  # noqa: B018 -- raises ValueError on a bad port
    except ValueError:
        raise ValueError(f"not an origin: {text!r}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.username is not None:
        raise ValueError(f"an origin is http(s)://host[:port], not {text!r}")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ValueError(f"an origin has no path, query or fragment: {text!r}")
    return f"{parts.scheme}://{parts.netloc.lower()}"


def _hostname(host: str) -> str | None:
    try:
        parts = urlsplit(f"//{host}")
        parts.port  # noqa: B018 -- raises ValueError on a bad port
    except ValueError:
        return None
    return parts.hostname


def _shown(value: str) -> str:
    return repr(value if len(value) <= SHOWN_CHARS else value[:SHOWN_CHARS] + "...")


class LocalOnly:
    """ASGI middleware refusing (403, or 415 for a POST that is not JSON) what did not come from here."""

    def __init__(self, app: ASGIApp, bind_host: str, allow_origins: Iterable[str] = ()) -> None:
        self.app = app
        self.origins = frozenset(normalise_origin(origin) for origin in allow_origins)
        extra_hosts = {urlsplit(origin).hostname or "" for origin in self.origins}
        self.hosts = LOOPBACK_HOSTS | ({bind_host.lower().strip("[]")} | extra_hosts) - WILDCARD_HOSTS

    def refusal(self, scope: Scope) -> tuple[int, str] | None:
        """(status, reason) for a request to refuse, None for one to serve."""
        headers: dict[str, list[str]] = {}
        for key, value in scope["headers"]:
            headers.setdefault(key.decode("latin-1").lower(), []).append(value.decode("latin-1"))
        hosts = headers.get("host", [])
        if len(hosts) != 1 or _hostname(hosts[0]) not in self.hosts:
            shown = _shown(hosts[0]) if hosts else "none"
            return 403, (
                f"host {shown} is not this machine; serve with --allow-origin http://HOST:PORT to accept it"
            )
        origins = headers.get("origin", [])
        if origins:
            own = {f"http://{hosts[0].lower()}", f"https://{hosts[0].lower()}"}
            if len(origins) != 1 or origins[0].lower().rstrip("/") not in own | self.origins:
                return 403, (
                    f"origin {_shown(origins[0])} is not allowed; serve with --allow-origin to accept it"
                )
        if scope["type"] == "http" and scope["method"] == "POST":
            kind = headers.get("content-type", [""])[0].split(";")[0].strip().lower()
            if kind != "application/json":
                return 415, "a POST carries a JSON body (Content-Type: application/json)"
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        refused = self.refusal(scope) if scope["type"] in ("http", "websocket") else None
        if refused is None:
            await self.app(scope, receive, send)
            return
        status, reason = refused
        if scope["type"] == "websocket":
            await send(
                {"type": "websocket.close", "code": 1008, "reason": reason[:120]}
            )  # before accept: 403
            return
        body = json.dumps({"detail": reason}).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
