"""scripts/timex.py as other tools call it: a plain script reading stdin or a file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "timex.py"
TEXT = "Negotiations with Honda began in December – which failed in February 2025.\n"


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    # Run from a neutral directory so the script must find plugins/ on its own.
    return subprocess.run([sys.executable, str(SCRIPT), *args], input=stdin, capture_output=True,
                          text=True, cwd="/", timeout=60)


def test_reads_stdin_and_prints_json_lines():
    result = run("--dct", "2025-06-03", stdin=TEXT)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    december, february = TEXT.index("December"), TEXT.index("February 2025")
    assert rows == [
        {"start": december, "end": december + 8, "text": "December", "type": "DATE", "value": "2024-12"},
        {"start": february, "end": february + 13, "text": "February 2025", "type": "DATE", "value": "2025-02"},
    ]
    assert all(TEXT[r["start"]:r["end"]] == r["text"] for r in rows)


def test_reads_a_file_with_fiscal_year_start(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Profit will fall this fiscal year.", encoding="utf-8")
    result = run("--dct", "2025-06-03", "--fiscal-year-start", "4", str(path))
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["value"] for line in result.stdout.splitlines()] == ["FY2025-04"]


def test_bad_dct_is_a_one_line_error():
    result = run("--dct", "2025-13-40", stdin=TEXT)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "2025-13-40" in lines[0] and "YYYY-MM-DD" in lines[0]


def test_unreadable_file_is_a_one_line_error(tmp_path):
    missing = tmp_path / "missing.txt"
    result = run("--dct", "2025-06-03", str(missing))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(missing) in lines[0] and "No such file" in lines[0]


def test_bad_fiscal_year_start_is_a_one_line_error():
    result = run("--dct", "2025-06-03", "--fiscal-year-start", "13", stdin=TEXT)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "13" in result.stderr
