"""A build that fails must not stop later builds in the same process (make serve) writing the sitemap."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import build_site
from test_plugin import make_content


def test_the_build_after_a_failed_one_writes_its_sitemap(tmp_path: Path) -> None:
    content = make_content(tmp_path)
    topic = content / "topics" / "acme-batteries.md"
    good = topic.read_text(encoding="utf-8")
    topic.write_text("Title: Acme\nPin: 2019-13-01 | A typo in the month\n\nAcme.\n", encoding="utf-8")
    with pytest.raises(BaseException):
        build_site(content, tmp_path / "failed")
    topic.write_text(good, encoding="utf-8")
    output = build_site(content, tmp_path / "fixed")
    assert "topics/acme-batteries/" in (output / "sitemap.txt").read_text(encoding="utf-8")
