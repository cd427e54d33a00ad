# make demo   lint the sample corpus, score it, write report.html (sets itself up on a fresh machine)
# make test   every test (sets itself up, with the neural extra and the CPU build of torch)
# make bench  speed and memory figures (proselint and sacrebleu's CLI measured in the same run)
# make measure  precision and recall of each detector family on ../shared data, and false alarms on native English; the quality score against HTER

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
# the oldest Python the package supports (requires-python), tested by make test where the machine has it
PY310  ?= $(firstword $(wildcard $(HOME)/.pyenv/versions/3.10*/bin/python) $(shell command -v python3.10 2>/dev/null))
VENV310 ?= .venv310
PIP    := $(PY) -m pip --disable-pip-version-check -q
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: demo test test-oldest bench measure native-corpus clean

$(PY):
	$(PYTHON) -m venv $(VENV)

# the linter and the metric libraries only
$(VENV)/.base: pyproject.toml | $(PY)
	$(PIP) install -e . --config-settings editable_mode=compat
	touch $@

# tests and benchmarks: torch as the CPU build (a local file on these machines), then the extras
$(VENV)/.full: pyproject.toml | $(PY)
	$(PIP) install torch==2.13.0
	$(PIP) install -e '.[test,test-neural,neural,bench]' --config-settings editable_mode=compat
	touch $@ $(VENV)/.base

demo: $(VENV)/.base
	$(VENV)/bin/tqcheck check corpora/ --exit-zero
	$(VENV)/bin/tqcheck score corpora/mt -r corpora/ref
	$(VENV)/bin/tqcheck report corpora/mt -r corpora/ref -o report.html
	@echo "The HTML report is $(CURDIR)/report.html: open it in a browser (it works offline)."

test: $(VENV)/.full
	$(PY) -m pytest -q -p no:cacheprovider
	@if [ -n "$(PY310)" ]; then $(MAKE) --no-print-directory test-oldest; \
	 else echo "make test: no Python 3.10 on this machine: the oldest supported Python was not tested"; fi

# the suite again on the oldest Python the package declares (without the neural extra: torch's local build is for 3.11)
test-oldest: $(VENV310)/.base
	$(VENV310)/bin/python -m pytest -q -p no:cacheprovider

$(VENV310)/.base: pyproject.toml
	$(PY310) -m venv $(VENV310)
	$(VENV310)/bin/python -m pip --disable-pip-version-check -q install -e '.[test]' --config-settings editable_mode=compat
	touch $@

bench: $(VENV)/.full
	$(PY) bench/bench_check.py
	$(PY) bench/bench_score.py
	$(PY) bench/bench_server.py
	$(PY) bench/bench_hostile.py
	$(PY) bench/bench_bilingual.py --runs 1

# precision on clean English and recall on real MT output, family by family (needs ../shared)
measure: $(VENV)/.full
	$(PY) bench/measure_names.py
	$(PY) bench/measure_calques.py
	$(PY) bench/measure_linguistic.py
	$(PY) bench/measure_untranslated.py --quiet
	$(PY) bench/measure_numbers.py --quiet
	$(PY) bench/measure_source.py --quiet
	-$(MAKE) --no-print-directory native-corpus
	$(PY) bench/measure_native.py
	$(PY) bench/measure_quality.py

# native English nobody here wrote: Sphinx and MkDocs HTML docs, reference manuals (git, PostgreSQL, GTK, Sphinx,
# the Debian reference) and a quotation collection (Debian packages); news and reST sources (from PyPI); resource
# files of Rails, Symfony and Java software (bench/native_resources.txt, unpacked from Debian packages into .bench/)
NATIVE_DOCS = python3.11-doc mkdocs-doc fortunes git-doc postgresql-doc-15 libgtk-3-doc sphinx-doc debian-reference-en
native-corpus:
	@test -d /usr/share/doc/python3.11/html -a -d /usr/share/doc/mkdocs/html -a -d /usr/share/games/fortunes \
	  -a -d /usr/share/doc/git-doc -a -d /usr/share/gtk-doc/html/gtk3 -a -d /usr/share/debian-reference \
	  || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(NATIVE_DOCS))
	-$(PY) bench/measure_native.py --fetch

clean:
	rm -rf $(VENV) $(VENV310) .bench *.egg-info
