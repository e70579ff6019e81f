// React Router 7 in declarative mode (<BrowserRouter>, <Routes>), the same hooks: what the data router costs on top.
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Link, Navigate, Outlet, Route, Routes, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';

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

createRoot(document.body).render(
  <BrowserRouter>
    <Routes>
      <Route element={<Frame />}>
        <Route path="/" element={<Navigate to="/sign-in" replace />} />
        <Route path="/sign-in" element={<p>sign in</p>} />
      </Route>
    </Routes>
  </BrowserRouter>,
);
