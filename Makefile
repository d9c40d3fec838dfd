# The README's commands. Each creates .venv on first use and installs the project into it.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help

help: ## list the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11 or newer is needed (PYTHON=...)")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP) ## create .venv and install the project (done by the other commands on first use)

figures: $(STAMP) ## run every notebook for every article in seeds/, figures into figures/
	$(PY) -m analysis run

test: $(STAMP) ## lint (ruff) and run the tests, notebooks included (nbval)
	$(PY) -m ruff check analysis tests benchmarks
	$(PY) -m pytest

# Jupyter refuses to start as root without --allow-root; LAB_ARGS adds your own flags, e.g.
# make lab LAB_ARGS="--no-browser --port 8890"
LAB_ARGS ?=
LAB_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root)

lab: $(STAMP) ## open JupyterLab on notebooks/ with the project's environment (LAB_ARGS: more flags)
	$(PY) -m jupyter lab notebooks $(LAB_ROOT) $(LAB_ARGS)

bench: $(STAMP) ## run the speed benchmarks (slow; prints figures)
	$(PY) benchmarks/bench_runner.py
	$(PY) benchmarks/bench_quotes.py
	$(PY) benchmarks/bench_language.py --corpora ../shared/corpora
	$(PY) benchmarks/bench_targets.py
	$(PY) benchmarks/bench_scaling.py
	$(PY) benchmarks/bench_hostile.py --corpus
	$(PY) benchmarks/bench_corpus.py --workers 1,2

clean: ## remove build artefacts (executed notebooks), keep figures
	rm -rf build figures/.staging figures/.trash

.PHONY: help install figures test lab bench clean
