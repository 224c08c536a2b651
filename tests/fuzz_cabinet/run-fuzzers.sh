#!/bin/sh
# Runs every libFuzzer target for SECONDS each (default 600), two at a time, each from its committed
# seed corpus into a scratch corpus. A crash leaves its input in OUT/<target>/crash-*: turn it into a
# seed of the corpus and a regression test before fixing.
#   tests/fuzz_cabinet/run-fuzzers.sh [SECONDS] [BUILD_DIR] [OUT]
set -eu
seconds=${1:-600}
build=$(cd "${2:-build}" && pwd)
out=${3:-/tmp/prilavok-fuzz}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
mkdir -p "$out"

run() { # name binary seeds...
    name=$1; binary=$2; shift 2
    [ -x "$binary" ] || { echo "$name: $binary not built (clang++ missing?)"; return 0; }
    mkdir -p "$out/$name"
    if (cd "$out/$name" && "$binary" -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 \
        "$out/$name" "$@" > "$out/$name.log" 2>&1); then
        echo "$name: $(grep -E '^Done' "$out/$name.log")"
    else
        echo "$name: CRASH, see $out/$name.log and $out/$name/crash-*"
    fi
}

run cabinet_json "$build/tests/fuzz_cabinet_json" "$here/corpus/json" &
run cabinet_gzip "$build/tests/fuzz_cabinet_gzip" "$here/corpus/gzip"
wait
run cabinet_csv "$build/tests/fuzz_cabinet_csv" "$here/corpus/csv" &
run cabinet_http "$build/tests/fuzz_cabinet_http" "$here/corpus/http"
wait
run fiscal_answers "$build/tests/fuzz_answers" "$root/tests/fuzz/corpus" -dict="$root/tests/fuzz/shtrih.dict"
