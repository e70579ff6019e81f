/** What other features and pages may use of the weekly rhythm. */
export { SeriesForm } from './components/SeriesForm';
export { SessionChanges } from './components/SessionChanges';
export { NextSessions } from './components/NextSessions';
export { AbsenceSection } from './components/AbsenceSection';
export { sessionCalendarUrl } from './api/schedule-api';
