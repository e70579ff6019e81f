#!/usr/bin/env bash
# `bash bench/first-page/lighthouse.sh`: Lighthouse 12 (mobile, its default throttling) on the sign-in page
# of the compiled build as `npm start` serves it, in the Debian Chromium. Writes bench/first-page/LIGHTHOUSE.md.
# Lighthouse is fetched by npx (12.8.2 is the newest that runs on Node 20); it is not a dependency.
set -euo pipefail
cd "$(dirname "$0")/../.."
port=17_990
port=${port//_/}
work=$(mktemp -d)
trap 'kill "${server:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

npm run build >/dev/null
NODE_ENV=production HOST=127.0.0.1 PORT=$port PUBLIC_URL="http://127.0.0.1:$port" DATA_DIR="$work/db" \
  DATA_ENCRYPTION_KEY=lighthouse-run-key-0123456789abcdefghij LIVEKIT_URL=ws://127.0.0.1:9 \
  LIVEKIT_API_KEY=lighthouse LIVEKIT_API_SECRET=lighthouse-secret-0123456789abcdefghij \
  LIVEKIT_RECONCILE_MS=0 LOG_LEVEL=warn node server/dist/main.js &
server=$!
for _ in $(seq 1 60); do curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 0.5; done

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
CHROME_PATH=${CHROMIUM_PATH:-/usr/bin/chromium} npx --yes lighthouse@12.8.2 "http://127.0.0.1:$port/sign-in" \
  --quiet --output=json --output-path="$work/report.json" \
  --chrome-flags="--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

node - "$work/report.json" "$load_before" "$load_after" > bench/first-page/LIGHTHOUSE.md <<'JS'
const [file, before, after] = process.argv.slice(2);
const r = JSON.parse(require('node:fs').readFileSync(file, 'utf8'));
const score = (c) => Math.round(r.categories[c].score * 100);
const audit = (id) => r.audits[id].displayValue;
console.log(`# Lighthouse: the sign-in page on a phone

Run ${r.fetchTime} by \`bash bench/first-page/lighthouse.sh\`: Lighthouse ${r.lighthouseVersion}, form factor ${r.configSettings.formFactor}, its simulated slow 4G and 4× CPU slowdown, ${r.environment.hostUserAgent.match(/Chrome\/[\d.]+/)[0]}, on the compiled build served by \`node server/dist/main.js\` over plain http on loopback. Load average ${before} before, ${after} after (2 cores).

| Performance | Accessibility | Best practices | SEO |
| ---: | ---: | ---: | ---: |
| ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} |

| First contentful paint | Largest contentful paint | Total blocking time | Cumulative layout shift | Speed index |
| ---: | ---: | ---: | ---: | ---: |
| ${audit('first-contentful-paint')} | ${audit('largest-contentful-paint')} | ${audit('total-blocking-time')} | ${audit('cumulative-layout-shift')} | ${audit('speed-index')} |

Audits that did not pass (score below 0.9), by category:
`);
for (const [id, cat] of Object.entries(r.categories)) {
  const failing = cat.auditRefs.map((ref) => r.audits[ref.id]).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual');
  console.log(`- **${cat.title}**: ${failing.length ? failing.map((a) => `${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`).join('; ') : 'none'}`);
}
const errors = r.audits['errors-in-console'].details?.items ?? [];
if (errors.length) console.log(`\nWhat the console said:\n${errors.map((e) => `- ${e.source}: ${e.description} (${e.sourceLocation?.url ?? e.url ?? ''})`).join('\n')}`);
JS
cat bench/first-page/LIGHTHOUSE.md
