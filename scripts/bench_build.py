"""Build-speed benchmark: the synthetic corpus at several sizes, cold and warm, with and without our plugin.

    python scripts/bench_build.py [--sizes 1000,10000] [--topics 50] [--seed 0]

For each size N it generates N articles over TOPICS topics (scripts/make_corpus.py) into a temp
dir and runs, each build in a fresh subprocess (so imports, start-up and memory are the build's
own), in this order:

  plain cold    the plugin disabled: our settings with PLUGINS minus "briefing", Pelican's built-in
                minimal theme 'simple' (ours needs the plugin's Jinja filters and context; the
                default 'notmyidea' needs article categories, which our settings switch off) and
                DIRECT_TEMPLATES = ["index"] ('simple' has no sources/search/robots pages). It
                renders every article page and a home page listing every article with its
                summary; empty cache dir
  plugin cold   the full site, empty cache dir (Pelican's content cache and ours are written)
  warm rebuild  the same again, nothing changed, caches from the previous build
  +1 article    one new article added (article N of the same seed), caches warm

Builds that reuse the previous state write into the previous output folder (Pelican overwrites
every page; `make html` also deletes the folder first, which costs about a second per 1,000
articles on our disks and is left out here). Each build is the fastest of --repeat runs from the
same starting state (caches restored, the added article removed again); the plain and plugin cold
builds alternate, so that a drift in the machine's speed shows in both.
Times are wall-clock seconds of the whole subprocess (interpreter start-up included, as for
`make html`); peak memory is the build process's maximum resident set (os.wait4 rusage; Linux
reports the largest of the process and its forked workers, not their sum). --workers sets the
plugin's BRIEFING_WORKERS (1 = everything in the build process).
The settings, theme and plugins are copied at the start, so a long run measures one version of
them even while someone edits the working tree (the plugin's cache is keyed on its source), and
the plugins are byte-compiled there, as a checkout's are after its first build.
The targets from the issue are checked at the end. The benchmark never writes into the repository.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from make_corpus import generate, write_corpus

REPO = Path(__file__).resolve().parent.parent
COLD_RATIO_TARGET = 2.0  # plugin cold / plain cold
ADD_ONE_RATIO_TARGET = 0.35  # +1 article / plugin cold, at 1,000 articles
PEAK_MB_TARGET = 1536  # at 10,000 articles
WORKERS = 0  # BRIEFING_WORKERS for the plugin builds; 0 keeps the plugin's default (all usable CPUs)


@dataclass
class BuildResult:
    seconds: float
    peak_mb: float
    pelican_seconds: float  # the Pelican run alone, measured inside the child


def snapshot_site(workdir: Path) -> Path:
    """A copy of the settings, theme and plugins, so edits made during a long run do not mix versions."""
    site = workdir / "site"
    site.mkdir()
    shutil.copy2(REPO / "pelican.conf.py", site)
    for folder in ("theme", "plugins"):
        shutil.copytree(REPO / folder, site / folder, ignore=shutil.ignore_patterns("__pycache__"))
    # Byte-compiled, as a checkout is after its first build: with PYTHONDONTWRITEBYTECODE set (as on
    # our build machines) every build would otherwise compile the plugin's modules anew (~0.2 s).
    compileall.compile_dir(site / "plugins", quiet=1)
    return site


def run_child(spec: dict) -> None:
    """Inside the build subprocess: one Pelican build as `spec` describes; prints the run's seconds."""
    import logging

    from pelican import Pelican
    from pelican.settings import read_settings

    logging.basicConfig(level=logging.ERROR)
    site_dir = Path(spec["site"])
    settings = read_settings(str(site_dir / "pelican.conf.py"), override={"PATH": spec["content"]})
    if spec["plugin"]:
        site = {"THEME": str(site_dir / "theme"), "PLUGINS": settings["PLUGINS"]}
    else:  # our theme needs the plugin's filters and context: plain Pelican gets its own minimal theme
        plugins = [p for p in settings["PLUGINS"] if p != "briefing"]
        site = {"THEME": "simple", "PLUGINS": plugins, "DIRECT_TEMPLATES": ["index"]}
    settings = read_settings(
        str(site_dir / "pelican.conf.py"),
        override={
            "PATH": spec["content"],
            "OUTPUT_PATH": spec["output"],
            "CACHE_PATH": spec["cache"],
            "PLUGIN_PATHS": [str(site_dir / "plugins")],
            "DELETE_OUTPUT_DIRECTORY": False,  # rebuilds write over the previous output, as a dev loop does
            **({"BRIEFING_WORKERS": spec["workers"]} if spec["workers"] else {}),
            **site,
        },
    )
    start = time.perf_counter()
    Pelican(settings).run()
    print(json.dumps({"pelican_seconds": time.perf_counter() - start}))


def build(site: Path, content: Path, output: Path, cache: Path, plugin: bool) -> BuildResult:
    """One build in a fresh subprocess; wall time and peak RSS of that process (or its largest worker)."""
    spec = {
        "site": str(site), "content": str(content), "output": str(output), "cache": str(cache),
        "plugin": plugin, "workers": WORKERS,
    }
    command = [sys.executable, str(Path(__file__).resolve()), "--child", json.dumps(spec)]
    env = {**os.environ, "PYTHONPATH": str(site / "plugins")}
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env, cwd=REPO)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    if process.returncode != 0:
        raise SystemExit(f"bench_build: build of {content} failed (exit {process.returncode}):\n{stderr[-3000:]}")
    inner = json.loads(stdout.strip().splitlines()[-1])
    return BuildResult(seconds=seconds, peak_mb=usage.ru_maxrss / 1024, pelican_seconds=inner["pelican_seconds"])


def bench_size(site: Path, articles: int, topics: int, seed: int, repeat: int, workdir: Path) -> dict[str, BuildResult]:
    """The four builds of one corpus size; each the fastest of `repeat` runs from the same state."""
    root = workdir / f"n{articles}"
    content, added = root / "content", root / "content" / "articles"
    topic_files, article_files = generate(articles + 1, topics, seed)
    write_corpus(content, topic_files + article_files[:articles])
    new_article = added / Path(article_files[articles].path).name
    megabytes = sum(len(f.text.encode()) for f in article_files[:articles]) / 1e6
    print(f"  N={articles}: corpus written ({megabytes:.1f} MB of Markdown)", flush=True)

    def cold(output: Path, cache: Path, plugin: bool) -> BuildResult:
        shutil.rmtree(output, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)
        return build(site, content, output, cache, plugin)

    def add_one() -> BuildResult:
        shutil.rmtree(root / "cache", ignore_errors=True)
        shutil.copytree(root / "cache-warm", root / "cache")
        write_corpus(content, article_files[articles:])
        result = build(site, content, root / "out", root / "cache", plugin=True)
        new_article.unlink()
        return result

    results: dict[str, BuildResult] = {}

    def keep(name: str, runs: list[BuildResult]) -> None:
        fastest = min(runs, key=lambda r: r.seconds)
        results[name] = BuildResult(fastest.seconds, max(r.peak_mb for r in runs), fastest.pelican_seconds)
        _progress(articles, name, results)

    # The two cold builds alternate, so a drift in the machine's speed shows in both.
    colds: dict[str, list[BuildResult]] = {"plain cold": [], "plugin cold": []}
    for _ in range(repeat):
        colds["plain cold"].append(cold(root / "out-plain", root / "cache-plain", plugin=False))
        colds["plugin cold"].append(cold(root / "out", root / "cache", plugin=True))
    for name, runs in colds.items():
        keep(name, runs)
    keep("warm rebuild", [build(site, content, root / "out", root / "cache", plugin=True) for _ in range(repeat)])
    shutil.copytree(root / "cache", root / "cache-warm")
    keep("+1 article", [add_one() for _ in range(repeat)])
    shutil.rmtree(root)
    return results


def _progress(articles: int, name: str, results: dict[str, BuildResult]) -> None:
    r = results[name]
    print(f"  N={articles}: {name}: {r.seconds:.2f} s, peak {r.peak_mb:.0f} MB", flush=True)


def report(all_results: dict[int, dict[str, BuildResult]]) -> list[str]:
    """The results table and the targets, as printed lines."""
    lines = [
        "| articles | build | wall s | pelican s | vs plain cold | vs plugin cold | peak MB |",
        "|---:|---|---:|---:|---:|---:|---:|",
    ]
    failures = []
    for articles, results in all_results.items():
        plain, cold = results["plain cold"].seconds, results["plugin cold"].seconds
        for name, r in results.items():
            lines.append(
                f"| {articles:,} | {name} | {r.seconds:.2f} | {r.pelican_seconds:.2f} | "
                f"{r.seconds / plain:.2f}x | {r.seconds / cold:.2f}x | {r.peak_mb:.0f} |"
            )
        if cold / plain > COLD_RATIO_TARGET:
            failures.append(f"N={articles}: plugin cold is {cold / plain:.2f}x plain (target <= {COLD_RATIO_TARGET}x)")
        add_one = results["+1 article"].seconds / cold
        if articles <= 1000 and add_one > ADD_ONE_RATIO_TARGET:
            failures.append(f"N={articles}: +1 article is {add_one:.2f}x cold (target <= {ADD_ONE_RATIO_TARGET}x)")
        peak = max(r.peak_mb for r in results.values())
        if articles >= 10000 and peak > PEAK_MB_TARGET:
            failures.append(f"N={articles}: peak {peak:.0f} MB (target < {PEAK_MB_TARGET} MB)")
    lines.append("")
    lines.extend(["targets: all met"] if not failures else ["targets missed:", *("  " + f for f in failures)])
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated article counts")
    parser.add_argument("--topics", type=int, default=50)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=1, help="runs per build; the fastest is reported")
    parser.add_argument("--workers", type=int, default=0, help="BRIEFING_WORKERS (default: all usable CPUs)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    global WORKERS
    WORKERS = args.workers
    if args.child:
        run_child(json.loads(args.child))
        return 0
    try:
        sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        print(f"bench_build: --sizes must be comma-separated integers, got {args.sizes!r}", file=sys.stderr)
        return 2
    workers = args.workers or "all"
    print(f"bench_build: {args.topics} topics, seed {args.seed}, best of {args.repeat}, {os.cpu_count()} CPUs, "
          f"plugin workers: {workers}", flush=True)
    all_results = {}
    with tempfile.TemporaryDirectory(prefix="bench-build-") as workdir:
        site = snapshot_site(Path(workdir))
        for articles in sizes:
            all_results[articles] = bench_size(site, articles, args.topics, args.seed, args.repeat, Path(workdir))
    print("\n".join(report(all_results)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
