// The smallest use of zod 4's classic API (the one shared/ is written in): one object of two checked strings.
import { z } from 'zod';

const signIn = z.object({ email: z.string().trim().email().max(254), password: z.string().min(1).max(200) });
document.body.textContent = JSON.stringify(signIn.safeParse(JSON.parse(document.body.textContent ?? 'null')));
