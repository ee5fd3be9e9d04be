# Two commands set everything up on a fresh machine with Python 3.11+:
#   make run    install, then run the whole job on the seed article
#   make test   install, then run the test suite
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
DATA   ?= data

.PHONY: install run test ui clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(BIN)/.installed

run: install
	$(BIN)/unrest run --data $(DATA)

test: install
	$(BIN)/pytest -q

ui: install
	$(BIN)/unrest ui --data $(DATA)

clean:
	rm -rf $(DATA)/lake $(DATA)/state $(DATA)/dagster $(DATA)/warehouse.duckdb $(DATA)/reports $(DATA)/docs
