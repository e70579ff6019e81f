import { JOURNAL_PROMPTS, type JournalAnswers } from '@hearth/shared';

/** An entry's answers under their prompts; prompts left empty are left out. */
export function JournalAnswersView({ entry, headingLevel = 3 }: { entry: JournalAnswers; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="journal-answers">
      {JOURNAL_PROMPTS.filter((p) => entry[p.key]).map((prompt) => (
        <div key={prompt.key}>
          <Heading className="journal-answers__prompt">{prompt.label}</Heading>
          <p className="journal-answers__text">{entry[prompt.key]}</p>
        </div>
      ))}
    </div>
  );
}
