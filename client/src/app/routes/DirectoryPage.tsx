import { useInfiniteQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { pageTitle } from '@/config/app';
import { ErrorNotice, Loading, StatusMessage } from '@/components/Notice';
import { directoryQuery, emptyFilters, type DirectoryFilters as Filters } from '@/features/directory/api/directory-api';
import { DirectoryCard } from '@/features/directory/components/DirectoryCard';
import { DirectoryFilters } from '@/features/directory/components/DirectoryFilters';
import { visitorTimeZone } from '@/features/directory/lib/schedule-display';
import '@/features/directory/directory.css';

/** The filters live in the address, so a search can be shared, reloaded and gone back to. */
function filtersFrom(params: URLSearchParams): Filters {
  return {
    q: params.get('q') ?? '',
    weekday: params.get('weekday') ?? '',
    timeOfDay: params.get('time') ?? '',
    maxCost: params.get('maxCost') ?? '',
    seatsAvailable: params.get('seats') === '1',
  };
}

function paramsFrom(filters: Filters) {
  const entries = {
    q: filters.q.trim(),
    weekday: filters.weekday,
    time: filters.timeOfDay,
    maxCost: filters.maxCost.trim(),
    seats: filters.seatsAvailable ? '1' : '',
  };
  return new URLSearchParams(Object.entries(entries).filter(([, v]) => v !== ''));
}

export function DirectoryPage() {
  const [params, setParams] = useSearchParams();
  const filters = { ...emptyFilters, ...filtersFrom(params) };
  const list = useInfiniteQuery(directoryQuery(filters));
  const groups = list.data?.pages.flatMap((page) => page.groups) ?? [];

  return (
    <div className="page">
      <title>{pageTitle('Find a group')}</title>
      <div className="page__header">
        <div>
          <p className="eyebrow">Directory</p>
          <h1>Find a group</h1>
          <p className="lead">
            Small, facilitated groups that meet weekly over video. Times are shown in your time zone ({visitorTimeZone().replaceAll('_', ' ')}).
          </p>
        </div>
      </div>
      <section className="panel" aria-label="Search">
        <DirectoryFilters key={params.toString()} initial={filters} onApply={(next) => setParams(paramsFrom(next))} />
      </section>
      {list.isPending ? <Loading label="Looking for groups…" /> : null}
      <ErrorNotice error={list.error}>
        <button type="button" className="button button--secondary" onClick={() => void list.refetch()}>
          Try again
        </button>
      </ErrorNotice>
      <StatusMessage>{list.isSuccess ? `${groups.length}${list.hasNextPage ? '+' : ''} ${groups.length === 1 ? 'group' : 'groups'} found` : null}</StatusMessage>
      {list.isSuccess && groups.length === 0 ? (
        <div className="panel empty">
          <h2>No groups match</h2>
          <p>Try fewer filters, another day or time, or clear the search.</p>
        </div>
      ) : null}
      {groups.length > 0 ? (
        <ul className="card-list directory-list" aria-label="Groups">
          {groups.map((group) => (
            <DirectoryCard key={group.id} group={group} />
          ))}
        </ul>
      ) : null}
      {list.hasNextPage ? (
        <div className="button-row">
          <button type="button" className="button button--secondary" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {list.isFetchingNextPage ? 'Loading more…' : 'Show more groups'}
          </button>
        </div>
      ) : null}
    </div>
  );
}
