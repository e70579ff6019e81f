import { RouterProvider } from 'react-router/dom';
import { AuthProvider } from '@/features/auth/hooks/auth-context';
import { router } from './router';

export function App() {
  return (
    <AuthProvider>
      <RouterProvider router={router} />
    </AuthProvider>
  );
}
