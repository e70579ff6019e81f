export * from './errors.js';
export * from './auth.js';
export * from './groups.js';
export * from './invites.js';
export * from './agreements.js';
export * from './sessions.js';
export * from './live/index.js';
export * from './two-step.js';
