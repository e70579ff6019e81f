import { Link } from 'react-router';
import { pageTitle } from '@/config/app';
import { paths } from '@/config/paths';

export function NotFoundPage() {
  return (
    <div className="page page--narrow">
      <title>{pageTitle('Page not found')}</title>
      <h1>We couldn’t find that page</h1>
      <p>The link may be incomplete or out of date. If someone sent it to you, ask them for it again.</p>
      <Link className="button button--primary" to={paths.groups}>
        Go to your groups
      </Link>
    </div>
  );
}
