#!/usr/bin/env bash
# `npm test`: the unit and integration suites (shared, client, server), then the browser end-to-end suite
# inside a private network namespace. Runs both even when the first fails, exits non-zero when
# either does, and ends with one line CI can read: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

reports=$(mktemp -d)
trap 'rm -rf "$reports"' EXIT

run() { # <name> <command...>: runs one vitest invocation with a JSON report next to the usual output
  local name=$1
  shift
  echo "=== $name: $*"
  "$@" --reporter=default --reporter=json --outputFile.json="$reports/$name.json"
  local code=$?
  echo "$code" > "$reports/$name.code"
  return "$code"
}

run unit npx vitest run --project shared --project client --project server
unit=$?
run e2e bash scripts/in-netns.sh npx vitest run --project e2e
e2e=$?

# A run that failed without a failing test (a crashed setup, a file that does not import) still counts once.
node - "$reports" <<'EOF'
const { existsSync, readFileSync } = require('node:fs');
const dir = process.argv[2];
let passed = 0;
let failed = 0;
for (const name of ['unit', 'e2e']) {
  const code = Number(readFileSync(`${dir}/${name}.code`, 'utf8'));
  const file = `${dir}/${name}.json`;
  const r = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  const p = r?.numPassedTests ?? 0;
  const f = (r?.numFailedTests ?? 0) || (code !== 0 ? 1 : 0);
  const skipped = (r?.numPendingTests ?? 0) + (r?.numTodoTests ?? 0);
  const failedFiles = r?.testResults.filter((t) => t.status === 'failed').length;
  const files = r ? `, ${failedFiles} of ${r.testResults.length} files failed` : ', no report (the run stopped before any test)';
  console.log(`${name}: exit ${code}: ${p} passed, ${f} failed, ${skipped} skipped${files}`);
  passed += p;
  failed += f;
}
console.log(`${passed} passed, ${failed} failed`);
EOF

[ "$unit" -eq 0 ] && [ "$e2e" -eq 0 ]
