# Quick start: `make demo` (set up, analyse the bundled sample corpus), `make test` (the whole suite).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
OUT := out

.PHONY: demo test lint browser eval clean

demo: $(VENV)/.installed
	$(BIN)/newstrace analyze samples -o $(OUT)/analysis.json --report $(OUT)/report.html --fresh
	@echo "open $(OUT)/report.html, or: $(BIN)/newstrace serve --store $(OUT)/analysis.db"

test: $(VENV)/.installed browser
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/pytest -q

lint: $(VENV)/.installed
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

browser:
	@bash scripts/install-browser.sh

$(VENV)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev,ray]'
	touch $@

clean:
	rm -rf $(OUT) $(VENV)
