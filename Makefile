# sitrep: `make demo` sets up and runs the main job; `make test` sets up and runs the checks.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
export SITREP_HOME ?= $(CURDIR)/.sitrep

.PHONY: install demo test lint typecheck unit bench eval clean

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	$(BIN)/python -c "from sitrep.gazetteer import Gazetteer; Gazetteer.open()"
	touch $(STAMP)

demo: install
	$(BIN)/sitrep ingest examples/ --db sqlite:///$(SITREP_HOME)/demo.db
	$(BIN)/sitrep events --db sqlite:///$(SITREP_HOME)/demo.db

lint: install
	$(BIN)/ruff check src tests bench

typecheck: install
	$(BIN)/mypy

unit: install
	$(BIN)/pytest -q

test: lint typecheck unit

bench: install
	$(BIN)/python bench/throughput.py

eval: install
	$(BIN)/python bench/eval_places.py
	$(BIN)/python bench/eval_events.py
	$(BIN)/python bench/eval_quotes.py
	$(BIN)/python bench/eval_counts.py
	$(BIN)/python bench/eval_team_articles.py

clean:
	rm -rf $(VENV) .sitrep .mypy_cache .pytest_cache .ruff_cache
