/** Shown beside the request form: where to turn now, in words that promise nothing Hearth cannot keep. */
export function CrisisResources() {
  return (
    <aside className="panel crisis" aria-labelledby="crisis-heading">
      <h2 id="crisis-heading">If you need help now</h2>
      <p>A group is not an emergency service. If you are in crisis now, contact your local emergency number or a crisis line.</p>
      <ul>
        <li>Emergency number: 112 in Europe, 911 in the US and Canada, 999 in the UK.</li>
        <li>
          In the US, call or text <strong>988</strong> (Suicide &amp; Crisis Lifeline).
        </li>
        <li>
          In the UK and Ireland, call Samaritans on <strong>116 123</strong>.
        </li>
        <li>
          Elsewhere, <a href="https://findahelpline.com">findahelpline.com</a> lists free, confidential lines by country.
        </li>
      </ul>
    </aside>
  );
}
