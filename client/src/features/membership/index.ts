/** Leaving well: what pages and other features may import from here. */
/** For the group page: who is leaving (everyone), her own "I am leaving" (members), the notice rule and ending a membership (facilitators). */
export { LeavingNotices } from './components/LeavingNotices';
export { LeavingSection } from './components/LeavingSection';
export { LeavingNoticeSetting } from './components/LeavingNoticeSetting';
export { EndMembership } from './components/EndMembership';
export { lastSessionText } from './components/leaving-words';
export { membershipQuery } from './api/membership-api';
/** For the live panel: whose last session this is. */
export { GoodbyeNotice } from './components/GoodbyeNotice';
