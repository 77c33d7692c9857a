# sanderling — the two commands a new user needs:
#   make run    code the founding article / bundled corpus (creates .venv on first use)
#   make test   lint, type-check and run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest clean

$(STAMP): requirements.lock requirements-dev.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock -r requirements-dev.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

SEED := ../shared/seed/sahel-moscow-visit.txt

run: $(STAMP)
	@if [ -f $(SEED) ]; then \
		echo "== the founding article ($(SEED))"; \
		$(BIN)/sanderling code $(SEED) --date 2025-04-03 --table; \
	fi
	@if [ -d examples/corpus ] && ls examples/corpus/*.jsonl >/dev/null 2>&1; then \
		echo "== the bundled corpus (examples/corpus)"; \
		$(BIN)/sanderling code examples/corpus --jsonl > corpus-events.jsonl && \
		echo "wrote $$(wc -l < corpus-events.jsonl) events to corpus-events.jsonl"; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/ruff format --check src tests benchmarks tools

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest

test: lint typecheck pytest

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
