import { useEffect, useRef } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { APP_NAME } from '@/config/app';
import { paths } from '@/config/paths';
import { useAuth } from '@/lib/auth-context';
import { ImmersiveProvider, useIsImmersive } from '@/lib/immersive';

/** The site's frame, and the room's full window when a screen asks for it (see lib/immersive). */
export function Layout() {
  return (
    <ImmersiveProvider>
      <Frame />
    </ImmersiveProvider>
  );
}

/**
 * Skip link, header, main landmark. After each navigation focus moves to the main region, so
 * keyboard and screen reader users start at the new page rather than at the link they pressed.
 */
function Frame() {
  const immersive = useIsImmersive();
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
      {/* Nulls keep <main> at the same place in the tree, so the room inside it is not remounted. */}
      {immersive ? null : (
        <a className="skip-link" href="#main">
          Skip to content
        </a>
      )}
      {immersive ? null : (
        <header className="site-header">
          <div className="site-header__inner">
            <Link to={user ? paths.groups : paths.home} className="brand">
              <span className="brand__mark" aria-hidden="true" />
              {APP_NAME}
            </Link>
            {user ? (
              <nav aria-label="Account" className="site-nav">
                <Link to={paths.directory}>Find a group</Link>
                <Link to={paths.groups}>Your groups</Link>
                <Link to={paths.journal}>Journal</Link>
                <Link to={paths.account}>Account</Link>
                <button type="button" className="link-button" onClick={() => void signOut().then(() => navigate(paths.signIn))}>
                  Sign out
                </button>
              </nav>
            ) : (
              <nav aria-label="Site" className="site-nav">
                <Link to={paths.directory}>Find a group</Link>
                <Link to={paths.signIn}>Sign in</Link>
              </nav>
            )}
          </div>
        </header>
      )}
      <main id="main" ref={mainRef} tabIndex={-1} className={immersive ? 'site-main site-main--immersive' : 'site-main'}>
        <Outlet />
      </main>
      {immersive ? null : (
        <footer className="site-footer">
          <p>What is shared in a group stays in the group.</p>
        </footer>
      )}
    </>
  );
}
