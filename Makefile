# Every target works on a fresh clone: the first one that needs Python creates .venv from the
# pinned lock (requirements/dev.lock); later runs reuse it until the lock or pyproject changes.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON_BOOT ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.bootstrapped
PORT ?= 8080
HOST ?= 127.0.0.1
MOCK_DB ?= .data/mock.sqlite3
URL ?=
AUTH ?= none
EXAMPLES ?= 200
SEED ?= 20261030
IDS ?=
CONTRACT_DB ?=
GENERATED_PACKAGES := pinpoint_client pinpoint_server pinpoint_validators pinpoint_admin_client pinpoint_admin_server pinpoint_admin_validators
DIST ?= dist
# The variables the help texts name, e.g. $(PORT): help prints their values.
HELP_VARS = $(sort $(shell grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | grep -oE '\$$\([A-Z_]+\)' | tr -d '$$()'))

.PHONY: help venv test lint format typecheck pytest regenerate check-generated drift serve seed contract bench dist screenshot clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) \
	  | sed $(foreach v,$(HELP_VARS),-e 's|$$($(v))|$($(v))|g') \
	  | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml requirements/dev.lock
	$(PYTHON_BOOT) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required"'
	$(PYTHON_BOOT) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/dev.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@# The generated packages are importable from their folders, so a regenerate is live at once.
	@site=$$($(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])'); \
	  for p in $(GENERATED_PACKAGES); do echo "$(CURDIR)/generated/$$p"; done > $$site/generated-packages.pth
	touch $@

venv: $(STAMP) ## create .venv from the pinned lock

test: $(STAMP) lint typecheck pytest ## lint, type-check and run the whole test suite

lint: $(STAMP) ## ruff check and format check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP) ## apply ruff fixes and formatting to hand-written code
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

typecheck: $(STAMP) ## mypy --strict on generator/, mockserver/ and generated/
	$(VENV)/bin/mypy
	@for p in $(GENERATED_PACKAGES); do \
	  if [ -d generated/$$p/$$p ]; then (cd generated/$$p && ../../$(VENV)/bin/mypy --strict $$p) || exit 1; fi; \
	done

pytest: $(STAMP) ## run pytest only
	$(PY) -m pytest $(PYTEST_ARGS)

regenerate: $(STAMP) ## regenerate generated/ from the spec
	$(PY) -m generator

check-generated: $(STAMP) ## fail when generated/ is stale
	$(PY) -m generator --check

drift: $(STAMP) ## print the spec vs. botocore model comparison
	$(PY) -m tests.spec.drift

serve: $(STAMP) ## run the mock server on $(HOST):$(PORT) with $(MOCK_DB), seeding demo data on first run
	$(PY) -m mockserver serve --host $(HOST) --port $(PORT) --db '$(MOCK_DB)'

seed: $(STAMP) ## add synthetic data: make seed ARGS="--apps 1 --campaigns 1 --activities 1000000"
	$(PY) -m mockserver seed --db '$(MOCK_DB)' $(ARGS)

contract: $(STAMP) ## fuzz a server against the spec: make contract [URL=...] [AUTH=none|sigv4] [EXAMPLES=N] [SEED=S] [IDS=app:campaign] [CONTRACT_DB=path|postgresql://...]
	$(PY) -m tests.contract.run --auth $(AUTH) --examples $(EXAMPLES) --seed $(SEED) $(if $(URL),--url $(URL)) $(if $(IDS),--ids $(IDS)) $(if $(CONTRACT_DB),--db $(CONTRACT_DB))

bench: $(STAMP) ## run all benchmarks and print ratios against their peers
	$(PY) -m bench

# Each package is built from a copy in a temporary folder, so no build/ or *.egg-info/ ever lands
# in the tree, least of all inside generated/; with the build backends of the lock (setuptools,
# pdm-backend), so a build needs no download.
dist: $(STAMP) ## build wheels of the mock (bundling the generated packages) and of each generated package into $(DIST)/
	@rm -rf $(DIST) && mkdir -p $(DIST)
	@work=$$(mktemp -d) && trap 'rm -rf "$$work"' EXIT && \
	  mkdir "$$work/root" && cp -R pyproject.toml README.md generator mockserver generated spec "$$work/root/" && \
	  for p in $(GENERATED_PACKAGES); do cp -R generated/$$p "$$work/$$p"; done && \
	  find "$$work" -name __pycache__ -prune -exec rm -rf {} + && \
	  for d in root $(GENERATED_PACKAGES); do \
	    $(PY) -m pip wheel --quiet --disable-pip-version-check --no-deps --no-build-isolation -w "$(abspath $(DIST))" "$$work/$$d" || exit 1; \
	  done
	@ls -1 $(DIST)

screenshot: $(STAMP) ## run the browser test of the page and copy its screenshot to docs/page.png (the README's)
	UPDATE_SCREENSHOT=1 $(PY) -m pytest -q -p no:cacheprovider tests/web/test_page_browser.py -k follows

clean: ## remove caches, reports, wheels and the mock database (keeps .venv)
	rm -rf .pytest_cache .mypy_cache .ruff_cache .hypothesis reports .data $(DIST)
