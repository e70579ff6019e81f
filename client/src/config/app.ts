export const APP_NAME = 'Hearth';

/** How often a waiting session page asks whether the facilitator has opened the room. */
export const SESSION_POLL_MS = 3_000;

export const pageTitle = (title: string) => `${title} · ${APP_NAME}`;
