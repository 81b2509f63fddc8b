# Every target bootstraps what it needs: a venv with the pinned toolchain.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
DEPS := $(VENV)/.deps-installed
# Products (products.yaml): PRODUCT=trade|trade-stream|perps|perps-stream|scm|all.
# generate and check-generated default to all; update-spec to trade; SPEC= (one document) to trade.
PRODUCT ?=
SPEC ?=
OUT ?= generated
SPEC_URL ?=
SPEC_FILE ?=
PYTEST_ARGS ?=
# make test runs the suite on every core (pytest-xdist; TEST_WORKERS=0 runs it in one process). By file, so a
# module's fixtures (a generated client, a server) are built once.
TEST_WORKERS ?= auto
# The Trade stream's AsyncAPI document is read from ../shared (never copied here); without it, the
# drift gate regenerates the stream models from their committed prepared document (products.yaml).
ASYNCAPI ?= ../shared/kalshi-asyncapi/asyncapi-2.0.0.yaml

.PHONY: all venv demo generate generate-stream check-generated update-spec spec-diff products vendor test lint bench bench-peers soak clean

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

# Every product's package from its document (PRODUCT=name for one; SPEC=path OUT=dir: any document).
generate: $(DEPS)
	$(PY) -m codegen generate $(if $(PRODUCT),--product '$(PRODUCT)') $(if $(SPEC),--spec '$(SPEC)') --out '$(OUT)'

# The Trade stream's message models (kalshi_stream_messages) from an AsyncAPI document.
generate-stream: $(DEPS)
	$(PY) -m codegen generate-stream --asyncapi '$(ASYNCAPI)' --out '$(OUT)'

# The drift gate: regenerating must reproduce exactly what is committed, for every package.
check-generated: $(DEPS)
	$(PY) -m codegen check-generated --product '$(or $(PRODUCT),all)'

# Adopt a product's newer document (default trade: fetched from its upstream_url, or SPEC_FILE=path).
update-spec: $(DEPS)
	$(PY) -m codegen update-spec --product '$(or $(PRODUCT),trade)' $(if $(SPEC_FILE),--file '$(SPEC_FILE)',$(if $(SPEC_URL),--url '$(SPEC_URL)')) --test-command '$(MAKE) test'
	@# The distribution version carries the API version (0.1.0+api3.31.0): refresh what `pip show` says.
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .

# Copy the runtime packages (every product's generated package, kalshi_auth, kalshi_errors, kalshi_stream)
# into your project: make vendor DEST=path/to/your/project (see codegen/vendor.py).
vendor: $(DEPS)
	@test -n '$(DEST)' || { echo "usage: make vendor DEST=path/to/your/project"; exit 2; }
	$(PY) -m codegen.vendor '$(DEST)'

# What a newer document changes against the vendored one: make spec-diff PRODUCT=perps SPEC_FILE=new.yaml
spec-diff: $(DEPS)
	$(PY) -m codegen diff --product '$(or $(PRODUCT),trade)' '$(SPEC_FILE)'

products: $(DEPS)
	$(PY) -m codegen products

test: $(DEPS)
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

lint: $(DEPS)
	$(BIN)/ruff check codegen auth_plugin stream exchange tests
	$(BIN)/ruff format --check codegen auth_plugin stream exchange tests
	$(BIN)/mypy --strict codegen auth_plugin/kalshi_auth auth_plugin/kalshi_errors stream/kalshi_stream exchange/kalshi_exchange tests
	cd generated && ../$(BIN)/mypy --strict $$(cd .. && $(PY) -m codegen products --packages)

bench: $(DEPS)
	$(PY) -m tests.bench

# Side by side with the other Python SDKs for Kalshi; not part of CI or `make test`. Installs each
# pinned peer (tests/peers/pins.py) into its own Python 3.13 venv under .bench-peers/ (the network
# is used only by pip), serves the same bytes on 127.0.0.1 (HTTP, and WebSocket frames from the local
# exchange and a loopback blaster), prints the table and writes .bench-peers/results.md.
# BENCH_PEERS_ROUNDS=N sets the rounds (default 5).
bench-peers: $(DEPS)
	$(PY) -m tests.peers.run

# Long soaks, not part of CI or `make test` (each has a short version there). Every module in SOAKS
# runs for SOAK_SECONDS (default 10 minutes), prints its counts and exits non-zero on any problem;
# add a soak by adding its module: make soak SOAKS="tests.soak_stream" SOAK_SECONDS=60.
# tests.soak_exactly_once: a bot and the SDK's own retries placing orders under every fault (bounded
# in intents too); tests.soak_stream: streamed books for many markets under every stream fault;
# tests.soak_perps_stream: the same for the Perps stream (its books drawn: no Perps engine).
SOAK_SECONDS ?= 600
SOAKS ?= tests.soak_exactly_once tests.soak_stream tests.soak_perps_stream
soak: $(DEPS)
	@set -e; for soak in $(SOAKS); do \
		echo "== $$soak ($(SOAK_SECONDS)s)"; $(PY) -m $$soak --seconds $(SOAK_SECONDS); \
	done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
