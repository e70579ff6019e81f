/** The facilitator's record: what pages and other features may import from here. */
export { SessionReportView } from './components/SessionReportView';
export { GroupRecordView } from './components/GroupRecordView';
