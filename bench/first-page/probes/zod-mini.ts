// The same schema in zod/mini, whose functions tree-shake: what the classic API's methods cost.
import * as z from 'zod/mini';

const signIn = z.object({ email: z.string().check(z.trim(), z.email(), z.maxLength(254)), password: z.string().check(z.minLength(1), z.maxLength(200)) });
document.body.textContent = JSON.stringify(signIn.safeParse(JSON.parse(document.body.textContent ?? 'null')));
