# Two commands set everything up on a fresh machine with Python 3.11+:
#   make run    install, then run the whole job on the seed article
#   make test   install, then run the test suite
# Installs come from uv.lock (every package pinned, hashes included) through a pinned uv.
#   make lock        re-resolve uv.lock after editing pyproject.toml
#   make upgrade     move every pin to the newest release that pyproject.toml allows
#   make lock-check  fail when uv.lock and pyproject.toml disagree (CI runs it)
PYTHON     ?= python3
VENV       ?= .venv
DATA       ?= data
UI_HOST    ?= 127.0.0.1
UI_PORT    ?= 3000
UV_VERSION  = 0.13.8
# `make test`: the suite on TEST_WORKERS xdist workers, then tests/conftest.py's SERIAL files (memory
# measures) alone
TEST_WORKERS ?= 2
TOOLS       = .tools
UV          = $(TOOLS)/bin/uv
BIN         = $(VENV)/bin
# uv never downloads an interpreter (the machine's python3 is used) and trusts the system's CA store
export UV_PYTHON_DOWNLOADS = never
export UV_SYSTEM_CERTS = 1
export UV_PROJECT_ENVIRONMENT = $(VENV)
# the install writes every package's bytecode (.pyc) once: where PYTHONDONTWRITEBYTECODE is set,
# as on CI's machine, every process (each `unrest run`, each test subprocess) would otherwise
# recompile Dagster, GX, spaCy... from source, about 10 s of CPU per process
export UV_COMPILE_BYTECODE = 1

.PHONY: install run test ui lock upgrade lock-check clean

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet uv==$(UV_VERSION)

$(BIN)/.installed: pyproject.toml uv.lock | $(UV)
	$(UV) sync --locked --extra dev --python $(PYTHON) --quiet
	touch $@

install: $(BIN)/.installed

run: install
	$(BIN)/unrest run --data $(DATA)

test: install
	@status=0; \
	$(BIN)/pytest -q -n $(TEST_WORKERS) -m "not serial" || status=$$?; \
	$(BIN)/pytest -q -m serial $$($(BIN)/python -c "from tests.conftest import SERIAL; print(*sorted(SERIAL))") || status=$$?; \
	exit $$status

ui: install
	$(BIN)/unrest ui --data $(DATA) --host $(UI_HOST) --port $(UI_PORT)

lock: | $(UV)
	$(UV) lock --python $(PYTHON)

upgrade: | $(UV)
	$(UV) lock --upgrade --python $(PYTHON)

lock-check: | $(UV)
	$(UV) lock --check --python $(PYTHON)

clean:
	rm -rf $(DATA)/lake $(DATA)/state $(DATA)/dagster $(DATA)/warehouse $(DATA)/reports $(DATA)/docs
