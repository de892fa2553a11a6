# cvtrack: `make demo` and `make test` are all a newcomer needs on Debian/Ubuntu.
SHELL := /bin/bash
PREFIX ?= /usr/local
SWIFT ?= swift
# Debian packages the build, the tests and the benchmarks need.
APT_PACKAGES := git pkg-config libgit2-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libxml2-dev \
                libhunspell-dev hunspell-en-us hunspell-en-gb libstemmer-dev
BENCH_PACKAGES := hyperfine time

.PHONY: all deps bench-deps build release test demo install uninstall bench fuzz clean

all: build

# Installs the missing system packages as root (or with sudo); otherwise prints the exact command.
deps:
	@bash scripts/ensure-packages.sh $(APT_PACKAGES)

bench-deps:
	@bash scripts/ensure-packages.sh $(APT_PACKAGES) $(BENCH_PACKAGES)

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --static-swift-stdlib

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

demo: release
	@bash samples/demo.sh "$$($(SWIFT) build -c release --static-swift-stdlib --show-bin-path)/cvtrack"

install: release
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/cvtrack/hooks"
	install -m 0755 "$$($(SWIFT) build -c release --static-swift-stdlib --show-bin-path)/cvtrack" "$(DESTDIR)$(PREFIX)/bin/cvtrack"
	install -m 0755 hooks/pre-commit "$(DESTDIR)$(PREFIX)/share/cvtrack/hooks/pre-commit"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/cvtrack"
	rm -rf "$(DESTDIR)$(PREFIX)/share/cvtrack"

bench: bench-deps release
	@bash bench/run.sh "$$($(SWIFT) build -c release --static-swift-stdlib --show-bin-path)/cvtrack"

clean:
	rm -rf .build .build-*
