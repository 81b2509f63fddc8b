# Every target bootstraps what it needs: a venv with the pinned toolchain.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
DEPS := $(VENV)/.deps-installed
SPEC ?= openapi.yaml
OUT ?= generated
SPEC_URL ?= https://docs.kalshi.com/openapi.yaml
SPEC_FILE ?=
PYTEST_ARGS ?=

.PHONY: all venv demo generate check-generated update-spec test lint bench clean

all: test

venv: $(DEPS)

$(DEPS): pyproject.toml codegen/constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit("Python 3.10+ is required; run: make PYTHON=python3.11 ...") if sys.version_info < (3, 10) else None'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c codegen/constraints.txt -e '.[dev]'
	touch $@

# The README's walkthrough against a local exchange with a throwaway key (or Kalshi's
# demo exchange when KALSHI_ENV=demo and credentials are set).
demo: $(DEPS)
	$(PY) -m codegen generate --spec openapi.yaml --out generated
	$(PY) -c 'import kalshi_trade_api, kalshi_auth; print("client regenerated and importable")'
	$(PY) -m tests.readme_walkthrough

generate: $(DEPS)
	$(PY) -m codegen generate --spec '$(SPEC)' --out '$(OUT)'

# The drift gate: regenerating must reproduce exactly what is committed.
check-generated: $(DEPS)
	$(PY) -m codegen generate --spec openapi.yaml --out generated
	@if [ -n "$$(git status --porcelain --untracked-files=all -- generated)" ]; then \
		echo "generated/ differs from what is committed:"; git status --short --untracked-files=all -- generated; \
		git --no-pager diff --stat -- generated; \
		echo "Run 'make generate' and commit generated/ (never edit it by hand)."; exit 1; \
	fi
	@echo "generated/ is current"

update-spec: $(DEPS)
	$(PY) -m codegen update-spec $(if $(SPEC_FILE),--file '$(SPEC_FILE)',--url '$(SPEC_URL)') --test-command '$(MAKE) test'

test: $(DEPS)
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(DEPS)
	$(BIN)/ruff check codegen auth_plugin tests
	$(BIN)/ruff format --check codegen auth_plugin tests
	$(BIN)/mypy --strict codegen auth_plugin/kalshi_auth tests
	cd generated && ../$(BIN)/mypy --strict kalshi_trade_api

bench: $(DEPS)
	$(PY) -m tests.bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
