#!/usr/bin/env python3
"""Benchmark: scrape N pages spread over H local hosts that answer after L ms, with the default
politeness (one request at a time per host, 1 s between them), and print a table.

Target: 500 pages over 50 hosts at 50 ms latency in under 15 s. Each "host" is its own port on
127.0.0.1 served by one asyncio server in a child process; pages are the electrive seed page,
each with its own title and canonical URL, so every page is cleaned and stored for real.

    .venv/bin/python scripts/bench_scrape.py [--pages 500] [--hosts 50] [--latency-ms 50] [--delay 1]
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
    args = parser.parse_args()
    result = run(args.pages, args.hosts, args.latency_ms, args.delay)
    per_host = -(-args.pages // args.hosts)
    floor = per_host * args.delay + args.latency_ms / 1000  # robots.txt then the pages, `delay` apart
    rows = [
        ("pages", f"{args.pages}"),
        ("hosts", f"{args.hosts}"),
        ("latency per request", f"{args.latency_ms:.0f} ms"),
        ("delay between requests to a host", f"{args.delay:g} s"),
        ("politeness floor (robots.txt + pages per host)", f"{floor:.1f} s"),
        ("wall time", f"{result['elapsed']:.2f} s"),
        ("pages per second", f"{args.pages / result['elapsed']:.1f}"),
        ("articles stored", f"{result['stored']}"),
        ("failed pages", f"{len(result['errors'])}"),
        ("machine load (1-min average, cores)", f"{os.getloadavg()[0]:.1f} on {os.cpu_count()}"),
        ("target", "< 15 s for 500 pages / 50 hosts / 50 ms"),
    ]
    width = max(len(name) for name, _ in rows)
    print(f"{'measure':<{width}}  value")
    print(f"{'-' * width}  -----")
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    for line in result["errors"][:5]:
        print(line, file=sys.stderr)
    return 0 if result["exit"] == 0 and result["stored"] == args.pages else 1


if __name__ == "__main__":
    sys.exit(main())
