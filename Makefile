# sanderling — the two commands a new user needs:
#   make run    code the founding article, ingest the bundled corpus, show the shifts,
#               write an HTML report and start the dashboard (creates .venv on first use)
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

DB ?= sanderling.duckdb

run: $(STAMP)
	@if [ -f $(SEED) ]; then \
		echo "== the founding article ($(SEED))"; \
		$(BIN)/sanderling code $(SEED) --date 2025-04-03 --table; \
	fi
	@echo "== ingesting the bundled corpus (examples/corpus) into $(DB)"
	$(BIN)/sanderling ingest examples/corpus --db $(DB)
	@for actor in MLI BFA NER; do \
		echo "== shifts of $$actor"; \
		$(BIN)/sanderling shifts $$actor --db $(DB); \
	done
	$(BIN)/sanderling report MLI --db $(DB) --out mli-report.html
	@if $(BIN)/sanderling serve --help >/dev/null 2>&1; then \
		echo "== dashboard on http://127.0.0.1:8765 (Ctrl-C to stop)"; \
		$(BIN)/sanderling serve --db $(DB) --port 8765; \
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
