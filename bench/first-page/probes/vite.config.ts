// Builds one probe (FIRST_PAGE_PROBE names its file) as an app of its own, so no chunk is shared with another probe.
const probe = process.env.FIRST_PAGE_PROBE;
if (!probe) throw new Error('FIRST_PAGE_PROBE names the probe to build');

export default { build: { manifest: true, rollupOptions: { input: new URL(`./${probe}`, import.meta.url).pathname } } };
