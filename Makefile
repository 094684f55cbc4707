# Ambitieweb — `make run` starts the program, `make test` runs every check. Both set up .venv first.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Debian/Ubuntu packages: what Qt needs on a slim machine, the PDF checkers the tests use, and
# binutils (objdump, strip) for the desktop build. The real-key tests (tests/xserver) run the window
# on an X server: Xvfb, xdotool (key presses through XTEST), setxkbmap (x11-xkb-utils, US and German
# layouts) and the libraries of Qt's xcb plugin (`ldd .../platforms/libqxcb.so | grep 'not found'`);
# the screen-reader test reads the AT-SPI bus (at-spi2-core, python3-pyatspi, dbus-run-session).
# PostgreSQL: the tests start a throwaway server with its initdb/pg_ctl (the store, CLI and GUI tests
# run against it as well as against SQLite).
DEBIAN_PACKAGES := libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 \
                   poppler-utils qpdf binutils postgresql \
                   xvfb xdotool x11-xkb-utils xkb-data libx11-xcb1 libxkbcommon-x11-0 \
                   libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
                   libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 \
                   dbus at-spi2-core python3-pyatspi

.PHONY: mutation mutation-gui run test lint typecheck forms translations schema catalogue-report bench crash app bench-app system-deps clean constraints

# Every install takes its versions from constraints.txt, so a new release of a dependency or a checker
# changes nothing until `make constraints` is run and the result committed.
PIP_INSTALL := $(BIN)/python -m pip install --quiet -c constraints.txt

$(VENV)/.run: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(PIP_INSTALL) -e .
	touch $@

$(VENV)/.test: pyproject.toml constraints.txt $(VENV)/.run
	$(PIP_INSTALL) -e '.[test,dev,build,postgres]'
	touch $@

$(VENV)/.build: pyproject.toml constraints.txt $(VENV)/.run
	$(PIP_INSTALL) -e '.[build]'
	touch $@

# Pin the toolchain: resolve pyproject.toml's ranges afresh in a throwaway venv (all extras) and write
# the exact versions to constraints.txt. Run it on purpose (to take new releases), then commit.
CONSTRAINTS_VENV := build/constraints-venv
constraints:
	rm -rf $(CONSTRAINTS_VENV)
	$(PYTHON) -m venv $(CONSTRAINTS_VENV)
	$(CONSTRAINTS_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(CONSTRAINTS_VENV)/bin/python -m pip install --quiet '.[test,dev,build,postgres]'
	{ echo "# Exact versions for every install (make constraints; Python $$($(CONSTRAINTS_VENV)/bin/python -c 'import platform; print(platform.python_version())'))."; \
	  $(CONSTRAINTS_VENV)/bin/python -m pip freeze --all --exclude-editable \
	    | grep -v -i -E '^(ambitieweb|pip|setuptools|wheel)(==| @)'; } > constraints.txt.tmp
	mv constraints.txt.tmp constraints.txt
	rm -rf $(CONSTRAINTS_VENV)

run: $(VENV)/.run
	$(BIN)/ambitieweb

# pytest starts a throwaway PostgreSQL cluster (own data folder, a free port on 127.0.0.1) when the
# server is installed, runs the store, CLI and GUI tests against it too, and stops it; without it
# those runs are skipped with the reason. Slow tests (crash harness, fuzz, the desktop build) run too.
# Branch coverage may not drop below the floor: 94.21% measured by the whole `make test` (2026-12-04,
# stop 23, fresh clone), less about half a point for noise. Raise it when coverage rises.
COVERAGE_FLOOR := 93.7
test: $(VENV)/.test lint typecheck
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest --cov=ambitieweb --cov-branch \
	  --cov-report=term:skip-covered --cov-fail-under=$(COVERAGE_FLOOR)

# ruff; the layer contracts in pyproject.toml (ARCHITECTURE.md, "Layers"); dead code (vulture, with
# vulture_allowlist.py for names that are used by name).
lint: $(VENV)/.test
	$(BIN)/ruff check ambitieweb tests
	$(BIN)/ruff format --check ambitieweb tests
	$(BIN)/lint-imports
	$(BIN)/vulture

# The package and the tests, both strictly (pyproject.toml, [tool.mypy]).
typecheck: $(VENV)/.test
	$(BIN)/mypy ambitieweb tests

# Regenerate Python from the Qt Designer forms in ui/ (never edit ambitieweb/gui/forms by hand).
# uic imports some forty Qt classes whatever the form uses; setting up the unused ones cost 55 ms
# before the first paint, so ruff drops the unused imports (tests/unit/test_forms.py does the same).
forms: $(VENV)/.test
	for ui in ui/*.ui; do \
	  $(BIN)/pyside6-uic "$$ui" -o "ambitieweb/gui/forms/$$(basename "$$ui" .ui)_ui.py"; \
	done
	$(BIN)/ruff check --isolated --select F401 --fix --quiet ambitieweb/gui/forms

# Collect the GUI's (Dutch) strings into the English .ts for Qt Linguist, then compile the .qm.
TS := resources/translations/ambitieweb_en.ts
translations: $(VENV)/.run
	$(BIN)/pyside6-lupdate $(filter-out %/__init__.py ambitieweb/gui/forms/%,$(wildcard ambitieweb/gui/*.py ambitieweb/gui/*/*.py)) ui/*.ui \
	  -source-language nl_NL -target-language en_GB -no-obsolete -locations none -ts $(TS)
	$(BIN)/pyside6-lrelease $(TS) -qm $(TS:.ts=.qm)
	$(BIN)/pyside6-lrelease resources/translations/qt_extra_nl.ts -qm resources/translations/qt_extra_nl.qm

# Regenerate the shipped JSON Schema of the session file from the models.
schema: $(VENV)/.run
	$(BIN)/python -m ambitieweb.exchange

# The coverage of the product-group criteria: product group x theme x level x kind, gaps listed.
# Writes docs/catalogue-coverage.md (linked from the README; a test keeps it current) and prints it.
catalogue-report: $(VENV)/.run
	$(BIN)/ambitieweb catalogue --coverage --format markdown > docs/catalogue-coverage.md.tmp
	mv docs/catalogue-coverage.md.tmp docs/catalogue-coverage.md
	$(BIN)/ambitieweb catalogue --coverage

# Mutation testing (mutmut; what and against which tests: [tool.mutmut] in pyproject.toml): each small
# change to the code that no test notices is a survivor. Kill it with a test, or list it as equivalent
# in tests/mutation-survivors.md. The whole run (model/, store/repository.py with session_rows.py,
# session_list.py and changes.py, exchange/, reports/markup.py) takes long; `.venv/bin/mutmut run "ambitieweb.model.rules*"`
# runs one module's mutants.
mutation: $(VENV)/.test
	rm -rf mutants
	$(BIN)/mutmut run --max-children 2
	$(BIN)/mutmut results

# The same for the window's session controller (gui/workspace/controller.py) against the GUI tests that
# use it, with Qt offscreen. mutmut reads the one [tool.mutmut] block, the core's above; so this copies
# the tree to build/mutation-gui and tests/mutation_gui.py points the copy's block at the controller and
# its tests (only_mutate and the test selection; the rest stays). The survivors and the numbers:
# tests/mutation-survivors.md. In the copy, `mutmut show <name>` gives a mutant's diff.
MUTATION_GUI := build/mutation-gui
mutation-gui: $(VENV)/.test
	rm -rf $(MUTATION_GUI)
	mkdir -p $(MUTATION_GUI)
	tar --exclude=./.git --exclude=./.venv --exclude=./build --exclude=./dist --exclude=./mutants -cf - . \
	  | tar -xf - -C $(MUTATION_GUI)
	$(BIN)/python tests/mutation_gui.py $(MUTATION_GUI)/pyproject.toml
	cd $(MUTATION_GUI) && QT_QPA_PLATFORM=offscreen $(abspath $(BIN))/mutmut run --max-children 2
	cd $(MUTATION_GUI) && $(abspath $(BIN))/mutmut results

bench: $(VENV)/.test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/bench/bench_*.py --benchmark-enable --benchmark-only
	$(BIN)/python -m tests.bench.startup
	$(BIN)/python -m tests.bench.keys
	$(BIN)/python -m tests.bench.scale
	$(BIN)/python -m tests.bench.stalls
	$(BIN)/python -m tests.bench.memory
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench.save_latency

# The crash harness at length: SIGKILL at random moments during first start, upgrade and edits
# (`make test` runs 120 of these; this runs 600 and prints the report).
crash: $(VENV)/.test
	$(BIN)/python -m tests.reliability.harness --runs 600

# The desktop build in dist/ambitieweb/ (README, "Desktop build"), then its self-test without a screen.
app: $(VENV)/.build
	$(BIN)/pyinstaller build_app.spec --noconfirm
	QT_QPA_PLATFORM=offscreen dist/ambitieweb/ambitieweb --selftest

# Start-up of the desktop build (after `make app`) against the program from source.
bench-app: $(VENV)/.run
	$(BIN)/python -m tests.bench.frozen_startup dist/ambitieweb/ambitieweb

system-deps:
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(DEBIAN_PACKAGES)

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
