# The two commands of a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run test lint bench package clean help

help:  ## List the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

# The compiled label search is built by the install: a change to its C rebuilds it.
BUILT := pyproject.toml setup.py ompm_desktop/diagram/_spot_search.c

$(VENV)/.installed-app: $(BUILT)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(BUILT)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $(VENV)/.installed-app $@

$(VENV)/.installed-package: $(BUILT)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[package]'
	touch $(VENV)/.installed-app $@

run: $(VENV)/.installed-app  ## Set up and start the app (the first start asks: create your division or look around a demo)
	$(PY) main.py

test: $(VENV)/.installed-test  ## Set up and run the whole test suite, headless
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(VENV)/.installed-test  ## ruff and mypy
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

bench: $(VENV)/.installed-test package  ## Build the bundle, then measure speed on the large demo division
	$(PY) bench/run.py

package: $(VENV)/.installed-package  ## Build the one-folder bundle into dist/ and run its self-test
	PY=$(PY) packaging/build.sh

clean:  ## Remove the virtual environment and build output
	rm -rf $(VENV) build dist *.egg-info
