# Two commands matter: `make run` and `make test`. Both create .venv if needed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := resources/translations/carnet_fr.ts resources/translations/carnet_en.ts
QM := $(TS:.ts=.qm)
export QT_QPA_PLATFORM ?=

.PHONY: run test lint unit translations ts screenshots screenshots-check bench dist clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): $(PY) pyproject.toml
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

translations: $(STAMP) $(QM)

# Developers: refresh the .ts catalogues from the sources, then translate.
ts: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find app -name '*.py' | sort) -ts $(TS) -no-obsolete

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

run: $(STAMP) translations
	$(PY) -m app

lint: $(STAMP)
	$(VENV)/bin/ruff check app tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

# Two workers (the machine has two cores); the reliability trials stay together
# in one of them (xdist_group, see tests/conftest.py) while the other runs the rest.
JOBS ?= 2
unit: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n $(JOBS) --dist loadgroup --durations=10

test: lint unit

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m app.ui.shell.screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) -m app.ui.shell.screenshots docs/screenshots/dark \
		--dark --languages fr --suffix _dark

# Every screen at 1366×768 and 1920×1080, default and 150 % text, light and dark,
# into $(CHECK_DIR); fails on any title, label or button cut (a few minutes).
CHECK_DIR ?= build/screenshots-check
screenshots-check: $(STAMP) translations
	for size in 1366x768 1920x1080; do for scale in 1 1.5; do for dark in "" --dark; do \
		QT_QPA_PLATFORM=offscreen $(PY) -m app.ui.shell.screenshots $(CHECK_DIR) --strict \
			--size $$size --text-scale $$scale $$dark --suffix _$${size}_$${scale}$${dark:+_dark} \
			|| exit 1; \
	done; done; done

bench: $(STAMP)
	$(PY) -m bench --persons 5000 --notes 100000 --json bench/results/latest.json

dist: $(STAMP) translations
	$(PY) -m pip install --quiet 'pyinstaller>=6.0'
	$(VENV)/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build packaging/carnet.spec
	QT_QPA_PLATFORM=offscreen dist/carnet/carnet --self-test

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
