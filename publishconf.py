"""Production settings for GitHub Pages: pelican.conf.py plus absolute URLs under SITEURL.

CI passes the Pages base URL (actions/configure-pages' `base_url`, e.g.
https://USER.github.io/REPO) in the SITEURL environment variable. A project site lives
under a sub-path, so every URL the theme and plugins write must start from SITEURL.
"""

import os
import runpy
from pathlib import Path
from urllib.parse import urlsplit

# pelican.conf.py has a dot in its name, so it cannot be imported as a module: run it and
# take its settings. Pelican reads every upper-case name of this module as a setting, so
# helpers here stay lower-case (a settings dict holding modules cannot be pickled into
# Pelican's content cache).
globals().update(
    (name, value)
    for name, value in runpy.run_path(str(Path(__file__).with_name("pelican.conf.py"))).items()
    if name.isupper()
)


def _site_url_from_env() -> str:
    """The deployment's base URL, or a one-line reason why the build cannot go on."""
    raw = os.environ.get("SITEURL", "").strip()
    if not raw:
        raise SystemExit(
            "publishconf.py: SITEURL is not set; give the site's base URL, "
            "e.g. SITEURL=https://USER.github.io/REPO make publish"
        )
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise SystemExit(
            f"publishconf.py: SITEURL={raw!r} is not an absolute http(s) base URL "
            "like https://USER.github.io/REPO"
        )
    return raw.rstrip("/")


SITEURL = _site_url_from_env()
RELATIVE_URLS = False
FEED_DOMAIN = SITEURL
DELETE_OUTPUT_DIRECTORY = True
