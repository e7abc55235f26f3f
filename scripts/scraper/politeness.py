"""Per-host request slots: at most N requests at a time to one host, at least `delay` seconds
between the starts of two requests to it (as Scrapy's DOWNLOAD_DELAY), and a global cap on requests
in flight, so many hosts are fetched in parallel but none is hammered."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from .urls import host_key


@dataclass
class _Host:
    slots: asyncio.Semaphore
    delay: float
    next_start: float = 0.0  # loop time before which no new request may start


class HostGate:
    """Hands out request slots; sleeping for a host's delay holds neither a global slot nor a connection."""

    def __init__(self, per_host: int, delay: float, total: int):
        self._per_host = per_host
        self._delay = delay
        self._total = asyncio.Semaphore(total)
        self._hosts: dict[str, _Host] = {}

    def _host(self, url: str) -> _Host:
        key = host_key(url)
        if key not in self._hosts:
            self._hosts[key] = _Host(asyncio.Semaphore(self._per_host), self._delay)
        return self._hosts[key]

    @asynccontextmanager
    async def slot(self, url: str) -> AsyncIterator[None]:
        """Wait for the host's turn, then hold one request slot for the body of the with block."""
        host = self._host(url)
        loop = asyncio.get_running_loop()
        async with host.slots:
            while (wait := host.next_start - loop.time()) > 0:
                await asyncio.sleep(wait)
            host.next_start = max(host.next_start, loop.time() + host.delay)
            async with self._total:
                yield

    def defer(self, url: str, seconds: float) -> None:
        """Start no request to url's host for seconds (Retry-After, backoff after an error)."""
        host = self._host(url)
        host.next_start = max(host.next_start, asyncio.get_running_loop().time() + seconds)

    def slow_down(self, url: str, delay: float) -> None:
        """Raise the pause between requests to url's host (a robots.txt Crawl-delay)."""
        host = self._host(url)
        host.delay = max(host.delay, delay)
