import { useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { RATING_ITEMS, RATING_MIN_ANSWERS, RATING_WINDOW_HOURS, type CheckoutRatingInput, type RatingKey } from '@hearth/shared';
import { ErrorNotice, StatusMessage } from '@/components/Notice';
import { useAction } from '@/lib/use-action';
import { myCheckoutQuery, sendCheckout } from '../api/ratings-api';

const SCALE = [1, 2, 3, 4, 5] as const;
const ENDS = { 1: 'not at all', 5: 'very much' } as Record<number, string>;

/**
 * The check-out questions after a session: optional, three items from 1 to 5, answered once. Shown
 * only to a member of the group for that session; the facilitators see the group's averages only.
 */
export function CheckoutRating({ sessionId }: { sessionId: string }) {
  const queryClient = useQueryClient();
  const mine = useQuery(myCheckoutQuery(sessionId));
  const [values, setValues] = useState<Partial<Record<RatingKey, number>>>({});
  const [missing, setMissing] = useState(false);
  const send = useAction(async (input: CheckoutRatingInput) => {
    await sendCheckout(sessionId, input);
    await queryClient.invalidateQueries({ queryKey: myCheckoutQuery(sessionId).queryKey });
  });

  if (!mine.data?.eligible) return null;
  if (mine.data.answered) {
    return (
      <section className="panel" aria-labelledby="checkout-heading">
        <h2 id="checkout-heading">Check-out</h2>
        <StatusMessage tone="success">Thank you — your answers are in.</StatusMessage>
      </section>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { feltHeard, workedOnWhatMattered, overall } = values;
    if (feltHeard === undefined || workedOnWhatMattered === undefined || overall === undefined) return setMissing(true);
    setMissing(false);
    void send.run({ feltHeard, workedOnWhatMattered, overall });
  };

  return (
    <section className="panel" aria-labelledby="checkout-heading">
      <h2 id="checkout-heading">Check-out (optional)</h2>
      <p className="muted">
        Three quick questions, once, open for {RATING_WINDOW_HOURS} hours after the session. Your facilitators see only the group’s averages, never your own answers,
        and nothing at all until the questions have closed and at least {RATING_MIN_ANSWERS} people have answered.
      </p>
      <form onSubmit={submit} noValidate>
        {RATING_ITEMS.map((item) => (
          <fieldset key={item.key} className="field">
            <legend>{item.label}</legend>
            <div className="button-row">
              {SCALE.map((n) => (
                <label key={n} className="choice">
                  <input type="radio" name={item.key} value={n} checked={values[item.key] === n} onChange={() => setValues((v) => ({ ...v, [item.key]: n }))} />
                  {n}
                  {ENDS[n] ? <span className="muted"> ({ENDS[n]})</span> : null}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        {missing ? (
          <p className="field__error" role="alert">
            Choose a number for each of the three, or leave the questions for now.
          </p>
        ) : null}
        <ErrorNotice error={send.error} />
        <button type="submit" className="button button--primary" disabled={send.pending}>
          Send my answers
        </button>
      </form>
    </section>
  );
}
