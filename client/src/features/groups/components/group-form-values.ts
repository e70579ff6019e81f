import { DEFAULT_INTAKE_QUESTIONS, GROUP_FORMATS, WEEKDAYS, type GroupInput } from '@hearth/shared';

/** What the form's inputs hold: text, exactly as typed, until it is checked against the schema. */
export interface GroupFormValues {
  name: string;
  focus: string;
  description: string;
  capacity: string;
  cost: string;
  currency: string;
  weekday: (typeof WEEKDAYS)[number];
  time: string;
  timezone: string;
  durationMinutes: string;
  listedInDirectory: boolean;
  format: (typeof GROUP_FORMATS)[number];
  minimumCommitmentSessions: string;
  slidingScaleNote: string;
  startsOn: string;
  intakeQuestions: string[];
}

export const browserTimezone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export const emptyGroupValues = (): GroupFormValues => ({
  name: '',
  focus: '',
  description: '',
  capacity: '8',
  cost: '0',
  currency: 'EUR',
  weekday: 'tuesday',
  time: '19:30',
  timezone: browserTimezone(),
  durationMinutes: '90',
  listedInDirectory: false,
  format: 'closed',
  minimumCommitmentSessions: '1',
  slidingScaleNote: '',
  startsOn: '',
  intakeQuestions: [...DEFAULT_INTAKE_QUESTIONS],
});

export const valuesFromGroup = (group: GroupInput): GroupFormValues => ({
  name: group.name,
  focus: group.focus,
  description: group.description,
  capacity: String(group.capacity),
  cost: (group.costPerSessionCents / 100).toFixed(2),
  currency: group.currency,
  weekday: group.schedule.weekday,
  time: group.schedule.time,
  timezone: group.schedule.timezone,
  durationMinutes: String(group.schedule.durationMinutes),
  listedInDirectory: group.listedInDirectory,
  format: group.format,
  minimumCommitmentSessions: String(group.minimumCommitmentSessions),
  slidingScaleNote: group.slidingScaleNote,
  startsOn: group.startsOn ?? '',
  intakeQuestions: group.intakeQuestions,
});

/** Numbers stay NaN when they are not numbers, so the schema, not this function, says what is wrong. */
const toNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.replace(',', '.')));

export const inputFromValues = (v: GroupFormValues) => ({
  name: v.name,
  focus: v.focus,
  description: v.description,
  capacity: toNumber(v.capacity),
  costPerSessionCents: Math.round(toNumber(v.cost) * 100),
  currency: v.currency.trim().toUpperCase(),
  schedule: { weekday: v.weekday, time: v.time, timezone: v.timezone, durationMinutes: toNumber(v.durationMinutes) },
  listedInDirectory: v.listedInDirectory,
  format: v.format,
  minimumCommitmentSessions: toNumber(v.minimumCommitmentSessions),
  slidingScaleNote: v.slidingScaleNote,
  startsOn: v.startsOn === '' ? null : v.startsOn,
  intakeQuestions: v.intakeQuestions,
});

/** The schema's paths, mapped onto the inputs that show them. */
export const FIELD_FOR_PATH: Record<string, keyof GroupFormValues> = {
  costPerSessionCents: 'cost',
  'schedule.weekday': 'weekday',
  'schedule.time': 'time',
  'schedule.timezone': 'timezone',
  'schedule.durationMinutes': 'durationMinutes',
};

export function timezoneOptions(current: string): string[] {
  const all = Intl.supportedValuesOf('timeZone');
  return all.includes(current) ? all : [current, ...all];
}
