"""One scrape at a time per content folder, and no lock file left for git to commit."""

from __future__ import annotations

import os

import pytest

from scraper.lock import LOCK_NAME, ContentLock, FolderBusy


def test_second_lock_on_a_folder_is_refused_until_the_first_is_released(tmp_path):
    with ContentLock(tmp_path):
        assert (tmp_path / LOCK_NAME).exists()
        with pytest.raises(FolderBusy):
            with ContentLock(tmp_path):
                pass
    assert not (tmp_path / LOCK_NAME).exists()
    with ContentLock(tmp_path):
        pass
    assert os.listdir(tmp_path) == []


def test_a_lock_won_on_a_removed_file_counts_as_busy(tmp_path):
    lock = ContentLock(tmp_path)
    lock.path.write_text("")
    fd = os.open(lock.path, os.O_RDONLY)
    try:
        lock.path.unlink()  # the previous holder finishing between our open() and our flock()
        with pytest.raises(FolderBusy):
            lock._still_the_lock_file(fd)
        lock.path.write_text("")  # and a newer scrape's fresh lock file
        with pytest.raises(FolderBusy):
            lock._still_the_lock_file(fd)
    finally:
        os.close(fd)
