#!/usr/bin/env bash
# `npm test`: type check, web-ext lint of the Firefox build, unit tests (vitest), e2e tests in real
# Chromium. Runs all four even when one fails, prints each one's summary, and exits non-zero if anything failed.
set -u
cd "$(dirname "$0")/.."

out=$(mktemp -d "${TMPDIR:-/tmp}/wsis-lens-test.XXXXXX")
trap 'rm -rf "$out"' EXIT
failed_steps=0

echo "== type check (tsc --noEmit)"
if npx --no-install tsc --noEmit; then
  typecheck="ok"
else
  typecheck="FAILED"
  failed_steps=$((failed_steps + 1))
fi

echo
echo "== Firefox build + web-ext lint"
# Warnings are accepted: the only ones are innerHTML paths inside Preact and pdf.js (our own code
# never writes markup: tests/unit/no-markup-injection.test.ts).
if npm run --silent lint:firefox >"$out/lint.log" 2>&1 && grep -qE '^errors +0' "$out/lint.log"; then
  firefox_lint="ok"
else
  cat "$out/lint.log"
  firefox_lint="FAILED"
  failed_steps=$((failed_steps + 1))
fi
echo "web-ext lint: $firefox_lint"

echo
echo "== unit tests (vitest)"
npx --no-install vitest run --reporter=default --reporter=json --outputFile="$out/vitest.json"
unit_rc=$?
# vitest's JSON report → "N passed, N failed"; a file that cannot even load counts as one failure.
unit=$(node -e '
  const fs = require("node:fs");
  let r;
  try { r = JSON.parse(fs.readFileSync(process.argv[1], "utf8")); } catch { console.log("0 passed, 1 failed"); process.exit(); }
  const broken = (r.testResults ?? []).filter((f) => f.status === "failed" && (f.assertionResults ?? []).length === 0).length;
  console.log(`${r.numPassedTests ?? 0} passed, ${(r.numFailedTests ?? 0) + broken} failed`);
' "$out/vitest.json")
echo "$unit"
if [ "$unit_rc" -ne 0 ] || [[ "$unit" != *" 0 failed" ]]; then failed_steps=$((failed_steps + 1)); fi

echo
echo "== e2e tests (wxt build, then Chromium)"
npm run --silent test:e2e 2>&1 | tee "$out/e2e.log"
e2e_rc=${PIPESTATUS[0]}
e2e=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$out/e2e.log" | tail -n 1)
[ -n "$e2e" ] || e2e="0 passed, 1 failed"   # the build or the runner itself failed
if [ "$e2e_rc" -ne 0 ] || [[ "$e2e" != *" 0 failed" ]]; then failed_steps=$((failed_steps + 1)); fi

total=$(node -e '
  let p = 0, f = 0;
  for (const line of process.argv.slice(1)) { const [, a, b] = line.match(/^(\d+) passed, (\d+) failed$/) ?? [, 0, 0]; p += +a; f += +b; }
  console.log(`${p} passed, ${f} failed`);
' "$unit" "$e2e")

echo
echo "== summary"
echo "type check: $typecheck"
echo "web-ext lint: $firefox_lint"
echo "unit tests: $unit"
echo "e2e tests:  $e2e"
if [ "$failed_steps" -ne 0 ]; then
  echo "FAILED ($failed_steps of 4 steps)"
fi
echo "$total"
[ "$failed_steps" -eq 0 ]
