# The two commands that matter: `make run` and `make test` (both set up everything first).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
FRONTEND_STAMP := frontend/node_modules/.installed
PAGE := sebulba/web/static/index.html
FRONTEND_SOURCES := $(shell find frontend/src -type f) frontend/index.html frontend/vite.config.ts

.PHONY: setup run test lint format bench bot e2e chromium

setup: $(STAMP) $(PAGE)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,gym]'
	touch $(STAMP)

$(FRONTEND_STAMP): frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	touch $(FRONTEND_STAMP)

$(PAGE): $(FRONTEND_STAMP) $(FRONTEND_SOURCES)
	cd frontend && npm run build

# Training with the control room on the embedded default config (cpu preset here, gpu with CUDA).
run: setup
	$(BIN)/sebulba serve

lint: $(STAMP) $(FRONTEND_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	cd frontend && npx eslint . && npx tsc --noEmit

# Debian's Chromium drives the end-to-end test (skipped with a message where it cannot be installed).
chromium:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium) \
		|| echo "chromium could not be installed: the end-to-end test will be skipped"

e2e: setup chromium
	cd frontend && npm run e2e

test: setup lint chromium
	$(BIN)/python -m pytest
	cd frontend && npx vitest run
	cd frontend && npm run e2e

bench: setup
	$(BIN)/python bench/reference_engine.py
	$(BIN)/python bench/sim_throughput.py
	$(BIN)/python bench/bot_speed.py
	$(BIN)/python bench/search_speed.py
	$(BIN)/python bench/forward_cost.py
	cd frontend && npm run bench

bot: setup
	$(BIN)/sebulba export sebulba/pretrained/sebulba_actor.pt -o dist/sebulba_bot.py

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .
