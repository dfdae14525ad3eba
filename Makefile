# Thin wrapper around CMake. `make site` and `make test` are the two commands the README promises.
BUILD     ?= build
BUILD_SAN ?= build-sanitize
BUILD_FUZZ ?= build-fuzz
FUZZ_SECONDS ?= 600
FUZZ_TARGETS := content markdown request_path theme archive xlsx
JOBS      ?= $(shell nproc 2>/dev/null || echo 2)
CONTENT   ?= content
OUT       ?= public

# Debian 12 packages that building insyn and rendering the site need (`make site`).
DEB_PACKAGES := g++ cmake make pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev \
  nlohmann-json3-dev libcpp-httplib-dev libkainjow-mustache-dev libcli11-dev libssl-dev \
  libxlsxwriter-dev libzip-dev libexpat1-dev libstemmer-dev
# Debian 12 packages that only the tests need (`make test`): the unit-test framework, the schema
# checker, the workbook reader, the browser, the web server the browser tests use, and fonts for the
# screenshots.
TEST_PACKAGES := catch2 python3 python3-jsonschema python3-openpyxl chromium nginx-light fonts-dejavu-core poppler-utils
# Node.js and npm run the browser tests; installed from Debian only when the machine has none.
NODE_PACKAGES = $(if $(shell command -v npm 2>/dev/null),,nodejs npm)
BROWSER_DIR := tests/browser
# ccache, where installed, makes builds in fresh clones and worktrees cheap. Paths are hashed relative
# to the tree, so two checkouts of the same commit share the cache.
CCACHE := $(shell command -v ccache 2>/dev/null)
CMAKE_LAUNCHER := $(if $(CCACHE),-DCMAKE_CXX_COMPILER_LAUNCHER=$(CCACHE))
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := 1

.PHONY: all deps test-deps browser-deps build build-sanitize site archive test test-unit test-sanitize fuzz clean

all: build

# Installs those of the packages given that are missing, via sudo when not root.
define install_missing
	@missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing Debian packages:" $$missing; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

deps:
	$(call install_missing,$(DEB_PACKAGES))

test-deps: deps
	$(call install_missing,$(TEST_PACKAGES) $(NODE_PACKAGES))

# playwright-core, axe-core and html-validate at the versions pinned in the lock file.
browser-deps: test-deps
	@if [ ! -f $(BROWSER_DIR)/node_modules/.package-lock.json ] || \
	    [ $(BROWSER_DIR)/package-lock.json -nt $(BROWSER_DIR)/node_modules/.package-lock.json ]; then \
	  cd $(BROWSER_DIR) && npm ci --no-audit --no-fund; \
	fi

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_LAUNCHER) >/dev/null
	cmake --build $(BUILD) -j $(JOBS)

build-sanitize: deps
	cmake -S . -B $(BUILD_SAN) -DCMAKE_BUILD_TYPE=Debug -DINSYN_SANITIZE=ON $(CMAKE_LAUNCHER) >/dev/null
	cmake --build $(BUILD_SAN) -j $(JOBS)

site: build
	./$(BUILD)/insyn build --content $(CONTENT) --out $(OUT)

# Freezes plan year YEAR into $(CONTENT)/arkiv/YEAR/, stamped with the last commit's time so that
# archiving the same commit again gives the same bytes. Commit the folder afterwards.
archive: build
	@test -n "$(YEAR)" || { echo "usage: make archive YEAR=2019"; exit 2; }
	SOURCE_DATE_EPOCH=$${SOURCE_DATE_EPOCH:-$$(git log -1 --format=%ct)} ./$(BUILD)/insyn archive $(YEAR) --content $(CONTENT)

test-unit: browser-deps build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

test-sanitize: browser-deps build-sanitize
	cd $(BUILD_SAN) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j $(JOBS)

test: test-unit test-sanitize

# libFuzzer with ASan+UBSan (clang): runs each target FUZZ_SECONDS, then merges the inputs that
# reach new code into the kept corpus tests/fuzz/corpus/<target>/ (replayed by `make test`).
fuzz: test-deps
	cmake -S . -B $(BUILD_FUZZ) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
	  -DINSYN_FUZZ=ON -DINSYN_SANITIZE=ON >/dev/null
	cmake --build $(BUILD_FUZZ) -j $(JOBS) $(foreach t,$(FUZZ_TARGETS),--target fuzz_$(t))
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(BUILD_FUZZ)/corpus/$$t $(BUILD_FUZZ)/crashes/$$t; \
	  echo "fuzzing $$t for $(FUZZ_SECONDS) s"; \
	  $(BUILD_FUZZ)/tests/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
	    -max_len=65536 -print_final_stats=1 -artifact_prefix=$(BUILD_FUZZ)/crashes/$$t/ \
	    $(BUILD_FUZZ)/corpus/$$t tests/fuzz/corpus/$$t || exit 1; \
	  $(BUILD_FUZZ)/tests/fuzz/fuzz_$$t -merge=1 tests/fuzz/corpus/$$t $(BUILD_FUZZ)/corpus/$$t; \
	done

clean:
	rm -rf $(BUILD) $(BUILD_SAN) $(BUILD_FUZZ)
