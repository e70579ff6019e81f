/** Facilitator notes and the recap: what other features and pages may import from here. */
/** For the notes page: the group note, a note per member, the recap and shared reflections (facilitators). */
export { SessionNotes } from './components/SessionNotes';
/** For the ended session's page: the recap, for everyone in the group. */
export { SessionRecap } from './components/SessionRecap';
