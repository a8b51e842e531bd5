# gongkai: `make site` builds the demo town into site/; `make test` runs every test.
SWIFT ?= swift
DATE ?=

.PHONY: site test lint setup setup-tests release fuzz clean deb test-deb test-fresh

setup:
	bash scripts/setup.sh

setup-tests:
	bash scripts/setup.sh --tests

# Linked with Swift's own libraries inside: a build run once per edit does not spend 7 ms having
# the dynamic loader bind them (Benchmarks/ and the package build the same way).
release: setup
	$(SWIFT) build -c release --product gongkai --static-swift-stdlib

# The demo's pages show a made-up village history (scripts/demo-history.sh), not gongkai's own.
site: release
	bash scripts/demo-history.sh
	.build/release/gongkai build $(if $(DATE),--date $(DATE),)

# The style check and the fuzz smoke (10 s a target) run before the tests, so XCTest's summary
# is the last line.
test: setup-tests lint
	# Each target imports only the targets it declares (Package.swift): the stages' one direction.
	$(SWIFT) build --build-tests --explicit-target-dependency-import-check error
	bash scripts/fuzz.sh 10
	python3 Tests/Browser/editor_test.py .build/debug/gongkai
	python3 Tests/Browser/accounts_test.py .build/debug/gongkai
	python3 Tests/Browser/public_site_test.py .build/debug/gongkai 20
	python3 Tests/Browser/load_test.py .build/debug/gongkai 10 5
	python3 Tests/Browser/reader_test.py .build/debug/gongkai
	python3 Tests/Browser/corrections_test.py .build/debug/gongkai
	python3 Tests/Browser/search_test.py .build/debug/gongkai
	python3 Tests/Browser/locale_test.py .build/debug/gongkai
	python3 Tests/Browser/editor_locale_test.py .build/debug/gongkai
	python3 Tests/Browser/import_test.py .build/debug/gongkai
	$(SWIFT) test --disable-swift-testing

# The Debian package for a town's server (dist/), and its install/remove test (as root).
deb: setup
	bash scripts/make-deb.sh

test-deb: setup
	bash Tests/Packaging/deb_test.sh

# The package on a clean Debian 12 root made with debootstrap, as a new town installs it (as root).
test-fresh: setup
	bash Tests/Packaging/fresh_root_test.sh

# libFuzzer targets for the parsers, each for FUZZ_SECONDS (scripts/fuzz.sh says more).
FUZZ_SECONDS ?= 60
fuzz: setup
	bash scripts/fuzz.sh $(FUZZ_SECONDS)

# swift-format (.swift-format) and lines of at most 120 characters.
lint:
	bash scripts/lint.sh

clean:
	rm -rf .build .build-deb dist site
