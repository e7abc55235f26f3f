"""After the Pelican build: index the site for search with Pagefind.

Pagefind's binary comes bundled in the `pagefind[bin]` wheel, so indexing runs offline. It
indexes the pages that mark their main content with data-pagefind-body (briefings and source
articles) and writes the index and its search UI to <site>/pagefind/.

Usage: python scripts/postbuild.py [SITE_DIR]   (default: output)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def index_site(site: Path) -> Path:
    """Run Pagefind over `site`; return the bundle folder, or raise RuntimeError saying why not."""
    if not (site / "index.html").is_file():
        raise RuntimeError(f"{site}: no index.html, build the site first (make html)")
    result = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site), "--quiet"],
        capture_output=True,
        text=True,
        check=False,
    )
    bundle = site / "pagefind"
    if result.returncode != 0 or not (bundle / "pagefind-ui.js").is_file():
        reason = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["no search bundle written"]
        raise RuntimeError(f"{site}: Pagefind failed: {reason[0]}")
    return bundle


def main(argv: list[str]) -> int:
    site = Path(argv[1]) if len(argv) > 1 else Path("output")
    try:
        index_site(site)
    except RuntimeError as error:
        print(f"postbuild: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
