import { useEffect, useRef } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { APP_NAME } from '@/config/app';
import { paths } from '@/config/paths';
import { useAuth } from '@/lib/auth-context';

/**
 * Skip link, header, main landmark. After each navigation focus moves to the main region, so
 * keyboard and screen reader users start at the new page rather than at the link they pressed.
 */
export function Layout() {
  const { user, signOut } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={user ? paths.groups : paths.home} className="brand">
            <span className="brand__mark" aria-hidden="true" />
            {APP_NAME}
          </Link>
          {user ? (
            <nav aria-label="Account" className="site-nav">
              <Link to={paths.groups}>Your groups</Link>
              <Link to={paths.account}>Account</Link>
              <button type="button" className="link-button" onClick={() => void signOut().then(() => navigate(paths.signIn))}>
                Sign out
              </button>
            </nav>
          ) : null}
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>What is shared in a group stays in the group.</p>
      </footer>
    </>
  );
}
