"""Commits what a scrape added under content/ and pushes it: the repository is the archive.

Git scraping: every scrape that finds something new becomes one reviewable commit, and a
scrape that finds nothing makes no commit. Runs in CI after `make scrape`, whatever the
scrape's exit status, so one failing URL does not lose the articles the others produced.
If the branch moved meanwhile (an editor pushed), the commit is rebased and pushed again.

Writes `pushed=true|false` and `sha=<commit>` to $GITHUB_OUTPUT and a line to
$GITHUB_STEP_SUMMARY when those are set (GitHub Actions), so later jobs can deploy it.

Usage: python scripts/ci_commit_content.py [--paths content] [--remote origin] [--branch main] [--no-push]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

BOT_NAME = "github-actions[bot]"
BOT_EMAIL = "41898282+github-actions[bot]@users.noreply.github.com"
PUSH_ATTEMPTS = 3


class CommitError(Exception):
    """A git step failed; the message names the command and git's own words."""


def _identity_env() -> dict[str, str]:
    """Commits (and rebases) are by the Actions bot unless the caller set a git identity."""
    env = dict(os.environ)
    for role in ("AUTHOR", "COMMITTER"):
        env.setdefault(f"GIT_{role}_NAME", BOT_NAME)
        env.setdefault(f"GIT_{role}_EMAIL", BOT_EMAIL)
    return env


def git(*args: str, cwd: Path) -> str:
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, env=_identity_env())
    if result.returncode != 0:
        raise CommitError(f"git {' '.join(args)} failed: {(result.stderr or result.stdout).strip()}")
    return result.stdout


def commit_message(changes: list[str]) -> str:
    """Subject counts new articles; the body lists every changed file (`A content/...`)."""
    added = [c for c in changes if c.startswith("A") and c.split("\t", 1)[1].startswith("content/articles/")]
    subject = f"Scrape: {len(added)} new article(s)" if added else "Scrape: update content"
    return subject + "\n\n" + "\n".join(changes) + "\n"


def commit_new_content(repo: Path, paths: Sequence[str]) -> str | None:
    """Stages and commits everything new or changed under `paths`; the commit's sha, or None."""
    git("add", "--all", "--", *paths, cwd=repo)
    changes = git("diff", "--cached", "--name-status", "--", *paths, cwd=repo).splitlines()
    if not changes:
        return None
    git("commit", "--quiet", f"--message={commit_message(changes)}", cwd=repo)
    return git("rev-parse", "HEAD", cwd=repo).strip()


def push(repo: Path, remote: str, branch: str) -> str:
    """Pushes HEAD to the branch, rebasing onto it when someone pushed in between."""
    error = CommitError("no push attempted")
    for attempt in range(PUSH_ATTEMPTS):
        if attempt:
            git("pull", "--quiet", "--rebase", remote, branch, cwd=repo)
        try:
            git("push", "--quiet", remote, f"HEAD:refs/heads/{branch}", cwd=repo)
            return git("rev-parse", "HEAD", cwd=repo).strip()
        except CommitError as failure:
            error = failure
    raise CommitError(f"gave up after {PUSH_ATTEMPTS} push attempts; last: {error}")


def _append(env_var: str, text: str) -> None:
    target = os.environ.get(env_var)
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(text)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repo", type=Path, default=Path("."))
    parser.add_argument("--paths", nargs="+", default=["content"])
    parser.add_argument("--remote", default="origin")
    parser.add_argument("--branch", default=os.environ.get("GITHUB_REF_NAME", "main"))
    parser.add_argument("--no-push", action="store_true", help="commit only (for a local dry run)")
    args = parser.parse_args(argv)
    try:
        sha = commit_new_content(args.repo, args.paths)
        if sha and not args.no_push:
            sha = push(args.repo, args.remote, args.branch)
    except CommitError as error:
        print(f"ci_commit_content: {error}", file=sys.stderr)
        return 1
    if sha is None:
        print("ci_commit_content: nothing new under " + ", ".join(args.paths))
        _append("GITHUB_OUTPUT", "pushed=false\n")
        _append("GITHUB_STEP_SUMMARY", "\nNo new content: nothing committed.\n")
        return 0
    pushed = "false" if args.no_push else "true"
    print(f"ci_commit_content: committed {sha}" + ("" if args.no_push else f" and pushed to {args.branch}"))
    _append("GITHUB_OUTPUT", f"pushed={pushed}\nsha={sha}\n")
    _append("GITHUB_STEP_SUMMARY", f"\nCommitted the new content as `{sha[:12]}` on `{args.branch}`.\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
