# EJRC Helpdesk CMS. `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
PG_URL ?= postgres://postgres@127.0.0.1:5432/ejrc_ci
PYTEST_ARGS ?=

.DEFAULT_GOAL := help

.PHONY: help
help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-16s\033[0m %s\n", $$1, $$2}'

# Production installs requirements.lock only; tests and tools come from requirements-dev.lock.
$(VENV)/.installed: requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --disable-pip-version-check -r requirements.lock
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.lock
	$(PIP) install --quiet --disable-pip-version-check -r requirements-dev.lock
	touch $@

.PHONY: install
install: $(VENV)/.installed ## Create the virtual environment with the pinned runtime dependencies

.PHONY: install-dev
install-dev: $(VENV)/.installed-dev ## Add the pinned test and development tools

CHROMIUM ?= /usr/bin/chromium

# Browser tests drive Debian's Chromium (Playwright cannot download its own browser here) and run
# the axe-core accessibility checker from npm. Missing pieces are installed, or the target fails.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

.PHONY: browser-deps
browser-deps: node_modules/.installed ## Install Chromium, Japanese fonts and axe-core for the browser tests
	@if [ ! -x $(CHROMIUM) ]; then \
		echo "Installing Chromium and Japanese fonts with apt-get (needs root)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	fi
	@test -x $(CHROMIUM) || { echo "Chromium is missing at $(CHROMIUM): the browser tests cannot run"; exit 1; }

.PHONY: run
run: install ## Migrate, load the demo content, create an admin and serve on http://127.0.0.1:8000
	$(PY) manage.py migrate --no-input
	$(PY) manage.py load_demo_content
	$(PY) manage.py ensure_admin
	$(PY) manage.py runserver $(HOST):$(PORT)

.PHONY: worker
worker: install ## Run the task worker that delivers webhooks (alongside `make run` or `make serve`)
	$(PY) manage.py db_worker --backend webhooks --queue-name webhooks

PROD := DJANGO_SETTINGS_MODULE=cms.settings.production

.PHONY: release
release: install ## Production, once per deploy: apply the migrations
	$(PROD) $(PY) manage.py migrate --no-input

.PHONY: serve
serve: install ## Production: collect the static files and serve with gunicorn (see docs/deployment.md)
	$(PROD) $(PY) manage.py collectstatic --no-input -v 0
	$(PROD) $(VENV)/bin/gunicorn -c cms/gunicorn.conf.py cms.wsgi

BACKUP_TO ?= backups
.PHONY: backup
backup: install ## Dump the database and copy the media to BACKUP_TO (a directory or s3://bucket/prefix)
	$(PY) manage.py backup "$(BACKUP_TO)"

.PHONY: restore
restore: install ## Restore the database and the media from BACKUP_FROM (a backup made by `make backup`)
	@test -n "$(BACKUP_FROM)" || { echo "Set BACKUP_FROM to a backup, e.g. backups/20261122-101500"; exit 1; }
	$(PY) manage.py restore "$(BACKUP_FROM)"

.PHONY: test
test: install-dev browser-deps ## Run the whole test suite (SQLite, or the database in DATABASE_URL)
	$(VENV)/bin/pytest -n 2 $(PYTEST_ARGS)

.PHONY: test-postgres
test-postgres: install-dev browser-deps ## Run the test suite against the local PostgreSQL
	DATABASE_URL=$(PG_URL) $(VENV)/bin/pytest -n 2 $(PYTEST_ARGS)

.PHONY: fuzz
fuzz: install-dev ## Send 1,000 generated GraphQL queries to a live server: no 5xx, none over 2 s
	$(VENV)/bin/pytest -p no:xdist -m fuzz -s tests/graphql_api/test_fuzz.py $(PYTEST_ARGS)

.PHONY: lighthouse
lighthouse: install-dev browser-deps ## Lighthouse on a phone: home, list and detail pages in both languages
	$(VENV)/bin/pytest -p no:xdist -m lighthouse -s tests/browser/test_lighthouse.py $(PYTEST_ARGS)

.PHONY: test-deploy
test-deploy: install-dev ## Two gunicorn servers on PostgreSQL, Redis and a local S3: the deployment tests
	EJRC_DEPLOYMENT_TESTS=1 $(VENV)/bin/pytest -p no:xdist tests/deployment $(PYTEST_ARGS)

.PHONY: bench-deps
bench-deps: ## Install wrk, the HTTP load generator of the benchmark
	@command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
	@command -v wrk >/dev/null || { echo "wrk is missing: the HTTP benchmark cannot run"; exit 1; }

BENCH_ARGS ?=
.PHONY: bench
bench: install-dev bench-deps ## Seed PostgreSQL databases, measure the read path, write docs/benchmarks.md
	$(VENV)/bin/python -m benchmarks $(BENCH_ARGS)

READ ?= news x100
.PHONY: bench-search
bench-search: install-dev ## Time the site's search beside PostgreSQL's plain full-text search, write docs/search-benchmark.md
	$(VENV)/bin/python -m benchmarks.search $(BENCH_ARGS)

.PHONY: bench-profile
bench-profile: install-dev ## Profile one read (READ="news x100") on the database the last `make bench` seeded
	$(VENV)/bin/python -m benchmarks --profile "$(READ)" $(BENCH_ARGS)

JAPANMAP_VERSION := 0.6.0

.PHONY: partnership-map
partnership-map: install-dev browser-deps ## Rebuild the partnership map's outlines from world-atlas and japanmap
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(PIP) download --quiet --disable-pip-version-check --no-deps --dest "$$tmp" japanmap==$(JAPANMAP_VERSION) && \
	$(PY) manage.py build_partnership_map "$$tmp"/japanmap-$(JAPANMAP_VERSION)-*.whl

.PHONY: web-font
web-font: install-dev browser-deps ## Copy the web font (Noto Sans JP) from node_modules into cms/static
	$(PY) manage.py build_web_font

.PHONY: screenshots
screenshots: install-dev browser-deps ## Capture docs/screenshots/ from the demo site (a scratch database)
	rm -f /tmp/ejrc-screenshots.sqlite3
	DATABASE_URL=sqlite:////tmp/ejrc-screenshots.sqlite3 $(PY) manage.py migrate --no-input -v 0
	DATABASE_URL=sqlite:////tmp/ejrc-screenshots.sqlite3 $(PY) manage.py load_demo_content -v 0
	DATABASE_URL=sqlite:////tmp/ejrc-screenshots.sqlite3 $(PY) manage.py runserver 127.0.0.1:8765 --noreload & \
		server=$$!; sleep 5; \
		DATABASE_URL=sqlite:////tmp/ejrc-screenshots.sqlite3 DJANGO_SETTINGS_MODULE=cms.settings.dev $(PY) -m tests.browser.capture_screenshots http://127.0.0.1:8765 docs/screenshots; \
		status=$$?; kill $$server; exit $$status

.PHONY: lint
lint: install-dev ## Check style with ruff and the import contracts in pyproject.toml
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

.PHONY: format
format: install-dev ## Format and fix what ruff can
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

.PHONY: checks
checks: install ## Django system checks, deploy checks and the missing-migrations check
	$(PY) manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=cms.settings.production SECRET_KEY=check-deploy-$$RANDOM$$RANDOM$$RANDOM-not-a-real-secret-key-0123456789 \
		ALLOWED_HOSTS=helpdesk.example.org $(PY) manage.py check --deploy --fail-level WARNING
	$(PY) manage.py makemigrations --check --dry-run

.PHONY: messages
messages: install ## Extract and compile the UI translations (needs gettext)
	$(PY) manage.py makemessages -l ja -l en --ignore=.venv --ignore=static --ignore=node_modules
	$(PY) manage.py compilemessages --ignore=.venv

.PHONY: clean
clean: ## Remove the virtual environment, the SQLite database and caches
	rm -rf $(VENV) node_modules db.sqlite3 .pytest_cache .ruff_cache static

.PHONY: schema
schema: install ## Regenerate the committed GraphQL SDL (graphql_api/schema.graphql)
	$(PY) manage.py export_schema graphql_api.schema --path graphql_api/schema.graphql
