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
# Kalshi's AsyncAPI document, read from ../shared (never copied here). Without it, the
# drift gate regenerates the stream models from their committed prepared document.
ASYNCAPI ?= ../shared/kalshi-asyncapi/asyncapi-2.0.0.yaml
STREAM_PREPARED := generated/kalshi_stream_messages/_openapi.json
ASYNCAPI_INPUT = $(if $(wildcard $(ASYNCAPI)),$(ASYNCAPI),$(STREAM_PREPARED))

.PHONY: all venv demo generate generate-stream check-generated update-spec test lint bench bench-peers clean

all: test

venv: $(DEPS)

$(DEPS): pyproject.toml codegen/constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit("Python 3.10+ is required; run: make PYTHON=python3.11 ...") if sys.version_info < (3, 10) else None'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c codegen/constraints.txt -e '.[dev]'
	touch $@

# The python blocks of the README and docs/ against a local exchange with a throwaway key (or Kalshi's
# demo exchange when KALSHI_ENV=demo and credentials are set).
demo: $(DEPS)
	$(PY) -m codegen generate --spec openapi.yaml --out generated
	$(PY) -c 'import kalshi_trade_api, kalshi_auth; print("client regenerated and importable")'
	$(PY) -m tests.readme_walkthrough

generate: $(DEPS)
	$(PY) -m codegen generate --spec '$(SPEC)' --out '$(OUT)'

# The WebSocket message models (kalshi_stream_messages) from an AsyncAPI document.
generate-stream: $(DEPS)
	$(PY) -m codegen generate-stream --asyncapi '$(ASYNCAPI)' --out '$(OUT)'

# The drift gate: regenerating must reproduce exactly what is committed.
check-generated: $(DEPS)
	$(PY) -m codegen generate --spec openapi.yaml --out generated
	$(PY) -m codegen generate-stream --asyncapi '$(ASYNCAPI_INPUT)' --out generated
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
	$(BIN)/ruff check codegen auth_plugin stream exchange tests
	$(BIN)/ruff format --check codegen auth_plugin stream exchange tests
	$(BIN)/mypy --strict codegen auth_plugin/kalshi_auth stream/kalshi_stream exchange/kalshi_exchange tests
	cd generated && ../$(BIN)/mypy --strict kalshi_trade_api kalshi_stream_messages

bench: $(DEPS)
	$(PY) -m tests.bench

# Side by side with the other Python SDKs for Kalshi; not part of CI or `make test`. Installs each
# pinned peer (tests/peers/pins.py) into its own Python 3.13 venv under .bench-peers/ (the network
# is used only by pip), serves the same bytes on 127.0.0.1 (HTTP, and WebSocket frames from the local
# exchange and a loopback blaster), prints the table and writes .bench-peers/results.md.
# BENCH_PEERS_ROUNDS=N sets the rounds (default 5).
bench-peers: $(DEPS)
	$(PY) -m tests.peers.run

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
