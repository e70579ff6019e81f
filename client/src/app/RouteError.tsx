import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { pageTitle } from '@/config/app';

/** A page crashed, or its code could not be fetched: say so calmly and offer a way on. */
export function RouteError() {
  return (
    <main id="main" className="site-main">
      <title>{pageTitle('Something went wrong')}</title>
      <div className="page page--narrow">
        <h1>Something went wrong</h1>
        <p>This page stopped working. Reloading usually helps.</p>
        <p className="button-row">
          <Link className="button button--primary" to={paths.groups}>
            Go to your groups
          </Link>
          <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
            Reload
          </button>
        </p>
      </div>
    </main>
  );
}
