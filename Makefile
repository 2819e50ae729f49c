# Two commands for a newcomer: `make run` and `make test`.  Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

# The interface translations: Qt Linguist sources (committed) compiled to .qm (built, not committed).
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)
UI_SOURCES := editor/app.py $(wildcard editor/gui/*.py editor/gui/document_view/*.py)

.PHONY: run test lint bench examples screenshot clean translations update-translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After changing the window's texts: add the new strings to every .ts (then translate them, e.g. in pyside6-linguist).
update-translations: $(STAMP)
	for ts in $(TS); do $(VENV)/bin/pyside6-lupdate -locations none -no-obsolete $(UI_SOURCES) -ts $$ts; done

run: $(STAMP) $(QM)
	$(PY) main.py examples/ARB-36A2-1.xml

test: $(STAMP) $(QM)
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

screenshot: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) main.py examples/ARB-36A2-1.xml --screenshot docs/images/window.png --zoom 100 --ui-language en
	QT_QPA_PLATFORM=offscreen $(PY) main.py examples/ARB-36A2-1.xml --screenshot docs/images/window-zoom150.png --zoom 150 --ui-language en
	QT_QPA_PLATFORM=offscreen $(PY) main.py ../shared/seed/ARB-36A2-1.txt --screenshot docs/images/window-problems.png --problem 5 --ui-language en
	QT_QPA_PLATFORM=offscreen $(PY) main.py examples/ARB-36A2-1.xml --screenshot docs/images/window-review.png --zoom 100 --ui-language en \
		--comment 2 --type " (see teh report)"

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache $(QM)
