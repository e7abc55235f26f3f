"""Polite, bounded HTTP fetching with httpx: robots.txt, per-host pacing, retries, size cap, redirects.

One Fetcher serves a whole run over one pooled AsyncClient. Every failure becomes a ScrapeError whose
message names the URL and the reason in one line; robots.txt refusals are RobotsDisallowed so the
summary can count them apart from failures.
"""

from __future__ import annotations

import asyncio
import email.utils
import os
import random
import time
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import urljoin
from urllib.robotparser import RobotFileParser

import httpx

from .errors import ScrapeError
from .politeness import HostGate
from .snapshot import Snapshot
from .urls import host_key, is_web_url, normalise_url



def _user_agent() -> str:
    """Names the project and, where known, where a site owner can learn who crawls them:
    BRIEFING_CONTACT_URL, else the GitHub repository CI runs in."""
    url = os.environ.get("BRIEFING_CONTACT_URL")
    if not url and os.environ.get("GITHUB_REPOSITORY"):
        url = f"{os.environ.get('GITHUB_SERVER_URL', 'https://github.com')}/{os.environ['GITHUB_REPOSITORY']}"
    return f"BriefingBot/0.1 (+{url})" if url else "BriefingBot/0.1 (industry briefings site generator)"


DEFAULT_USER_AGENT = _user_agent()
_REDIRECTS = {301, 302, 303, 307, 308}
_RETRY_STATUSES = {429} | set(range(500, 600))
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_ROBOTS_MAX_BYTES = 512 * 1024


@dataclass(frozen=True)
class FetchPolicy:
    """Every knob of fetching; the defaults are polite enough for news sites."""

    user_agent: str = DEFAULT_USER_AGENT
    per_host: int = 1  # requests in flight per host
    total: int = 32  # requests in flight overall
    delay: float = 1.0  # seconds between two requests to one host
    connect_timeout: float = 10.0
    read_timeout: float = 20.0  # longest silence while receiving
    deadline: float = 60.0  # longest time for one whole response
    max_redirects: int = 5
    max_bytes: int = 10 * 1024 * 1024
    retries: int = 3  # extra attempts after connection errors, 429 and 5xx
    backoff: float = 1.0  # first retry waits about this long, doubling each time
    max_wait: float = 60.0  # cap on any single wait (backoff, Retry-After, Crawl-delay)
    robots: bool = True


class RobotsDisallowed(ScrapeError):
    """robots.txt asks us not to fetch this URL."""


@dataclass(frozen=True)
class Fetched:
    """A page, or None when the server answered 304 Not Modified to our conditional request."""

    snapshot: Snapshot | None

    @property
    def not_modified(self) -> bool:
        return self.snapshot is None


@dataclass(frozen=True)
class _Response:
    status: int
    headers: httpx.Headers
    body: bytes
    url: str


class Fetcher:
    """Fetches pages for one run; use as ``async with Fetcher(policy) as fetcher``."""

    def __init__(self, policy: FetchPolicy):
        self.policy = policy
        self._gate = HostGate(policy.per_host, policy.delay, policy.total)
        self._robots: dict[str, asyncio.Task[RobotFileParser]] = {}
        self._client = httpx.AsyncClient(
            headers={
                "User-Agent": policy.user_agent,
                "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
            },
            timeout=httpx.Timeout(connect=policy.connect_timeout, read=policy.read_timeout, write=policy.read_timeout, pool=None),
            limits=httpx.Limits(max_connections=policy.total, max_keepalive_connections=policy.total),
            follow_redirects=False,
        )

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        for task in self._robots.values():
            task.cancel()
        await self._client.aclose()

    async def fetch(self, url: str, conditional: dict[str, str] | None = None) -> Fetched:
        """GET url, following at most max_redirects redirects, each hop checked against robots.txt."""
        if not is_web_url(url):
            raise ScrapeError(f"{url}: not an http(s) URL")
        chain = [url]
        current = url
        for _ in range(self.policy.max_redirects + 1):
            if self.policy.robots and not await self._allowed(current):
                raise RobotsDisallowed(f"{current}: disallowed by robots.txt")
            response = await self._get(current, conditional or {}, self.policy.max_bytes)
            location = response.headers.get("location")
            if response.status in _REDIRECTS and location:
                target = urljoin(current, location.strip())
                if not is_web_url(target):
                    raise ScrapeError(f"{url}: redirected to a non-http(s) URL {target[:100]}")
                if normalise_url(target) in {normalise_url(u) for u in chain}:
                    raise ScrapeError(f"{url}: redirect loop ({' -> '.join([*chain, target])})")
                chain.append(target)
                current = target
                continue
            return self._page(url, response)
        raise ScrapeError(f"{url}: too many redirects (more than {self.policy.max_redirects})")

    def _page(self, url: str, response: _Response) -> Fetched:
        if response.status == 304:
            return Fetched(None)
        if not 200 <= response.status < 300:
            raise ScrapeError(f"{url}: HTTP {response.status}")
        content_type = response.headers.get("content-type")
        mime = (content_type or "").split(";")[0].strip().lower()
        if mime and mime not in _HTML_TYPES:
            raise ScrapeError(f"{url}: not an HTML page (Content-Type {mime})")
        return Fetched(
            Snapshot(
                body=response.body,
                url=url,
                final_url=response.url,
                content_type=content_type,
                etag=response.headers.get("etag"),
                last_modified=response.headers.get("last-modified"),
            )
        )

    # -- one request, with retries -----------------------------------------------------------------

    async def _get(self, url: str, headers: dict[str, str], max_bytes: int) -> _Response:
        """One GET with retries on connection errors, 429 and 5xx (exponential backoff with jitter,
        or the server's Retry-After when it sends one)."""
        attempts = self.policy.retries + 1
        for attempt in range(1, attempts + 1):
            retry_after: float | None = None
            try:
                async with self._gate.slot(url):
                    response = await self._get_once(url, headers, max_bytes)
            except httpx.InvalidURL as exc:  # also raised for an unusable Location header
                raise ScrapeError(f"{url}: invalid URL or redirect target ({exc})") from None
            except (httpx.TimeoutException, TimeoutError):
                problem = "timed out"
            except httpx.TransportError as exc:
                problem = f"connection failed ({type(exc).__name__}{': ' + str(exc) if str(exc) else ''})"
            else:
                if response.status not in _RETRY_STATUSES:
                    return response
                problem = f"HTTP {response.status}"
                retry_after = _retry_after_seconds(response.headers.get("retry-after"))
                if retry_after is not None and retry_after > self.policy.max_wait:
                    raise ScrapeError(
                        f"{url}: {problem} with Retry-After {retry_after:.0f} s, over the {self.policy.max_wait:.0f} s cap"
                    )
            if attempt == attempts:
                break
            wait = retry_after if retry_after is not None else self._backoff(attempt)
            self._gate.defer(url, wait)
        raise ScrapeError(f"{url}: {problem} after {attempts} attempt{'s' if attempts > 1 else ''}")

    def _backoff(self, attempt: int) -> float:
        """Exponential backoff with jitter: half the step fixed, half random, never over max_wait."""
        step = min(self.policy.max_wait, self.policy.backoff * 2 ** (attempt - 1))
        return step / 2 + random.uniform(0, step / 2)

    async def _get_once(self, url: str, headers: dict[str, str], max_bytes: int) -> _Response:
        """Stream one response, giving up past max_bytes or the overall deadline."""
        async with asyncio.timeout(self.policy.deadline):
            async with self._client.stream("GET", url, headers=headers) as response:
                if not 200 <= response.status_code < 300:
                    return _Response(response.status_code, response.headers, b"", str(response.url))
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise ScrapeError(f"{url}: page too large ({_mb(int(declared))} declared, cap {_mb(max_bytes)})")
                chunks, size = [], 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise ScrapeError(f"{url}: page too large (over the {_mb(max_bytes)} cap)")
                    chunks.append(chunk)
                return _Response(response.status_code, response.headers, b"".join(chunks), str(response.url))

    # -- robots.txt ------------------------------------------------------------------------------

    async def _allowed(self, url: str) -> bool:
        """robots.txt verdict for url; each host's robots.txt is fetched once per run."""
        key = host_key(url)
        if key not in self._robots:
            self._robots[key] = asyncio.ensure_future(self._load_robots(key))
        try:
            rules = await asyncio.shield(self._robots[key])
        except ScrapeError as exc:
            raise ScrapeError(f"{url}: not fetched, robots.txt unavailable ({exc})") from None
        return rules.can_fetch(self.policy.user_agent, url)

    async def _load_robots(self, origin: str) -> RobotFileParser:
        """Rules from origin/robots.txt as RFC 9309 reads them: 4xx means no rules, an unreachable
        file (5xx, connection errors, after retries) means we may not crawl."""
        robots_url = f"{origin}/robots.txt"
        rules = RobotFileParser(robots_url)
        response = await self._get(robots_url, {}, _ROBOTS_MAX_BYTES)
        for _ in range(self.policy.max_redirects):
            location = response.headers.get("location")
            if response.status not in _REDIRECTS or not location:
                break
            response = await self._get(urljoin(response.url, location), {}, _ROBOTS_MAX_BYTES)
        if 200 <= response.status < 300:
            rules.parse(response.body.decode("utf-8", errors="replace").splitlines())
        elif 400 <= response.status < 500:
            rules.parse([])
        else:
            raise ScrapeError(f"{robots_url}: HTTP {response.status}")
        crawl_delay = rules.crawl_delay(self.policy.user_agent)
        if crawl_delay:
            self._gate.slow_down(robots_url, min(float(crawl_delay), self.policy.max_wait))
        return rules


def _retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds from now: either delay-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{size} bytes"
