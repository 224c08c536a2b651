#!/usr/bin/env bash
# The README's two commands:
#   ./quickstart.sh demo   install what is missing, build, launch `prilavok --demo`
#   ./quickstart.sh test   install what is missing, build, run the whole test suite with ctest
# With CI=true the build treats compiler warnings as errors (the `ci` preset).
set -euo pipefail
cd "$(dirname "$0")"

usage() { echo "usage: $0 demo|test" >&2; exit 2; }
[ $# -eq 1 ] || usage

preset=default
[ "${CI:-}" = "true" ] && preset=ci

packaging/install-deps.sh
cmake --preset "$preset"
cmake --build --preset "$preset"

case "$1" in
    demo) exec build/bin/prilavok --demo ;;
    test) exec ctest --preset "$preset" --parallel "$(nproc)" ;;
    *) usage ;;
esac
