#!/usr/bin/env python3
"""Benchmark: scrape N pages spread over H local hosts that answer after L ms, with the default
politeness (one request at a time per host, 1 s between them), and print a table.

Target: 500 pages over 50 hosts at 50 ms latency in under 15 s. Each "host" is its own port on
127.0.0.1 served by one asyncio server in a child process; pages are the electrive seed page,
each with its own title and canonical URL, so every page is cleaned and stored for real.

    .venv/bin/python scripts/bench_scrape.py [--pages 500] [--hosts 50] [--latency-ms 50] [--delay 1] [--capacity]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
import multiprocessing
import os
import socket
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scraper import cli  # noqa: E402

SEED = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "pages" / "electrive-nissan-foxconn.html"
SEED_TITLE = "Nissan considers Foxconn tie-up to produce EVs in Japan"
SEED_URL = "https://www.electrive.com/2025/06/03/nissan-considers-foxconn-tie-up-to-produce-evs-in-japan/"


def _free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


def _serve(ports: list[int], latency: float, ready: multiprocessing.Event) -> None:
    """Child process: one HTTP/1.1 keep-alive server per port, each answer after `latency` seconds."""
    template = SEED.read_text(encoding="utf-8")

    def page(port: int, path: str) -> bytes:
        n = path.rsplit("/", 1)[-1]
        url = f"http://127.0.0.1:{port}{path}"
        return template.replace(SEED_URL, url).replace(SEED_TITLE, f"Host {port} story {n}: {SEED_TITLE}").encode()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, port: int) -> None:
        with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError):
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                path = head.split(b" ", 2)[1].decode()
                await asyncio.sleep(latency)
                if path == "/robots.txt":
                    status, body, kind = "200 OK", b"User-agent: *\nAllow: /\n", "text/plain"
                else:
                    status, body, kind = "200 OK", page(port, path), "text/html; charset=utf-8"
                writer.write(f"HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body)
                await writer.drain()
        writer.close()

    async def main() -> None:
        servers = [await asyncio.start_server(lambda r, w, p=p: handle(r, w, p), "127.0.0.1", p) for p in ports]
        ready.set()
        await asyncio.gather(*(s.serve_forever() for s in servers))

    asyncio.run(main())


def run(pages: int, hosts: int, latency_ms: float, delay: float) -> dict:
    ports = _free_ports(hosts)
    ready = multiprocessing.get_context("spawn").Event()
    server = multiprocessing.get_context("spawn").Process(target=_serve, args=(ports, latency_ms / 1000, ready), daemon=True)
    server.start()
    try:
        if not ready.wait(30):
            raise SystemExit("benchmark server did not start")
        urls = [f"http://127.0.0.1:{ports[n % hosts]}/news/{n}" for n in range(pages)]
        with tempfile.TemporaryDirectory() as tmp:
            sources = Path(tmp) / "sources.txt"
            sources.write_text("\n".join(urls) + "\n")
            out, err = io.StringIO(), io.StringIO()
            started = time.perf_counter()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = cli.main(["add", "--content", str(Path(tmp) / "content"), "--sources", str(sources), "--delay", str(delay)])
            elapsed = time.perf_counter() - started
            stored = len(list((Path(tmp) / "content" / "articles").glob("*.md")))
    finally:
        server.terminate()
        server.join(5)
    errors = [line for line in err.getvalue().splitlines() if line.startswith("error:")]
    return {"elapsed": elapsed, "exit": code, "stored": stored, "errors": errors}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--hosts", type=int, default=50)
    parser.add_argument("--latency-ms", type=float, default=50.0)
    parser.add_argument("--delay", type=float, default=1.0, help="seconds between requests to one host (the default policy)")
    parser.add_argument("--capacity", action="store_true", help="also run with no delay, to show what the pipeline itself can do")
    args = parser.parse_args()
    delays = [args.delay, 0.0] if args.capacity else [args.delay]
    results = [run(args.pages, args.hosts, args.latency_ms, delay) for delay in delays]
    per_host = -(-args.pages // args.hosts)
    rows = [
        ("pages / hosts", [f"{args.pages} / {args.hosts}" for _ in delays]),
        ("latency per request", [f"{args.latency_ms:.0f} ms" for _ in delays]),
        ("delay between requests to a host", [f"{d:g} s" for d in delays]),
        # robots.txt, then the host's pages one at a time, starts at least `delay` apart
        ("politeness floor", [f"{per_host * max(d, args.latency_ms / 1000) + args.latency_ms / 1000:.2f} s" for d in delays]),
        ("wall time", [f"{r['elapsed']:.2f} s" for r in results]),
        ("pages per second", [f"{args.pages / r['elapsed']:.1f}" for r in results]),
        ("articles stored", [f"{r['stored']}" for r in results]),
        ("failed pages", [f"{len(r['errors'])}" for r in results]),
    ]
    width = max(len(name) for name, _ in rows)
    print(f"{'measure':<{width}}  " + "  ".join(f"{'run ' + str(n + 1):>14}" for n in range(len(delays))))
    print(f"{'-' * width}  " + "  ".join("-" * 14 for _ in delays))
    for name, values in rows:
        print(f"{name:<{width}}  " + "  ".join(f"{v:>14}" for v in values))
    print(f"target: under 15 s for 500 pages / 50 hosts / 50 ms with the defaults; "
          f"machine load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for line in [line for r in results for line in r["errors"]][:5]:
        print(line, file=sys.stderr)
    return 0 if all(r["exit"] == 0 and r["stored"] == args.pages for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
