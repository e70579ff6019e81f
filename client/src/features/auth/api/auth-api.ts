import { signInResultSchema, userSchema, type SignInBody, type SignUpBody, type User } from '@hearth/shared';
import { apiRequest, isApiError } from '@/lib/api-client';

export const signUp = (body: SignUpBody) => apiRequest('/api/auth/signup', { method: 'POST', body, schema: userSchema });

/** The person, or `{ twoStepRequired: true }` when a code from her app is needed first. */
export const signIn = (body: SignInBody) => apiRequest('/api/auth/signin', { method: 'POST', body, schema: signInResultSchema });

/** The second step: a code from her authenticator app, or a recovery code. */
export const completeTwoStep = (code: string) =>
  apiRequest('/api/auth/signin/two-step', { method: 'POST', body: { code }, schema: userSchema });

export const signOut = () => apiRequest('/api/auth/signout', { method: 'POST' });

/** The signed-in person, or null when nobody is. */
export async function fetchCurrentUser(signal?: AbortSignal): Promise<User | null> {
  try {
    return await apiRequest('/api/auth/me', { schema: userSchema, signal });
  } catch (error) {
    if (isApiError(error, 'UNAUTHENTICATED')) return null;
    throw error;
  }
}
