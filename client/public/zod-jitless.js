// Loaded before the app's own scripts (index.html), so it holds before any zod schema is built, in
// whatever chunk the bundler puts them: zod probes for `new Function` to compile faster parsers, and
// under our Content-Security-Policy (no 'unsafe-eval') the probe is reported as a violation on every
// page. Jitless skips it, so a real violation stands out. Zod reads this global when it loads.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig ?? {}, { jitless: true });
