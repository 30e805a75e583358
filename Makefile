# Referat — all set-up on a fresh machine is `make run` or `make test`.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)
HOST ?= 127.0.0.1
PORT ?= 8000
export HF_HUB_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False
# pip asks PyPI for its own newest version on every call otherwise.
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: install index run serve test test-quick lint bench bench-quick browser clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# torch first, pinned: anything that depends on it would otherwise pull a CUDA build.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

index: install
	$(BIN)/referat index corpus/

run: index
	$(BIN)/referat serve --host $(HOST) --port $(PORT)

serve: install
	$(BIN)/referat serve --host $(HOST) --port $(PORT)

# The browser test drives Debian's chromium; install it when missing (we may be root).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "warning: could not install chromium; the browser test will be skipped"; \
	  else echo "warning: chromium missing and not root; the browser test will be skipped"; fi; }

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# The packages (pip) and chromium (apt) are installed side by side: neither needs the other.
# mypy (about a minute on a fresh clone, one core) checks beside pytest; both must pass, and
# mypy's report follows pytest's. pytest runs on every core (pytest-xdist, TEST_WORKERS), a
# module's tests together (--dist loadscope: a module's small index is built once): the
# suite had grown past ten minutes on one core of two.
TEST_WORKERS ?= $(shell nproc 2>/dev/null || echo 2)
test:
	@$(MAKE) --no-print-directory -j2 install browser
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	@echo "$(BIN)/mypy & $(BIN)/pytest -q -m \"not slow\" --timeout 600 -n $(TEST_WORKERS) --dist loadscope"
	@$(BIN)/mypy > $(VENV)/mypy.log 2>&1 & mypy=$$!; \
	  $(BIN)/pytest -q -m "not slow" --timeout 600 -n $(TEST_WORKERS) --dist loadscope; tests=$$?; \
	  wait $$mypy; typed=$$?; cat $(VENV)/mypy.log; \
	  exit $$(( tests != 0 ? tests : typed ))

# The unit tier: no model load, no server, no browser (tests/conftest.py HEAVY_FIXTURES).
test-quick: install
	$(BIN)/pytest -q -m "not integration and not slow and not browser and not sweep and not gold" --timeout 60

bench: install
	$(BIN)/python benchmarks/run.py

bench-quick: install
	$(BIN)/python benchmarks/run.py --quick

clean:
	rm -rf data .pytest_cache .mypy_cache .ruff_cache
