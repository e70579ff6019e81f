// TanStack Query as the shell uses it: one provider and one query (who is signed in).
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';

function Me() {
  const me = useQuery({ queryKey: ['auth', 'me'], queryFn: () => fetch('/api/auth/me').then((r) => r.json() as Promise<unknown>) });
  return <p>{JSON.stringify(me.data)}</p>;
}

createRoot(document.body).render(
  <QueryClientProvider client={new QueryClient()}>
    <Me />
  </QueryClientProvider>,
);
