#!/usr/bin/env python3
"""Start, list and check briefing topics: `python scripts/topic.py new|list|check` (see --help)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))

from editor.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
