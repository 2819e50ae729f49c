# Two commands for a newcomer: `make run` and `make test`.  Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench examples screenshot clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) main.py examples/ARB-36A2-1.xml

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q
	$(PY) -m ruff check .
	$(PY) -m mypy

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m mypy

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

examples: $(STAMP)
	PYTHONPATH=. $(PY) examples/build_examples.py

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) main.py examples/ARB-36A2-1.xml --screenshot docs/images/window.png --zoom 100
	QT_QPA_PLATFORM=offscreen $(PY) main.py examples/ARB-36A2-1.xml --screenshot docs/images/window-zoom150.png --zoom 150
	QT_QPA_PLATFORM=offscreen $(PY) main.py ../shared/seed/ARB-36A2-1.txt --screenshot docs/images/window-problems.png --problem 5

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
