/** Every field a directory listing may carry, and nothing else: the directory and the invite page both show one. */
export const LISTING_FIELDS = [
  'costPerSessionCents',
  'currency',
  'description',
  'facilitator',
  'focus',
  'format',
  'id',
  'minimumCommitmentSessions',
  'name',
  'nextStartAt',
  'schedule',
  'seatsLeft',
  'slidingScaleNote',
  'startsOn',
];
