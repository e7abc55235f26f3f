"""Tag temporal expressions in plain text and print them as JSON lines.

    python scripts/timex.py --dct YYYY-MM-DD [--fiscal-year-start M] [FILE]

Reads FILE (or stdin) and prints one JSON object per expression:
{"start", "end", "text", "type", "value"}. Bad input exits with code 2 and a one-line message.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))

from briefing.timex import tag  # noqa: E402


class _Parser(argparse.ArgumentParser):
    """argparse that reports errors as one line and exits with 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        print(f"timex: {message}", file=sys.stderr)
        raise SystemExit(2)


def _dct(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date YYYY-MM-DD") from None


def _month(value: str) -> int:
    if value.isdigit() and 1 <= int(value) <= 12:
        return int(value)
    raise argparse.ArgumentTypeError(f"{value!r} is not a month 1-12")


def main(argv: list[str] | None = None) -> int:
    parser = _Parser(description="Tag dates and times in English text (TIMEX3 values, JSON lines).")
    parser.add_argument("--dct", required=True, type=_dct, help="document creation date, YYYY-MM-DD")
    parser.add_argument("--fiscal-year-start", type=_month, default=1, metavar="M",
                        help="month the fiscal year starts (4 for Japanese companies); default 1")
    parser.add_argument("file", nargs="?", type=Path, help="plain-text file (default: stdin)")
    args = parser.parse_args(argv)
    if args.file is None:
        text = sys.stdin.read()
    else:
        try:
            text = args.file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            print(f"timex: cannot read {args.file}: {reason}", file=sys.stderr)
            return 2
    out = sys.stdout
    for t in tag(text, args.dct, fiscal_year_start=args.fiscal_year_start):
        out.write(json.dumps({"start": t.start, "end": t.end, "text": t.text, "type": t.type,
                              "value": t.value}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
