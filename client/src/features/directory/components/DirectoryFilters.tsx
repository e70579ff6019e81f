import { useId, useState, type FormEvent } from 'react';
import { TIMES_OF_DAY, WEEKDAYS } from '@hearth/shared';
import type { DirectoryFilters as Filters } from '../api/directory-api';

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const TIME_LABEL = { morning: 'Morning (before 12:00)', afternoon: 'Afternoon (12:00–17:00)', evening: 'Evening (from 17:00)' } as const;

/** The directory's search: applied when she presses Search, so results do not jump while she types. */
export function DirectoryFilters({ initial, onApply }: { initial: Filters; onApply: (filters: Filters) => void }) {
  const id = useId();
  const [values, setValues] = useState(initial);
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => setValues((v) => ({ ...v, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(values);
  }

  return (
    <form className="form directory-filters" role="search" aria-label="Find a group" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-q`}>Search</label>
        <input
          id={`${id}-q`}
          type="search"
          maxLength={100}
          placeholder="e.g. mothers, leadership, grief"
          value={values.q}
          onChange={(e) => set('q', e.target.value)}
        />
      </div>
      <div className="directory-filters__row">
        <div className="field">
          <label htmlFor={`${id}-day`}>Day</label>
          <select id={`${id}-day`} value={values.weekday} onChange={(e) => set('weekday', e.target.value)}>
            <option value="">Any day</option>
            {WEEKDAYS.map((day) => (
              <option key={day} value={day}>
                {capitalise(day)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-time`}>Time of day</label>
          <select id={`${id}-time`} aria-describedby={`${id}-time-hint`} value={values.timeOfDay} onChange={(e) => set('timeOfDay', e.target.value)}>
            <option value="">Any time</option>
            {TIMES_OF_DAY.map((time) => (
              <option key={time} value={time}>
                {TIME_LABEL[time]}
              </option>
            ))}
          </select>
          <p className="field__hint" id={`${id}-time-hint`}>
            In the group’s own time zone.
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-cost`}>Highest cost per session</label>
          <input id={`${id}-cost`} inputMode="decimal" placeholder="Any" value={values.maxCost} onChange={(e) => set('maxCost', e.target.value)} />
        </div>
      </div>
      <div className="check">
        <input id={`${id}-seats`} type="checkbox" checked={values.seatsAvailable} onChange={(e) => set('seatsAvailable', e.target.checked)} />
        <label htmlFor={`${id}-seats`}>Only groups with a seat free</label>
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary">
          Search
        </button>
      </div>
    </form>
  );
}
