/** The gate of "Joining, in order": its pure rule, the facts it reads in one statement, and its refusals as errors. */
export { refusalAt, type Entry, type GateFacts, type GateRefusal, type PersonAtGate } from './rule.js';
export { createGateRepository, isUserId, type GateRepository, type GateSession } from './repository.js';
export { gateError, STEP_FOR_REFUSAL } from './refusals.js';
