#!/usr/bin/env bash
# Renders the HTML report of a corpus in headless Chromium and checks what the browser made of it.
#
#   scripts/check-html-report.sh [CORPUS_FOLDER]
#
# CORPUS_FOLDER defaults to ../shared/seeds when present, else examples/corpus/dev. The script installs
# Chromium from Debian when it is missing, builds the `parallax` product, writes the report as HTML and
# JSON into a temporary folder, takes a phone (390x844) and a desktop (1280x900) screenshot plus a print
# PDF, and checks the DOM Chromium built (scripts/check_html_report.py): the expected sections are there,
# no script element or event handler exists, nothing is loaded from the network, and every article's
# title and sentences, and lines of its plain-text input, appear as text. Exit status 0 when all checks
# pass, 1 when a check fails, 2 when something needed is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

fail() { echo "check-html-report: $*" >&2; exit 2; }

# --- Chromium -----------------------------------------------------------------------------------------
if ! command -v chromium >/dev/null 2>&1; then
    as_root=""
    if [ "$(id -u)" != 0 ]; then
        command -v sudo >/dev/null 2>&1 || fail "chromium is missing and neither root nor sudo is available"
        as_root="sudo"
    fi
    if ! apt-cache policy chromium 2>/dev/null | grep -q 'Candidate: [0-9]'; then
        echo "check-html-report: no chromium candidate known to apt; running apt-get update once" >&2
        $as_root apt-get update -qq
    fi
    apt-cache policy chromium | grep -q 'Candidate: [0-9]' || fail "apt has no chromium package"
    echo "check-html-report: installing chromium from Debian" >&2
    DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq chromium >/dev/null
fi
command -v python3 >/dev/null 2>&1 || fail "python3 is needed for the DOM check"

# --- Corpus -------------------------------------------------------------------------------------------
corpus="${1:-}"
if [ -z "$corpus" ]; then
    if [ -d ../shared/seeds ]; then corpus=../shared/seeds; else corpus=examples/corpus/dev; fi
fi
[ -d "$corpus" ] || fail "corpus folder $corpus does not exist (pass one as the first argument)"
inputs=()
while IFS= read -r -d '' file; do inputs+=("$file"); done < <(
    find "$corpus" -type f ! -name '.*' ! -iname '*.md' ! -name '*.json' -print0 | sort -z)
[ "${#inputs[@]}" -gt 0 ] || fail "no input files in $corpus"

# --- Build and render ---------------------------------------------------------------------------------
out=$(mktemp -d "${TMPDIR:-/tmp}/parallax-html-check.XXXXXX")
echo "check-html-report: building parallax" >&2
if ! swift build --product parallax >"$out/build.log" 2>&1; then
    tail -30 "$out/build.log" >&2
    fail "swift build --product parallax failed (log: $out/build.log)"
fi
parallax="$(swift build --show-bin-path)/parallax"
echo "check-html-report: analysing ${#inputs[@]} files of $corpus" >&2
status=0
"$parallax" analyze --format html --output "$out/report.html" "${inputs[@]}" 2>"$out/analyze.log" || status=$?
[ "$status" -le 1 ] || { cat "$out/analyze.log" >&2; fail "parallax analyze failed (status $status)"; }
"$parallax" analyze --format json --output "$out/report.json" "${inputs[@]}" 2>/dev/null || true
[ -s "$out/report.html" ] || fail "parallax wrote no HTML report"

# --- Browser --------------------------------------------------------------------------------------------
browser=(chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-extensions --hide-scrollbars
    "--user-data-dir=$out/profile")
page="file://$out/report.html"
timeout 60 "${browser[@]}" --window-size=390,844 --screenshot="$out/phone.png" "$page" 2>/dev/null
timeout 60 "${browser[@]}" --window-size=390,6000 --screenshot="$out/phone-long.png" "$page" 2>/dev/null
timeout 60 "${browser[@]}" --window-size=1280,900 --screenshot="$out/desktop.png" "$page" 2>/dev/null
timeout 60 "${browser[@]}" --no-pdf-header-footer --print-to-pdf="$out/print.pdf" "$page" 2>/dev/null
timeout 60 "${browser[@]}" --dump-dom "$page" >"$out/dom.html" 2>/dev/null
[ -s "$out/dom.html" ] || fail "chromium --dump-dom produced nothing"

echo "check-html-report: report    $out/report.html"
echo "check-html-report: phone     $out/phone.png (390x844), $out/phone-long.png (390x6000)"
echo "check-html-report: desktop   $out/desktop.png (1280x900)"
echo "check-html-report: print     $out/print.pdf"
if python3 "$root/scripts/check_html_report.py" "$out/dom.html" "$out/report.json" "$out/report.html"; then
    echo "check-html-report: all checks passed"
else
    echo "check-html-report: FAILED (see above); files kept in $out" >&2
    exit 1
fi
