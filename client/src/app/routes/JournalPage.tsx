import { pageTitle } from '@/config/app';
import { Journal } from '@/features/journal';

/** `/journal`: her reflections, hers alone. */
export function JournalPage() {
  return (
    <div className="page page--narrow">
      <title>{pageTitle('Your journal')}</title>
      <h1>Your journal</h1>
      <Journal />
    </div>
  );
}
