"""The fetcher against a real local HTTP server: retries, timeouts, redirects, robots.txt, caps, pacing."""

from __future__ import annotations

import asyncio
import socket
import time

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from scraper.errors import ScrapeError
from scraper.fetch import Fetcher, FetchPolicy, RobotsDisallowed, _retry_after_seconds

PAGE = b"<html><head><title>t</title></head><body><p>Hello</p></body></html>"
FAST = FetchPolicy(delay=0, backoff=0.01, connect_timeout=1, read_timeout=0.5, deadline=3, retries=2, max_wait=2)


def _start() -> HTTPServer:
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    return server


@pytest.fixture(scope="module")
def servers():
    """Two servers (two hosts), started once: stopping one takes half a second."""
    pair = (_start(), _start())
    yield pair
    for server in pair:
        server.stop()


@pytest.fixture
def server(servers):
    yield servers[0]
    for server in servers:
        server.clear()


@pytest.fixture
def other(servers):
    return servers[1]


def _robots(server: HTTPServer, text: str = "User-agent: *\nAllow: /\n") -> None:
    server.expect_request("/robots.txt").respond_with_data(text, content_type="text/plain")


def _fetch(url: str, policy: FetchPolicy = FAST, conditional: dict | None = None):
    async def go():
        async with Fetcher(policy) as fetcher:
            return await fetcher.fetch(url, conditional)

    return asyncio.run(go())


def _hits(server: HTTPServer, path: str) -> list[Request]:
    return [request for request, _ in server.log if request.path == path]


def test_page_comes_back_with_the_facts_for_next_time(server):
    _robots(server)
    server.expect_request("/a").respond_with_data(PAGE, content_type="text/html; charset=utf-8", headers={"ETag": '"v1"', "Last-Modified": "Tue, 03 Jun 2025 09:00:00 GMT"})
    snapshot = _fetch(server.url_for("/a")).snapshot
    assert snapshot.body == PAGE and snapshot.final_url == server.url_for("/a")
    assert (snapshot.etag, snapshot.last_modified, snapshot.content_type) == ('"v1"', "Tue, 03 Jun 2025 09:00:00 GMT", "text/html; charset=utf-8")
    assert _hits(server, "/a")[0].headers["User-Agent"].startswith("BriefingBot/")


def test_server_error_then_success_is_retried(server):
    _robots(server)
    server.expect_oneshot_request("/flaky").respond_with_data("busy", status=503)
    server.expect_request("/flaky").respond_with_data(PAGE, content_type="text/html")
    assert _fetch(server.url_for("/flaky")).snapshot.body == PAGE
    assert len(_hits(server, "/flaky")) == 2


def test_permanent_server_error_fails_after_the_retries(server):
    _robots(server)
    server.expect_request("/broken").respond_with_data("oops", status=500)
    with pytest.raises(ScrapeError, match=r"/broken: HTTP 500 after 3 attempts$"):
        _fetch(server.url_for("/broken"))
    assert len(_hits(server, "/broken")) == 3


def test_client_error_is_not_retried(server):
    _robots(server)
    server.expect_request("/gone").respond_with_data("", status=404)
    with pytest.raises(ScrapeError, match=r"/gone: HTTP 404$"):
        _fetch(server.url_for("/gone"))
    assert len(_hits(server, "/gone")) == 1


def test_rate_limit_waits_for_retry_after(server):
    _robots(server)
    arrivals: list[float] = []

    def limited(request: Request) -> Response:
        arrivals.append(time.monotonic())
        if len(arrivals) == 1:
            return Response("slow down", status=429, headers={"Retry-After": "1"})
        return Response(PAGE, content_type="text/html")

    server.expect_request("/limited").respond_with_handler(limited)
    assert _fetch(server.url_for("/limited")).snapshot.body == PAGE
    assert arrivals[1] - arrivals[0] >= 0.95  # backoff alone would have waited ~0.01 s


def test_retry_after_beyond_the_cap_fails_at_once(server):
    _robots(server)
    server.expect_request("/later").respond_with_data("", status=429, headers={"Retry-After": "3600"})
    with pytest.raises(ScrapeError, match=r"HTTP 429 with Retry-After 3600 s, over the 2 s cap"):
        _fetch(server.url_for("/later"))
    assert len(_hits(server, "/later")) == 1


def test_retry_after_as_http_date():
    assert _retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert _retry_after_seconds("120") == 120.0
    assert _retry_after_seconds("soon") is None


def test_slow_page_times_out_after_the_retries(server):
    _robots(server)

    def slow(request: Request) -> Response:
        time.sleep(1.0)
        return Response(PAGE, content_type="text/html")

    server.expect_request("/slow").respond_with_handler(slow)
    policy = FetchPolicy(delay=0, backoff=0.01, read_timeout=0.2, retries=1)
    with pytest.raises(ScrapeError, match=r"/slow: timed out after 2 attempts"):
        _fetch(server.url_for("/slow"), policy)


def test_trickling_page_hits_the_overall_deadline(server):
    _robots(server)

    def trickle(request: Request) -> Response:
        def chunks():
            for _ in range(50):
                time.sleep(0.05)
                yield b"<p>still coming</p>"

        return Response(chunks(), content_type="text/html")

    server.expect_request("/trickle").respond_with_handler(trickle)
    policy = FetchPolicy(delay=0, read_timeout=1, deadline=0.4, retries=0)
    with pytest.raises(ScrapeError, match=r"/trickle: timed out after 1 attempt$"):
        _fetch(server.url_for("/trickle"), policy)


def test_refused_connection_is_retried_then_reported():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    policy = FetchPolicy(delay=0, backoff=0.01, retries=1, robots=False)
    with pytest.raises(ScrapeError, match=r"connection failed \(ConnectError.*after 2 attempts"):
        _fetch(f"http://127.0.0.1:{port}/x", policy)


def test_redirect_chain_is_followed(server):
    _robots(server)
    server.expect_request("/r1").respond_with_data("", status=301, headers={"Location": "/r2"})
    server.expect_request("/r2").respond_with_data("", status=302, headers={"Location": server.url_for("/final")})
    server.expect_request("/final").respond_with_data(PAGE, content_type="text/html")
    snapshot = _fetch(server.url_for("/r1")).snapshot
    assert snapshot.url == server.url_for("/r1") and snapshot.final_url == server.url_for("/final")


def test_redirect_loop_is_reported(server):
    _robots(server)
    server.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    server.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/a"})
    with pytest.raises(ScrapeError, match=r"/a: redirect loop \(.*/a -> .*/b -> .*/a\)"):
        _fetch(server.url_for("/a"))


def test_too_many_redirects_are_reported(server):
    _robots(server)
    for n in range(10):
        server.expect_request(f"/hop{n}").respond_with_data("", status=307, headers={"Location": f"/hop{n + 1}"})
    with pytest.raises(ScrapeError, match=r"/hop0: too many redirects \(more than 3\)"):
        _fetch(server.url_for("/hop0"), FetchPolicy(delay=0, max_redirects=3))
    assert len(_hits(server, "/hop3")) == 1 and not _hits(server, "/hop4")


def test_redirect_to_another_scheme_is_refused(server):
    _robots(server)
    server.expect_request("/js").respond_with_data("", status=302, headers={"Location": "javascript:alert(1)"})
    server.expect_request("/ftp").respond_with_data("", status=302, headers={"Location": "ftp://example.com/x"})
    with pytest.raises(ScrapeError, match=r"/js: invalid URL or redirect target"):
        _fetch(server.url_for("/js"))
    with pytest.raises(ScrapeError, match=r"/ftp: redirected to a non-http\(s\) URL ftp://example.com/x"):
        _fetch(server.url_for("/ftp"))


def test_robots_disallowed_page_is_not_fetched(server):
    _robots(server, "User-agent: *\nDisallow: /private/\n")
    server.expect_request("/private/x").respond_with_data(PAGE, content_type="text/html")
    with pytest.raises(RobotsDisallowed, match=r"/private/x: disallowed by robots.txt"):
        _fetch(server.url_for("/private/x"))
    assert not _hits(server, "/private/x")


def test_robots_group_for_our_user_agent_applies(server):
    _robots(server, "User-agent: *\nDisallow: /\n\nUser-agent: BriefingBot\nDisallow: /nobots/\n")
    server.expect_request("/news/1").respond_with_data(PAGE, content_type="text/html")
    assert _fetch(server.url_for("/news/1")).snapshot.body == PAGE
    with pytest.raises(RobotsDisallowed):
        _fetch(server.url_for("/nobots/y"))
    with pytest.raises(RobotsDisallowed):  # another user agent is kept out by the '*' group
        _fetch(server.url_for("/news/1"), FetchPolicy(delay=0, user_agent="OtherBot/1.0"))


def test_robots_is_checked_on_each_redirect_hop(server):
    _robots(server, "User-agent: *\nDisallow: /private/\n")
    server.expect_request("/open").respond_with_data("", status=302, headers={"Location": "/private/page"})
    with pytest.raises(RobotsDisallowed, match="/private/page"):
        _fetch(server.url_for("/open"))


def test_robots_is_fetched_once_per_host(server):
    _robots(server)
    for n in range(3):
        server.expect_request(f"/p{n}").respond_with_data(PAGE, content_type="text/html")

    async def go():
        async with Fetcher(FAST) as fetcher:
            return await asyncio.gather(*(fetcher.fetch(server.url_for(f"/p{n}")) for n in range(3)))

    assert len(asyncio.run(go())) == 3
    assert len(_hits(server, "/robots.txt")) == 1


def test_missing_robots_allows_and_unreachable_robots_forbids(server):
    server.expect_request("/robots.txt").respond_with_data("", status=404)
    server.expect_request("/p").respond_with_data(PAGE, content_type="text/html")
    assert _fetch(server.url_for("/p")).snapshot.body == PAGE

    server.clear()
    server.expect_request("/robots.txt").respond_with_data("", status=503)
    with pytest.raises(ScrapeError, match=r"/p: not fetched, robots.txt unavailable \(.*/robots.txt: HTTP 503 after 3 attempts\)$"):
        _fetch(server.url_for("/p"))
    assert not _hits(server, "/p")


def test_conditional_request_gets_not_modified(server):
    _robots(server)
    server.expect_request("/c", headers={"If-None-Match": '"v1"'}).respond_with_data("", status=304)
    fetched = _fetch(server.url_for("/c"), conditional={"If-None-Match": '"v1"', "If-Modified-Since": "Tue, 03 Jun 2025 09:00:00 GMT"})
    assert fetched.not_modified
    assert _hits(server, "/c")[0].headers["If-Modified-Since"] == "Tue, 03 Jun 2025 09:00:00 GMT"


def test_declared_huge_page_is_refused_before_download(server):
    _robots(server)
    server.expect_request("/huge").respond_with_data(b"x" * (50 * 1024 * 1024), content_type="text/html")
    with pytest.raises(ScrapeError, match=r"/huge: page too large \(50.0 MB declared, cap 10.0 MB\)"):
        _fetch(server.url_for("/huge"))


def test_streamed_page_is_cut_at_the_cap(server):
    _robots(server)

    def endless(request: Request) -> Response:
        return Response((b"<p>" + b"x" * 65536 for _ in range(100)), content_type="text/html")

    server.expect_request("/endless").respond_with_handler(endless)
    with pytest.raises(ScrapeError, match=r"/endless: page too large \(over the 1.0 MB cap\)"):
        _fetch(server.url_for("/endless"), FetchPolicy(delay=0, max_bytes=1024 * 1024))


def test_non_html_content_type_is_refused(server):
    _robots(server)
    server.expect_request("/img").respond_with_data(b"\x89PNG\r\n", content_type="image/png")
    with pytest.raises(ScrapeError, match=r"/img: not an HTML page \(Content-Type image/png\)"):
        _fetch(server.url_for("/img"))


def test_one_host_is_paced_while_other_hosts_run_in_parallel(server, other):
    spans: dict[str, list[tuple[float, float]]] = {"a": [], "b": []}

    def timed(name: str):
        def handler(request: Request) -> Response:
            start = time.monotonic()
            time.sleep(0.3)
            spans[name].append((start, time.monotonic()))
            return Response(PAGE, content_type="text/html")

        return handler

    for srv, name in ((server, "a"), (other, "b")):
        _robots(srv)
        srv.expect_request("/p", query_string=None).respond_with_handler(timed(name))

    async def go():
        async with Fetcher(FetchPolicy(delay=0.5)) as fetcher:
            urls = [f"{srv.url_for('/p')}?n={n}" for n in range(3) for srv in (server, other)]
            await asyncio.gather(*(fetcher.fetch(u) for u in urls))

    asyncio.run(go())
    for name in spans:
        starts_ends = sorted(spans[name])
        assert len(starts_ends) == 3
        for (start, end), (next_start, _) in zip(starts_ends, starts_ends[1:]):
            assert next_start >= end  # one at a time per host
            assert next_start - start >= 0.4  # and the delay between two starts (less server-side jitter)
    first_a, first_b = sorted(spans["a"])[0], sorted(spans["b"])[0]
    assert first_b[0] < first_a[1] and first_a[0] < first_b[1]  # the two hosts overlapped


def test_robots_crawl_delay_slows_a_host_down(server):
    _robots(server, "User-agent: *\nCrawl-delay: 1\nAllow: /\n")
    arrivals: list[float] = []

    def page(request: Request) -> Response:
        arrivals.append(time.monotonic())
        return Response(PAGE, content_type="text/html")

    server.expect_request("/cd", query_string=None).respond_with_handler(page)

    async def go():
        async with Fetcher(FAST) as fetcher:  # no delay of our own
            for n in range(3):
                await fetcher.fetch(server.url_for(f"/cd?n={n}"))

    asyncio.run(go())
    assert len(arrivals) == 3
    assert min(b - a for a, b in zip(arrivals, arrivals[1:])) >= 0.9  # robotparser reads whole seconds only
