/** The group's history (audit log) for facilitators: what the group page may import from here. */
export { AuditSection } from './components/AuditSection';
