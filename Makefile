# Cronica: build and install the command with its bundled corpus, man page and shell completions.
#
#   make install                      release build (Swift runtime linked statically) into ~/.local
#   make install PREFIX=/usr/local    elsewhere (DESTDIR=… stages it for packaging)
#   make uninstall                    removes exactly what install wrote (same PREFIX)
#   make docs/timeline.png            the README's picture of the bundled chronology (headless Chromium)
#
# Layout under PREFIX: bin/cronica; share/cronica/{corpus,temporal,build} (the binary looks in
# ../share/cronica from its own folder); share/man/man1/cronica.1; completions in
# share/bash-completion/completions, share/zsh/site-functions and share/fish/vendor_completions.d;
# share/cronica/installed-files lists every file and folder install created, for uninstall.

PREFIX ?= $(HOME)/.local
DESTDIR ?=
SWIFT ?= swift
BUILD_FLAGS ?= -c release --static-swift-stdlib
# The folder holding the built cronica and its resource bundle. install-files installs from it
# without building (the tests point it at their debug build).
BIN_PATH ?= $(shell $(SWIFT) build $(BUILD_FLAGS) --show-bin-path)
# The man page, written by swift-argument-parser's generate-manual plugin from a debug build (the
# same help text as release; CI has that build already, and a second release build with other
# flags would relink the static binary).
MANPAGE ?= .build/plugins/GenerateManual/outputs/cronica/cronica.1
CHROMIUM ?= chromium

ROOT = $(DESTDIR)$(PREFIX)
MANIFEST = $(ROOT)/share/cronica/installed-files

.PHONY: all build manual install install-files uninstall docs/timeline.png

all: build

build:
	$(SWIFT) build $(BUILD_FLAGS) --product cronica

manual:
	$(SWIFT) package plugin generate-manual --configuration debug

install: manual build
	@$(MAKE) --no-print-directory install-files

# Copies the built files; records them, and the folders it had to create, in the manifest.
install-files:
	@set -eu; \
	root='$(ROOT)'; bin='$(BIN_PATH)'; manifest='$(MANIFEST)'; \
	resources="$$bin/Cronica_CronicaResources.resources"; \
	[ -x "$$bin/cronica" ] || { echo "no cronica in $$bin: run 'make build' first" >&2; exit 1; }; \
	[ -d "$$resources/corpus" ] || { echo "no bundled corpus in $$resources" >&2; exit 1; }; \
	[ -f '$(MANPAGE)' ] || { echo "no man page at $(MANPAGE): run 'make manual' first" >&2; exit 1; }; \
	list=$$(mktemp); trap 'rm -f "$$list"' EXIT; \
	[ ! -f "$$manifest" ] || grep '^dir ' "$$manifest" >> "$$list" || true; \
	for folder in bin share/cronica share/man/man1 share/bash-completion/completions \
	    share/zsh/site-functions share/fish/vendor_completions.d; do \
	  path="$$root/$$folder"; \
	  while [ ! -d "$$path" ]; do echo "dir $$path" >> "$$list"; path=$$(dirname "$$path"); done; \
	  mkdir -p "$$root/$$folder"; \
	done; \
	rm -rf "$$root/share/cronica/corpus" "$$root/share/cronica/temporal" "$$root/share/cronica/build"; \
	cp -R "$$resources/corpus" "$$resources/temporal" "$$resources/build" "$$root/share/cronica/"; \
	install -m 755 "$$bin/cronica" "$$root/bin/cronica"; \
	install -m 644 '$(MANPAGE)' "$$root/share/man/man1/cronica.1"; \
	"$$bin/cronica" --generate-completion-script bash > "$$root/share/bash-completion/completions/cronica"; \
	"$$bin/cronica" --generate-completion-script zsh > "$$root/share/zsh/site-functions/_cronica"; \
	"$$bin/cronica" --generate-completion-script fish > "$$root/share/fish/vendor_completions.d/cronica.fish"; \
	for file in bin/cronica share/man/man1/cronica.1 share/bash-completion/completions/cronica \
	    share/zsh/site-functions/_cronica share/fish/vendor_completions.d/cronica.fish; do \
	  echo "file $$root/$$file" >> "$$list"; \
	done; \
	find "$$root/share/cronica/corpus" "$$root/share/cronica/temporal" "$$root/share/cronica/build" -type f | sed 's/^/file /' >> "$$list"; \
	find "$$root/share/cronica/corpus" "$$root/share/cronica/temporal" "$$root/share/cronica/build" -type d | sed 's/^/dir /' >> "$$list"; \
	sort -u "$$list" > "$$manifest"; \
	echo "installed cronica to $$root/bin/cronica (corpus in $$root/share/cronica, man page, bash/zsh/fish completions)"; \
	case ":$$PATH:" in *":$(PREFIX)/bin:"*) ;; *) echo "note: $(PREFIX)/bin is not on your PATH";; esac; \
	echo "zsh: the completion is in $(PREFIX)/share/zsh/site-functions; add that folder to fpath if it is not there"

# Removes the files in the manifest, then the folders install created, deepest first, when empty.
uninstall:
	@set -eu; \
	manifest='$(MANIFEST)'; \
	[ -f "$$manifest" ] || { echo "nothing to uninstall: no $$manifest (was cronica installed with PREFIX=$(PREFIX)?)" >&2; exit 1; }; \
	sed -n 's/^file //p' "$$manifest" | while IFS= read -r file; do rm -f -- "$$file"; done; \
	dirs=$$(sed -n 's/^dir //p' "$$manifest" | sort -r); \
	rm -f -- "$$manifest"; \
	printf '%s\n' "$$dirs" | while IFS= read -r folder; do \
	  [ -z "$$folder" ] || rmdir -- "$$folder" 2>/dev/null || true; \
	done; \
	rmdir -- '$(ROOT)/share/cronica' 2>/dev/null || true; \
	echo "removed cronica from $(ROOT)"

# The README's picture: the bundled chronology as SVG, drawn by headless Chromium at its full size.
docs/timeline.png:
	@set -eu; \
	$(SWIFT) run cronica export --format svg -o .build/timeline.svg; \
	height=$$(sed -n 's/^<svg .* height="\([0-9]*\)".*/\1/p' .build/timeline.svg); \
	sandbox=""; [ "$$(id -u)" != 0 ] || sandbox=--no-sandbox; \
	$(CHROMIUM) --headless --disable-gpu --hide-scrollbars --force-device-scale-factor=1 $$sandbox \
	  --user-data-dir="$$(mktemp -d)" --window-size=1200,$$height --screenshot="$(CURDIR)/$@" \
	  "file://$(CURDIR)/.build/timeline.svg" 2>/dev/null; \
	echo "wrote $@ (1200x$$height)"
