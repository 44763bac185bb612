# mra-desktop: `make run` to use the program, `make test` to check it.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test lint bench check-install bundle test-bundle translations screenshots system-deps clean

run: system-deps $(STAMP)
	$(BIN)/mra-desktop

test: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check mra_desktop tests
	$(BIN)/mypy

bench: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/benchmarks --benchmark-enable --benchmark-only

# A plain (non-editable) install into a fresh environment, used from another folder.
check-install:
	bash packaging/check-install.sh "$(PYTHON)"

bundle: system-deps $(STAMP)
	$(BIN)/python -m pip install -q 'pyinstaller>=6.5'
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/mra-desktop.spec

# Builds the frozen bundle in a temporary folder and runs it (the slow tests).
test-bundle: system-deps $(STAMP)
	$(BIN)/python -m pip install -q 'pyinstaller>=6.5'
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m slow tests/test_bundle.py

translations: $(STAMP)
	$(BIN)/python packaging/update_translations.py

screenshots: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/mra-desktop screenshots --out screenshots

system-deps:
	@bash packaging/install-system-deps.sh

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

clean:
	rm -rf build dist *.egg-info
