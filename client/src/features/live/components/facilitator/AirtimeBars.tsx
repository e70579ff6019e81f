import { nameOf, type FacilitatorState } from '../../lib/people';
import { clock } from '../../lib/format';
import { useServerNow } from '../../hooks/use-server-clock';

/** Within this share of the fair share, a person's airtime reads as "about fair". */
const FAIR_BAND = 0.2;

interface Row {
  userId: string;
  name: string;
  ms: number;
}

/** Members' airtime so far, counting the turn in progress, so the facilitator sees it as it grows. */
function airtimeRows(state: FacilitatorState, now: number): Row[] {
  const ids = new Set([...state.present.filter((p) => p.role === 'member').map((p) => p.userId), ...Object.keys(state.airtime)]);
  return [...ids].map((userId) => {
    const ongoing = state.floor?.userId === userId ? Math.max(0, now - state.floor.since) : 0;
    return { userId, name: nameOf(state, userId), ms: (state.airtime[userId] ?? 0) + ongoing };
  });
}

function comparison(ms: number, fair: number): string {
  if (fair === 0) return 'nobody has spoken yet';
  const diff = ms - fair;
  if (Math.abs(diff) <= fair * FAIR_BAND) return 'about a fair share';
  return `${clock(Math.round(Math.abs(diff) / 1000))} ${diff > 0 ? 'over' : 'under'} a fair share`;
}

/**
 * Who got how much of the floor, against an even split among the members. Facilitators only: the
 * server never sends airtime to members, and this is drawn only from a facilitator's state.
 */
export function AirtimeBars({ state }: { state: FacilitatorState }) {
  const now = useServerNow(1_000);
  const rows = airtimeRows(state, now);
  const total = rows.reduce((sum, r) => sum + r.ms, 0);
  const fair = rows.length > 0 ? total / rows.length : 0;
  const scale = Math.max(fair, ...rows.map((r) => r.ms), 1) * 1.15;

  if (rows.length === 0) return <p className="small muted">No members yet.</p>;
  return (
    <div className="airtime" data-testid="airtime">
      <p className="small muted">
        Fair share so far: {clock(Math.round(fair / 1000))} each ({rows.length} {rows.length === 1 ? 'member' : 'members'}). The line marks it.
      </p>
      <ul className="airtime__list">
        {[...rows]
          .sort((a, b) => b.ms - a.ms)
          .map((row) => (
            <li key={row.userId} className="airtime__row">
              <span className="airtime__name">{row.name}</span>
              <span className="airtime__value">
                {clock(Math.round(row.ms / 1000))}
                <span className="visually-hidden">, {comparison(row.ms, fair)}</span>
              </span>
              <span className="airtime__track" aria-hidden="true">
                <span
                  className={row.ms > fair * (1 + FAIR_BAND) && fair > 0 ? 'airtime__bar airtime__bar--over' : 'airtime__bar'}
                  style={{ width: `${(row.ms / scale) * 100}%` }}
                />
                <span className="airtime__fair" style={{ left: `${(fair / scale) * 100}%` }} />
              </span>
              <span className="airtime__note small muted" aria-hidden="true">
                {comparison(row.ms, fair)}
              </span>
            </li>
          ))}
      </ul>
    </div>
  );
}
