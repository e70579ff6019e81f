/** The reflection journal: what other features and pages may import from here. */
/** For the ended session's page: the invitation to reflect, for members. */
export { SessionReflection } from './components/SessionReflection';
/** For the journal page: her entries, their sharing, deletion and download. */
export { Journal } from './components/Journal';
