"""Request limits: a body-size cap per path (ASGI middleware) and a per-client rate limit."""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from .problems import TooLarge, TooManyRequests

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class BodyLimit:
    """Refuse (413) a request to one of ``limits``' paths whose body is larger than its
    limit in bytes: by ``Content-Length`` before reading, and by counting while reading
    (a chunked body has no length to trust)."""

    def __init__(self, app: ASGIApp, limits: dict[str, int], default: int = 1_000_000) -> None:
        self.app, self.limits, self.default = app, limits, default

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        limit = self.limits.get(scope.get("path", ""), self.default)
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await _refuse(send, limit)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise _Oversize
            return message

        try:
            await self.app(scope, counted, send)
        except _Oversize:
            await _refuse(send, limit)


class _Oversize(Exception):
    pass


async def _refuse(send: Send, limit: int) -> None:
    problem = TooLarge(f"the request body is over {limit} bytes", "send a shorter text, or split it")
    body = json.dumps({"detail": str(problem)}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": problem.status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


class RateLimit:
    """At most ``limit`` calls per ``window`` seconds per key (a sliding window)."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit, self.window = limit, window
        self._calls: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def check(self, key: str) -> None:
        now = time.monotonic()
        with self._lock:
            calls = self._calls.setdefault(key, deque())
            while calls and now - calls[0] > self.window:
                calls.popleft()
            if len(calls) >= self.limit:
                wait = self.window - (now - calls[0])
                raise TooManyRequests(
                    f"over {self.limit} requests in {self.window:.0f} s from {key}",
                    f"wait {wait:.0f} s, or run 'sanderling code' locally for bulk work",
                )
            calls.append(now)
            if len(self._calls) > 10_000:  # forget idle clients
                for k in [k for k, v in self._calls.items() if not v or now - v[-1] > self.window]:
                    del self._calls[k]
