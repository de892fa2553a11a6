# cvtrack: `make demo` and `make test` are all a newcomer needs on Debian/Ubuntu.
SHELL := /bin/bash
PREFIX ?= /usr/local
SWIFT ?= swift
# Debian packages the build, the tests and the benchmarks need.
APT_PACKAGES := git pkg-config libgit2-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libxml2-dev \
                libhunspell-dev hunspell-en-us hunspell-en-gb libstemmer-dev
# Wanted, not needed: mimalloc, linked into the command when installed (`log` about a tenth faster). Where the system's
# archive has no such package, or it cannot be installed, the build uses the C library's malloc.
OPTIONAL_PACKAGES := libmimalloc-dev
BENCH_PACKAGES := hyperfine time python3-venv valgrind
# The release binary: the Swift runtime linked in (no toolchain needed to run it), and position-dependent, so that
# the loader applies no relocations to its data at start (about 1 ms of every run; see docs/benchmarks.md).
RELEASE := -c release --static-swift-stdlib -Xswiftc -Xclang-linker -Xswiftc -no-pie

# A LaTeX to compile the corpus's LaTeX CVs and their tailored variants with (`make latex-check`; not needed by `make test`).
TEX_PACKAGES := texlive-latex-base texlive-latex-recommended texlive-latex-extra texlive-plain-generic texlive-fonts-recommended \
                texlive-fonts-extra texlive-xetex latexmk

.PHONY: all deps bench-deps build release test demo install uninstall bench fuzz clean bench-micro bench-compare latex-check

all: build

# Installs the missing system packages as root (or with sudo); otherwise prints the exact command.
deps:
	@bash scripts/ensure-packages.sh $(APT_PACKAGES)
	@bash scripts/ensure-packages.sh $(OPTIONAL_PACKAGES) >/dev/null 2>&1 || echo "note: $(OPTIONAL_PACKAGES) is not installed: cvtrack is built with the C library's malloc"

bench-deps: deps
	@bash scripts/ensure-packages.sh $(BENCH_PACKAGES)

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build $(RELEASE)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	@bash scripts/latex-check.sh "$$($(SWIFT) build --show-bin-path)/cvtrack"

# Installs texlive (about 2 GB with its extra fonts: fontawesome5 and the like), then compiles each LaTeX CV of ../shared/corpus and a tailored variant of it: every
# variant of a base that compiles must compile. `make test` runs the same check only when texlive is there.
latex-check: deps build
	@bash scripts/ensure-packages.sh $(TEX_PACKAGES)
	@bash scripts/latex-check.sh "$$($(SWIFT) build --show-bin-path)/cvtrack"

demo: release
	@bash samples/demo.sh "$$($(SWIFT) build $(RELEASE) --show-bin-path)/cvtrack"

install: release
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/cvtrack/hooks"
	install -m 0755 "$$($(SWIFT) build $(RELEASE) --show-bin-path)/cvtrack" "$(DESTDIR)$(PREFIX)/bin/cvtrack"
	install -m 0755 hooks/pre-commit "$(DESTDIR)$(PREFIX)/share/cvtrack/hooks/pre-commit"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/cvtrack"
	rm -rf "$(DESTDIR)$(PREFIX)/share/cvtrack"

bench: bench-deps release
	@bash bench/run.sh "$$($(SWIFT) build $(RELEASE) --show-bin-path)/cvtrack"

# In-process micro-benchmarks of CVCore (ordo-one/benchmark: wall clock, mallocs, peak memory, and instructions
# where the CPU's counters are exposed), then instructions per operation with callgrind (which works everywhere).
bench-micro: bench-deps
	@mkdir -p bench/data && python3 bench/gen-cv.py > bench/data/cv16k.md
	$(SWIFT) package --package-path bench/micro benchmark --no-progress
	@bash bench/micro/instructions.sh

# cvtrack vs RenderCV, graphtage and deepdiff (from PyPI, in a throwaway venv under /tmp; skipped when unreachable).
bench-compare: bench-deps
	$(SWIFT) build $(RELEASE) --scratch-path .build-bench --product cvtrack
	@bash bench/compare.sh .build-bench/release/cvtrack

# libFuzzer harnesses per parser and for the differ (fuzz/, -sanitize=fuzzer,address), FUZZ_SECONDS each (default 60).
FUZZ_SECONDS ?= 60
fuzz: deps
	@FUZZ_SECONDS=$(FUZZ_SECONDS) SWIFT=$(SWIFT) bash fuzz/run.sh

clean:
	rm -rf .build .build-*
