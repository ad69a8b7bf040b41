#!/usr/bin/env bash
# Builds one libFuzzer binary per target in fuzz/targets/*.swift into fuzz/.out/.
# swiftc -sanitize=fuzzer,address over the module sources: Yams (and its C part), swift-system
# (and its C shims), glibc's malloc.h (Sources/CMalloc) and sys/statfs.h (Sources/CStatfs), swift-numerics' RealModule and swift-algorithms, CronicaSystem, CronicaModel,
# CronicaUI, then each target's entry file (with
# KeyDecoder.swift for the key target).
# Usage: fuzz/build.sh [TARGET...]   (default: every target)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=$root/fuzz/.out
mkdir -p "$out/obj"

yams=${YAMS_DIR:-$root/.build/checkouts/Yams}
sys=${SYSTEM_DIR:-$root/.build/checkouts/swift-system}
alg=${ALGORITHMS_DIR:-$root/.build/checkouts/swift-algorithms}
num=${NUMERICS_DIR:-$root/.build/checkouts/swift-numerics}
if [[ ! -d $yams/Sources/Yams || ! -d $sys/Sources/System || ! -d $alg/Sources/Algorithms || ! -d $num/Sources/RealModule ]]; then
  swift package resolve >/dev/null
fi
# -package-name: the modules are one package, as SwiftPM builds them (`package` declarations).
opt=(-O -g -parse-as-library -swift-version 6 -package-name cronica)
san=(-sanitize=fuzzer,address)
clangdir=$(ls -d /opt/swift/usr/lib/clang/*/lib/linux 2>/dev/null | head -1 || true)

newer() { # newer OUT SRC... : true when OUT is missing or older than a source
  local target=$1; shift
  [[ ! -e $target ]] && return 0
  # Sources (.c, .h, .swift) and libraries (.a): a rebuilt library must relink the binaries.
  [[ -n $(find "$@" -newer "$target" \( -name '*.[chs]*' -o -name '*.a' \) -print -quit) ]]
}

# 1. CYaml (C) with coverage + ASan.
if newer "$out/libCYaml.a" "$yams/Sources/CYaml"; then
  echo "build: CYaml"
  rm -f "$out"/obj/cyaml_*.o
  for c in "$yams"/Sources/CYaml/src/*.c; do
    clang -c -O1 -g -DYAML_DECLARE_STATIC -fsanitize=fuzzer-no-link,address -I "$yams/Sources/CYaml/include" \
      "$c" -o "$out/obj/cyaml_$(basename "$c" .c).o"
  done
  ar rcs "$out/libCYaml.a" "$out"/obj/cyaml_*.o
fi

# 1b. CSystem (swift-system's C shims) the same way.
if newer "$out/libCSystem.a" "$sys/Sources/CSystem"; then
  echo "build: CSystem"
  clang -c -O1 -g -fsanitize=fuzzer-no-link,address -I "$sys/Sources/CSystem/include" \
    "$sys/Sources/CSystem/shims.c" -o "$out/obj/csystem_shims.o"
  ar rcs "$out/libCSystem.a" "$out/obj/csystem_shims.o"
fi
# swift-system's availability macros, as its Package.swift defines them for a source build.
system_flags=(-I "$sys/Sources/CSystem/include" -D SYSTEM_PACKAGE -enable-experimental-feature Lifetimes)
for version in 0.0.1 0.0.2 0.0.3 1.1.0 1.1.1 1.2.0 1.2.1 1.3.0 1.3.1 1.3.2 1.4.0 1.7.0 199; do
  system_flags+=(-enable-experimental-feature
    "AvailabilityMacro=System $version:macOS 10.10, iOS 8.0, watchOS 2.0, tvOS 9.0, visionOS 1.0")
done

module() { # module NAME SOURCE-DIR [extra swiftc args...]
  local name=$1 dir=$2; shift 2
  if newer "$out/lib$name.a" "$dir"; then
    echo "build: $name"
    swiftc "${opt[@]}" "${san[@]}" -enable-testing -module-name "$name" -emit-library -static -emit-module \
      -emit-module-path "$out/$name.swiftmodule" -o "$out/lib$name.a" -I "$out" "$@" \
      $(find "$dir" -name '*.swift' | sort)
  fi
}
module Yams "$yams/Sources/Yams" -I "$yams/Sources/CYaml/include" -D SWIFT_PACKAGE -Xcc -DYAML_DECLARE_STATIC
module SystemPackage "$sys/Sources/System" "${system_flags[@]}"
# swift-algorithms (its RealModule dependency comes first; _NumericsShims is header-only).
shims=$num/Sources/_NumericsShims/include
module RealModule "$num/Sources/RealModule" -I "$shims"
module Algorithms "$alg/Sources/Algorithms" -I "$shims"
module CronicaSystem "$root/Sources/CronicaSystem" -I "$sys/Sources/CSystem/include" -I "$root/Sources/CMalloc" -I "$root/Sources/CStatfs"
module CronicaModel "$root/Sources/CronicaModel" -I "$yams/Sources/CYaml/include" -I "$sys/Sources/CSystem/include" -I "$root/Sources/CMalloc" -I "$root/Sources/CStatfs" -I "$shims"
module CronicaUI "$root/Sources/CronicaUI" -I "$yams/Sources/CYaml/include" -I "$sys/Sources/CSystem/include" -I "$root/Sources/CMalloc" -I "$root/Sources/CStatfs" -I "$shims"

# CNcurses: a module map for KeyDecoder's `import CNcurses` (only constants are used).
mkdir -p "$out/cncurses"
cp "$root/Sources/CNcurses/include/cncurses.h" "$out/cncurses/"
printf 'module CNcurses {\n  header "cncurses.h"\n  link "ncursesw"\n  export *\n}\n' >"$out/cncurses/module.modulemap"
if newer "$out/obj/cncurses.o" "$root/Sources/CNcurses"; then
  clang -c -O1 -I "$root/Sources/CNcurses/include" "$root/Sources/CNcurses/cncurses.c" -o "$out/obj/cncurses.o"
fi

targets=("$@")
if ((${#targets[@]} == 0)); then
  for f in fuzz/targets/*.swift; do targets+=("$(basename "$f" .swift)"); done
fi
for t in "${targets[@]}"; do
  src=(fuzz/targets/$t.swift)
  extra=()
  if [[ $t == keys ]]; then
    src+=(Sources/CronicaTerminal/KeyDecoder.swift)
    extra=(-I "$out/cncurses" "$out/obj/cncurses.o" -lncursesw)
  fi
  if newer "$out/fuzz-$t" "${src[@]}" "$out/libCronicaModel.a" "$out/libCronicaUI.a" "$out/libCronicaSystem.a" \
    "$out/libAlgorithms.a"; then
    echo "build: fuzz-$t"
    swiftc "${opt[@]}" "${san[@]}" -module-name "Fuzz_$t" -I "$out" -I "$yams/Sources/CYaml/include" \
      -I "$sys/Sources/CSystem/include" -I "$root/Sources/CMalloc" -I "$root/Sources/CStatfs" -I "$shims" "${src[@]}" "${extra[@]}" -L "$out" -lCronicaUI -lCronicaModel \
      -lCronicaSystem -lAlgorithms -lRealModule -lSystemPackage -lCSystem -lYams -lCYaml -o "$out/fuzz-$t" 2>&1 |
      { grep -v 'Cannot export local symbol' || true; }
    [[ -x $out/fuzz-$t ]] || { echo "fuzz-$t did not link" >&2; exit 1; }
  fi
done
echo "fuzz binaries in $out"
