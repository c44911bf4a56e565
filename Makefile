# fa - one non-recursive Makefile. `make` builds fa-index and fa-search,
# `make check` runs every test, `make demo` runs the main job on corpus/.
CC       ?= cc
CXX      ?= c++
CFLAGS   ?= -O2 -g
CXXFLAGS ?= -O2 -g
WERROR   ?= -Werror
BUILD    ?= build
SAN      ?=
PREFIX   ?= /usr/local
DESTDIR  ?=
BINDIR    = $(PREFIX)/bin
SHAREDIR  = $(PREFIX)/share/fa
MANDIR    = $(PREFIX)/share/man/man1
INSTALL  ?= install
WARN      = -Wall -Wextra -Wshadow -Wformat=2 -Wvla
PKGS      = xapian-core zlib json-c libutf8proc libzstd libxml-2.0 libmicrohttpd

ALL_CPPFLAGS = -Icommon -D_POSIX_C_SOURCE=200809L -DFA_DATADIR='"$(CURDIR)/data/gazetteer"' -MMD -MP $(CPPFLAGS)
ALL_CFLAGS   = -std=c11 $(WARN) -Wstrict-prototypes -Wmissing-prototypes $(WERROR) $(SAN) \
               $(shell pkg-config --cflags json-c libutf8proc libxml-2.0 libmicrohttpd 2>/dev/null) $(CFLAGS)
ALL_CXXFLAGS = -std=c++17 $(WARN) $(WERROR) $(SAN) $(shell pkg-config --cflags xapian-core libutf8proc) $(CXXFLAGS)
LIBS         = $(shell pkg-config --libs $(PKGS)) -lstemmer -lpthread
TEST_LIBS    = $(shell pkg-config --libs cmocka)

COMMON_OBJ   = $(patsubst %.c,$(BUILD)/%.o,$(wildcard common/*.c)) \
               $(patsubst %.cc,$(BUILD)/%.o,$(wildcard common/*.cc))
INDEXER_OBJ  = $(patsubst %.c,$(BUILD)/%.o,$(wildcard indexer/*.c))
SEARCHER_OBJ = $(patsubst %.c,$(BUILD)/%.o,$(wildcard searcher/*.c)) $(BUILD)/searcher/assets_gen.o
# The web page's files, compiled into fa-search (searcher/assets.h).
ASSETS       = $(sort $(wildcard searcher/assets/*.html searcher/assets/*.css \
                                 searcher/assets/*.js searcher/assets/*.svg))
# Unit tests may test modules of one binary too: they link everything but main.
INDEXER_LIB  = $(filter-out $(BUILD)/indexer/main.o,$(INDEXER_OBJ))
SEARCHER_LIB = $(filter-out $(BUILD)/searcher/main.o,$(SEARCHER_OBJ))
TESTS        = $(patsubst tests/%.c,$(BUILD)/tests/%,$(wildcard tests/test_*.c))
LIBFA        = $(BUILD)/libfa.a

all: $(BUILD)/fa-index $(BUILD)/fa-search

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/%.o: %.cc
	@mkdir -p $(dir $@)
	$(CXX) $(ALL_CPPFLAGS) $(ALL_CXXFLAGS) -c -o $@ $<

# embed (plain C, built first) writes the assets as C arrays: no xxd, no
# linker tricks, nothing the build does not already need.
$(BUILD)/embed: searcher/assets/embed.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $<

$(BUILD)/searcher/assets_gen.c: $(ASSETS) $(BUILD)/embed
	@mkdir -p $(dir $@)
	$(BUILD)/embed $@ $(ASSETS)

$(BUILD)/searcher/assets_gen.o: $(BUILD)/searcher/assets_gen.c
	$(CC) $(ALL_CPPFLAGS) -Isearcher $(ALL_CFLAGS) -c -o $@ $<

$(LIBFA): $(COMMON_OBJ)
	rm -f $@ && $(AR) rcs $@ $^

# libxapian is C++, so every binary links with $(CXX).
$(BUILD)/fa-index: $(INDEXER_OBJ) $(LIBFA)
	$(CXX) $(SAN) $(LDFLAGS) -o $@ $^ $(LIBS)

$(BUILD)/fa-search: $(SEARCHER_OBJ) $(LIBFA)
	$(CXX) $(SAN) $(LDFLAGS) -o $@ $^ $(LIBS)

$(BUILD)/tests/%: $(BUILD)/tests/%.o $(INDEXER_LIB) $(SEARCHER_LIB) $(LIBFA)
	$(CXX) $(SAN) $(LDFLAGS) -o $@ $^ $(LIBS) $(TEST_LIBS)

$(BUILD)/tests/eval_entities: $(BUILD)/tests/eval_entities.o $(BUILD)/indexer/entities.o $(BUILD)/indexer/focus.o $(LIBFA)
	$(CXX) $(SAN) $(LDFLAGS) -o $@ $^ $(LIBS)

$(BUILD)/tests/eval_html: $(BUILD)/tests/eval_html.o $(BUILD)/indexer/html.o $(LIBFA)
	$(CXX) $(SAN) $(LDFLAGS) -o $@ $^ $(LIBS)

$(BUILD)/tests/eval_copies: $(BUILD)/tests/eval_copies.o $(LIBFA)
	$(CXX) $(SAN) $(LDFLAGS) -o $@ $^ $(LIBS)

# Unit tests first (each binary fails the run on its own), then end-to-end.
# The held-out part of tests/html must keep this mean token F1 (eval_html).
HTML_F1_FLOOR ?= 0.90

check: all $(TESTS) $(BUILD)/tests/eval_html
	@test -n "$(TESTS)" || { echo "no unit tests found"; exit 1; }
	@set -e; for t in $(TESTS); do echo "== $$t"; $$t; done
	$(BUILD)/tests/eval_html -q --floor $(HTML_F1_FLOOR) tests/html
	FA_BUILD=$(BUILD) tests/e2e.sh
	FA_BUILD=$(BUILD) tests/cli.sh
	FA_BUILD=$(BUILD) tests/readme.sh
	FA_BUILD=$(BUILD) tests/roundtrip.sh
	FA_BUILD=$(BUILD) tests/shards.sh
	FA_BUILD=$(BUILD) tests/hostile.sh
	FA_BUILD=$(BUILD) tests/formats.sh
	FA_BUILD=$(BUILD) tests/concurrency.sh
	FA_BUILD=$(BUILD) tests/incremental.sh
	FA_BUILD=$(BUILD) tests/attack.sh
	FA_BUILD=$(BUILD) tests/analyst.sh
	FA_BUILD=$(BUILD) tests/role.sh
	FA_BUILD=$(BUILD) tests/about.sh
	FA_BUILD=$(BUILD) tests/bulk.sh
	FA_BUILD=$(BUILD) tests/diskfull.sh
	FA_BUILD=$(BUILD) tests/install.sh
	FA_BUILD=$(BUILD) tests/web.sh
	FA_BUILD=$(BUILD) tests/collapse.sh

# The search page in headless Chromium (tests/web/browser_test.py); Debian's
# python3 is the one python3-selenium is installed for. Fails, saying so,
# when Chromium cannot start. Screenshots go to $(BUILD)/web-test/.
WEB_PYTHON ?= /usr/bin/python3
check-web: all
	$(WEB_PYTHON) tests/web/browser_test.py --build $(BUILD) --out $(BUILD)/web-test

sanitize:
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	$(MAKE) BUILD=build-san SAN='-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer' check

# The unit tests under valgrind: any definite leak or memory error fails.
valgrind: $(TESTS)
	@set -e; for t in $(TESTS); do echo "== valgrind $$t"; \
	    valgrind -q --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=99 $$t; done

# passages.tsv and the real-text halves (filled in from ../shared, below)
# with every miss listed, the held-out half with its totals only
# (tests/entities/LABELLING.md).
EVAL_DIR = tests/entities
eval-entities: $(BUILD)/tests/eval_entities
	$(BUILD)/tests/eval_entities $(EVAL_DIR)/passages.tsv
	@echo; $(BUILD)/tests/eval_entities $(BUILD)/entities/real-tune.tsv
	@echo; $(BUILD)/tests/eval_entities $(EVAL_DIR)/real-tune2.tsv
	@echo; $(BUILD)/tests/eval_entities $(BUILD)/entities/real-tune3.tsv
	@echo; $(BUILD)/tests/eval_entities $(BUILD)/entities/real-tune4.tsv
	@echo; $(BUILD)/tests/eval_entities $(BUILD)/entities/real-tune5.tsv
	@echo; echo "== held-out real text (totals only)"; \
	    $(BUILD)/tests/eval_entities --heldout $(BUILD)/entities/real-heldout.tsv

eval-html: $(BUILD)/tests/eval_html
	$(BUILD)/tests/eval_html tests/html

# Precision and recall of "is a copy" on copies derived at run time from
# Wikinews and UNGDC in ../shared (skipped when it is missing).
SHARED ?= ../shared
eval-copies: $(BUILD)/tests/eval_copies
	@if [ ! -d $(SHARED)/corpus/wikinews ] || [ ! -f $(SHARED)/corpus/ungdc/ungdc-1946-2024.jsonl.gz ]; then \
	    echo "eval-copies: $(SHARED)/corpus not found: skipped"; exit 0; fi; \
	t=$$(mktemp -d); trap 'rm -rf "$$t"' EXIT; \
	python3 tests/copies/gen.py $(SHARED) $$t/set.tsv && $(BUILD)/tests/eval_copies $$t/set.tsv $$t

# The hand-edited copies and near-misses (tests/copies/hand.jsonl, whole
# texts: needs no ../shared), scored the same way, per kind of edit.
eval-copies-hand: $(BUILD)/tests/eval_copies
	@t=$$(mktemp -d); trap 'rm -rf "$$t"' EXIT; \
	python3 -c 'import json, re, sys; [print("\t".join(re.sub(r"[\t\n\r]+", " ", r[k]) for k in ("id", "story", "kind", "of", "text"))) for r in map(json.loads, open(sys.argv[1], encoding="utf-8"))]' \
	    tests/copies/hand.jsonl > $$t/set.tsv && $(BUILD)/tests/eval_copies $$t/set.tsv $$t

deps:
	@scripts/install-deps

demo: deps all
	scripts/demo $(BUILD)

bench: all
	bench/run

# Long or slow checks, run by hand and reported: SIGKILL during indexing,
# and libFuzzer harnesses (FUZZ_SECONDS per harness, default 600).
test-kill: all
	FA_BUILD=$(BUILD) tests/kill.sh

fuzz:
	tests/fuzz/run

# The committed real-text passages hold their UNGDC excerpts by reference
# (../shared asks that its UNGDC texts not be copied into the project), so
# the eval reads copies filled in from FA_SHARED (tests/entities/README.md).
FA_SHARED ?= $(CURDIR)/../shared
$(BUILD)/entities/real-%.tsv: tests/entities/real-%.tsv tests/entities/real-fill.py tests/entities/real-extract.py
	@mkdir -p $(@D)
	FA_SHARED=$(FA_SHARED) tests/entities/real-fill.py $< $@
eval-entities: $(BUILD)/entities/real-tune.tsv $(BUILD)/entities/real-heldout.tsv \
    $(BUILD)/entities/real-tune3.tsv $(BUILD)/entities/real-tune4.tsv \
    $(BUILD)/entities/real-tune5.tsv

# The binaries find the gazetteer installed beside them
# (BINDIR/../share/fa/gazetteer), so DESTDIR staging works as installed.
install: all
	$(INSTALL) -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(SHAREDIR)/gazetteer $(DESTDIR)$(MANDIR)
	$(INSTALL) -m 755 $(BUILD)/fa-index $(BUILD)/fa-search $(DESTDIR)$(BINDIR)/
	$(INSTALL) -m 644 data/gazetteer/*.tsv $(DESTDIR)$(SHAREDIR)/gazetteer/
	$(INSTALL) -m 644 man/fa-index.1 man/fa-search.1 $(DESTDIR)$(MANDIR)/

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/fa-index $(DESTDIR)$(BINDIR)/fa-search
	rm -f $(DESTDIR)$(MANDIR)/fa-index.1 $(DESTDIR)$(MANDIR)/fa-search.1
	rm -rf $(DESTDIR)$(SHAREDIR)

clean:
	rm -rf build build-san build-fuzz

.PHONY: all check check-web sanitize valgrind eval-entities eval-html eval-copies eval-copies-hand deps demo bench test-kill fuzz install uninstall clean
.SECONDARY:

-include $(shell find $(BUILD) build-san -name '*.d' 2>/dev/null)
