export * from './state.js';
export * from './commands.js';
export * from './events.js';
