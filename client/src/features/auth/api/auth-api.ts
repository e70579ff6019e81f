import { signInResultSchema, userSchema, type SignInBody, type SignUpBody } from '@hearth/shared';
import { apiRequest } from '@/lib/api-client';

export const signUp = (body: SignUpBody) => apiRequest('/api/auth/signup', { method: 'POST', body, schema: userSchema });

/** The person, or `{ twoStepRequired: true }` when a code from her app is needed first. */
export const signIn = (body: SignInBody) => apiRequest('/api/auth/signin', { method: 'POST', body, schema: signInResultSchema });

/** The second step: a code from her authenticator app, or a recovery code. */
export const completeTwoStep = (code: string) => apiRequest('/api/auth/signin/two-step', { method: 'POST', body: { code }, schema: userSchema });
