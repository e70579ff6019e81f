// React Router 7 as Hearth uses it: a data router (createBrowserRouter) with lazy routes and an error element.
import { createRoot } from 'react-dom/client';
import {
  createBrowserRouter,
  isRouteErrorResponse,
  Link,
  Navigate,
  Outlet,
  useLocation,
  useNavigate,
  useParams,
  useRouteError,
  useSearchParams,
} from 'react-router';
import { RouterProvider } from 'react-router/dom';

function Failed() {
  return <p>{isRouteErrorResponse(useRouteError()) ? 'missing' : 'broken'}</p>;
}

function Frame() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { token } = useParams();
  const [params] = useSearchParams();
  return (
    <main onClick={() => void navigate('/')}>
      {pathname} {token} {params.get('next')} <Link to="/">home</Link>
      <Outlet />
    </main>
  );
}

const router = createBrowserRouter([
  {
    element: <Frame />,
    errorElement: <Failed />,
    children: [
      { path: '/', element: <Navigate to="/sign-in" replace /> },
      { path: '/sign-in', lazy: async () => ({ element: <p>sign in</p> }) },
    ],
  },
]);
createRoot(document.body).render(<RouterProvider router={router} />);
