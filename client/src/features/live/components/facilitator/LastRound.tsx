import type { RoundRecord } from '@hearth/shared';
import type { FacilitatorState } from '../../lib/people';
import { nameOf } from '../../lib/people';
import { ROUND_LABEL } from '../../lib/format';

/**
 * What the round that ended last left: who spoke, who passed, and who never had her turn (it ended
 * before her). The facilitator's alone, as the state it comes from is; members never receive it.
 */
export function LastRound({ state, record }: { state: FacilitatorState; record: RoundRecord }) {
  const names = (ids: string[]) => ids.map((id) => nameOf(state, id)).join(', ');
  const noTurn = record.order.filter((id) => !record.spoke.includes(id) && !record.passed.includes(id));
  const rows: [string, string[]][] = [
    ['Spoke', record.spoke],
    ['Passed', record.passed],
    ['No turn', noTurn],
  ];
  return (
    <div className="last-round" data-testid="last-round">
      <h4 className="last-round__title">Last: {ROUND_LABEL[record.kind].toLowerCase()}</h4>
      <dl className="last-round__list">
        {rows
          .filter(([, ids]) => ids.length > 0)
          .map(([label, ids]) => (
            <div key={label}>
              <dt>{label}:</dt> <dd>{names(ids)}</dd>
            </div>
          ))}
      </dl>
    </div>
  );
}
