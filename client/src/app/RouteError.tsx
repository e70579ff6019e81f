import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { paths } from '@/config/paths';
import { pageTitle } from '@/config/app';

/** A page crashed or does not exist: say so calmly and offer a way on. */
export function RouteError() {
  const error = useRouteError();
  const missing = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main id="main" className="site-main">
      <title>{pageTitle(missing ? 'Page not found' : 'Something went wrong')}</title>
      <div className="page page--narrow">
        <h1>{missing ? 'We couldn’t find that page' : 'Something went wrong'}</h1>
        <p>{missing ? 'The link may be incomplete or out of date.' : 'This page stopped working. Reloading usually helps.'}</p>
        <p className="button-row">
          <Link className="button button--primary" to={paths.groups}>
            Go to your groups
          </Link>
          {missing ? null : (
            <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
              Reload
            </button>
          )}
        </p>
      </div>
    </main>
  );
}
