#!/usr/bin/env python3
"""Scrape news pages into briefing content files: `python scripts/scrape.py add URL...` (see --help)."""

import sys

from scraper.cli import main

if __name__ == "__main__":
    sys.exit(main())
