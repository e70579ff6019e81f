import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { userSchema, type User } from '@hearth/shared';
import { apiRequest, isApiError } from './api-client';
import { useResource } from './use-resource';

/** The signed-in person, or null when nobody is. */
async function fetchCurrentUser(signal?: AbortSignal): Promise<User | null> {
  try {
    return await apiRequest('/api/auth/me', { schema: userSchema, signal });
  } catch (error) {
    if (isApiError(error, 'UNAUTHENTICATED')) return null;
    throw error;
  }
}

const requestSignOut = () => apiRequest('/api/auth/signout', { method: 'POST' });

interface AuthState {
  /** undefined while we ask the server; null when nobody is signed in. */
  user: User | null | undefined;
  /** The first check failed (network, server down); screens show this rather than a sign-in form. */
  error: unknown;
  retry: () => void;
  signedIn: (user: User) => void;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

/**
 * Who is signed in, asked once at start-up and updated by sign-in, sign-up and sign-out. Every
 * feature reads it, so it lives here rather than inside features/auth (which holds the forms).
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const me = useResource((signal) => fetchCurrentUser(signal), []);
  const [override, setOverride] = useState<User | null>();
  const user = override !== undefined ? override : me.data;

  const signedIn = useCallback((next: User) => setOverride(next), []);
  const signOut = useCallback(async () => {
    await requestSignOut();
    setOverride(null);
  }, []);

  const value = useMemo<AuthState>(
    () => ({ user: me.loading && override === undefined ? undefined : user ?? null, error: me.error, retry: me.reload, signedIn, signOut }),
    [me.loading, me.error, me.reload, override, user, signedIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth needs an AuthProvider above it');
  return value;
}
