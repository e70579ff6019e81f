import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { hashKey, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { userSchema, type User } from '@hearth/shared';
import { apiRequest, isApiError } from './api-client';
import { rememberSignedInHere } from './returning';

/** The signed-in person, or null when nobody is. */
async function fetchCurrentUser(signal: AbortSignal): Promise<User | null> {
  try {
    return await apiRequest('/api/auth/me', { schema: userSchema, signal });
  } catch (error) {
    if (isApiError(error, 'UNAUTHENTICATED')) return null;
    throw error;
  }
}

// Asked once; afterwards only sign-in, sign-up and sign-out change who she is.
const meQuery = queryOptions({ queryKey: ['auth', 'me'], queryFn: ({ signal }) => fetchCurrentUser(signal), staleTime: Infinity });
const meHash = hashKey(meQuery.queryKey);

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
  const queryClient = useQueryClient();
  const me = useQuery(meQuery);
  const { refetch } = me;

  // Someone else's groups and sessions must never show on this browser once she is gone.
  const forgetEverythingElse = useCallback(() => queryClient.removeQueries({ predicate: (query) => query.queryHash !== meHash }), [queryClient]);

  const signedIn = useCallback(
    (next: User) => {
      const previous = queryClient.getQueryData(meQuery.queryKey);
      if (previous && previous.id !== next.id) forgetEverythingElse();
      queryClient.setQueryData(meQuery.queryKey, next);
      rememberSignedInHere();
    },
    [queryClient, forgetEverythingElse],
  );
  const signOut = useCallback(async () => {
    await requestSignOut();
    forgetEverythingElse();
    queryClient.setQueryData(meQuery.queryKey, null);
  }, [queryClient, forgetEverythingElse]);
  const retry = useCallback(() => void refetch(), [refetch]);

  // Still asking: the first time, or again after the first check failed.
  const asking = me.isPending || (me.isError && me.isFetching);
  const value = useMemo<AuthState>(
    () => ({ user: asking ? undefined : (me.data ?? null), error: me.error, retry, signedIn, signOut }),
    [asking, me.data, me.error, retry, signedIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth needs an AuthProvider above it');
  return value;
}
