import type { SessionStatus } from '@hearth/shared';

export const SESSION_STATUS: Record<SessionStatus, { label: string; tone: string }> = {
  scheduled: { label: 'Scheduled', tone: '' },
  open: { label: 'Open — people can join', tone: 'tag--success' },
  ended: { label: 'Ended', tone: '' },
  cancelled: { label: 'Cancelled — the group does not meet', tone: 'tag--warning' },
};

export const isJoinable = (status: SessionStatus) => status === 'open';
