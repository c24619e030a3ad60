#!/usr/bin/env bash
# Builds the libFuzzer targets (the `fuzz` preset, into build/fuzz) and runs each on
# its seed corpus for a bounded time. Any crash, sanitizer report, leak, input slower
# than 5 s or run above 2 GB fails. Runs inside the build environment:
#
#   packaging/devenv.sh packaging/fuzz.sh [SECONDS] [TARGET...]
#
# SECONDS per target (default 30, what CI runs); TARGETs default to all seven, e.g.
#   packaging/devenv.sh packaging/fuzz.sh 600 fuzz_html
# runs the HTML extractor for ten minutes. New inputs that reach new code are kept in
# build/fuzz/corpus/TARGET and reused by the next run; a failing input is saved as
# build/fuzz/artifacts/TARGET-crash-… (run the target on that file to reproduce it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds=${1:-30}
shift || true
all=(fuzz_textimport fuzz_html fuzz_document fuzz_pdf fuzz_detector fuzz_anchor fuzz_projectjson fuzz_projectopen)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")

corpus_root=../shared/corpus
build=build/fuzz
cmake --preset fuzz >/dev/null
cmake --build "$build" --target makeseeds "${targets[@]}"

# Seeds: real articles and pages from the shared corpus (when present), the test data,
# documents and projects the seed writer makes, and the hostile projects.
seeds=$build/seeds
rm -rf "$seeds"
mkdir -p "$seeds"/{text,html,json}
QT_QPA_PLATFORM=offscreen "$build/fuzz/makeseeds" "$seeds"
if [ -d "$corpus_root" ]; then
    find "$corpus_root/articles" "$corpus_root/consistency" -name '*.txt' -size -256k -exec cp -t "$seeds/text" {} +
    find "$corpus_root/readability/pages" -name 'source.html' -size -512k | while read -r page; do
        cp "$page" "$seeds/html/$(basename "$(dirname "$page")").html"
    done
    find "$corpus_root/articles" "$corpus_root/consistency" -maxdepth 1 -name '*.json' -size -64k \
        -exec cp -t "$seeds/json" {} +
fi
cp tests/data/*.html "$seeds/html/"
cp tests/data/*.claimledger "$seeds/projectopen/"
# The hostile projects the test suite made from tests/data/hostile, when it has run.
cp build/tests/hostile/*.claimledger "$seeds/projectopen/" 2>/dev/null || true
cp "$seeds/json/"* "$seeds/projectjson/" 2>/dev/null || true

seeds_of() {
    case "$1" in
        fuzz_textimport | fuzz_detector | fuzz_anchor) echo "$seeds/text" ;;
        fuzz_html) echo "$seeds/html" ;;
        fuzz_document) echo "$seeds/document" ;;
        fuzz_pdf) echo "$seeds/pdf" ;;
        fuzz_projectjson) echo "$seeds/projectjson" ;;
        fuzz_projectopen) echo "$seeds/projectopen" ;;
    esac
}
options_of() {
    case "$1" in
        fuzz_html) echo "-dict=tests/fuzz/html.dict -max_len=131072" ;;
        fuzz_projectjson) echo "-dict=tests/fuzz/json.dict -max_len=262144" ;;
        fuzz_document | fuzz_pdf | fuzz_projectopen) echo "-max_len=1048576" ;;
        *) echo "-max_len=65536" ;;
    esac
}

mkdir -p "$build/artifacts" "$build/logs"
symbolizer=$(command -v llvm-symbolizer || ls /usr/lib/llvm-*/bin/llvm-symbolizer 2>/dev/null | tail -n 1 || true)
[ -n "$symbolizer" ] && export ASAN_SYMBOLIZER_PATH=$symbolizer
failed=()
for target in "${targets[@]}"; do
    mkdir -p "$build/corpus/$target"
    log=$build/logs/$target.log
    # shellcheck disable=SC2046 # the options are words on purpose
    if ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
        "$build/fuzz/$target" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -malloc_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$build/artifacts/$target-" $(options_of "$target") \
        "$build/corpus/$target" "$(seeds_of "$target")" >"$log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        coverage=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -n 1)
        echo "fuzz: $target ok: $runs inputs in ${seconds}s, $coverage, corpus $(ls "$build/corpus/$target" | wc -l)"
    else
        echo "fuzz: $target FAILED (log: $log)"
        grep -E -A25 '^==[0-9]+==ERROR|runtime error|invariant broken|ALARM|out-of-memory|leak' "$log" | head -n 60
        failed+=("$target")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: failed: ${failed[*]}"
    exit 1
fi
