import { JOURNAL_PROMPTS, type JournalEntry } from '@hearth/shared';

const day = (iso: string) => iso.slice(0, 10);

/** Her journal as a Markdown file she can keep: one section per entry, each prompt she answered with its answer. */
export function journalMarkdown(entries: JournalEntry[], exportedAt: Date): string {
  const lines = ['# My Hearth journal', '', `Exported ${day(exportedAt.toISOString())}. ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}.`];
  for (const entry of entries) {
    const when = entry.sessionStart ? day(entry.sessionStart) : day(entry.createdAt);
    lines.push('', `## ${when}${entry.groupName ? ` · ${entry.groupName}` : ''}`, '');
    if (entry.sharedAt) lines.push(`_Shared with the facilitators on ${day(entry.sharedAt)}._`, '');
    for (const prompt of JOURNAL_PROMPTS) {
      const answer = entry[prompt.key];
      if (answer) lines.push(`### ${prompt.label}`, '', answer, '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export const exportFilename = (exportedAt: Date, extension: 'md' | 'json') => `hearth-journal-${day(exportedAt.toISOString())}.${extension}`;
