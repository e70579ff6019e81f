export { ListingFacts } from './components/DirectoryCard';
export { describeSchedule, formatCost } from './lib/schedule-display';
export { profileQuery } from './api/directory-api';
