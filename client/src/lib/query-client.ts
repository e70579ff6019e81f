import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client';

/**
 * Server data for every screen goes through TanStack Query (it replaced a hand-written
 * `useResource`): more screens are coming that show the same data in several places (a group's
 * sessions, the signed-in person), and they need one cache that a write can invalidate, polling
 * that stops by itself, and one request where several components ask for the same thing.
 *
 * Keys: everything about one group under `['groups', groupId, …]`, so a prefix reaches all of it.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Only a failure without the server's verdict is worth repeating; a refusal (403, 404…) shows at once.
        retry: (failures, error) => failures < 2 && isApiError(error, 'NETWORK_ERROR', 'INTERNAL'),
        // A screen changes under her only when she acts or it polls on purpose: the agreement she is reading never swaps its text.
        refetchOnWindowFocus: false,
      },
    },
  });
}
