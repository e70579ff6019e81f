import { z } from 'zod';

// Zod probes for `new Function` the first time it parses an object, to compile a faster parser.
// Under our Content-Security-Policy (no 'unsafe-eval') the probe fails harmlessly but is reported
// as a policy violation on every page load; jitless skips it, so a real violation stands out.
z.config({ jitless: true });
