#!/usr/bin/env bash
# `npm run bench` (after `wxt build`): every bench runs, whatever an earlier one said; the exit code
# says whether any target was missed.
set -u
missed=0
for bench in scripts/bench.ts scripts/bench-viewer.mts scripts/bench/page-overlay.mts scripts/bench/popup.mts; do
  npx tsx "$bench" || missed=1
  echo
done
exit $missed
