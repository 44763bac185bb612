# mra-desktop: `make run` to use the program, `make test` to check it.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml packaging/constraints.txt | cksum | cut -d' ' -f1)
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' mra_desktop/__init__.py)
# every pip install (build environments included) takes the tested versions
export PIP_CONSTRAINT := $(CURDIR)/packaging/constraints.txt

.PHONY: run test lint bench check-install bundle test-bundle package check-package installer-script translations screenshots system-deps packaging-deps clean

run: system-deps $(STAMP)
	$(BIN)/mra-desktop

# The tests of MRA's side run on SQLite and on a throw-away PostgreSQL cluster, which
# tests/with-postgres.sh starts beside pytest and always stops.
test: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen bash tests/with-postgres.sh $(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check mra_desktop tests
	$(BIN)/mypy

bench: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen bash tests/with-postgres.sh $(BIN)/python -m pytest -q tests/benchmarks --benchmark-enable --benchmark-only

# A plain (non-editable) install into a fresh environment, used from another folder.
check-install:
	bash packaging/check-install.sh "$(PYTHON)"

bundle: system-deps $(STAMP)
	$(BIN)/python -m pip install -q -e '.[bundle]'
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/mra-desktop.spec

# The Debian/Ubuntu package dist/mra-desktop_VERSION_amd64.deb, from the one-folder bundle.
package: bundle packaging-deps
	bash packaging/linux/build-deb.sh dist/mra-desktop "$(VERSION)" dist

# Installs the package on this machine, uses it as an ordinary user, validates it, removes it.
check-package: packaging-deps
	bash packaging/linux/check-deb.sh dist/mra-desktop_$(VERSION)_amd64.deb

# Compiles the Windows installer script against a stub bundle, so that it cannot rot.
installer-script: packaging-deps $(STAMP)
	bash packaging/windows/check-installer.sh "$(VERSION)"

# Builds the frozen bundle in a temporary folder and runs it (the slow tests);
# `make test-bundle BUNDLE=dist/mra-desktop` tests an existing build instead.
test-bundle: system-deps $(STAMP)
	$(BIN)/python -m pip install -q -e '.[bundle]'
	MRA_DESKTOP_BUNDLE="$(BUNDLE)" QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m slow tests/test_bundle.py

translations: $(STAMP)
	$(BIN)/python packaging/update_translations.py

screenshots: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/mra-desktop screenshots --out screenshots

system-deps:
	@bash packaging/install-system-deps.sh

packaging-deps:
	@bash packaging/install-system-deps.sh packaging/debian-build-packages.txt

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

clean:
	rm -rf build dist *.egg-info
