import type { Db } from '../../db/client.js';
import { auditLog } from '../../db/schema.js';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  groupId?: string;
  subjectId?: string;
  /**
   * Ids and counts only: never names, emails, agreement text or anything a member said. The one text
   * is a facilitator's reason for ending a membership, which the group's facilitators read in its history.
   */
  detail?: Record<string, string | number | boolean>;
}

export function createAudit(db: Db) {
  return {
    record: async (entry: AuditEntry) => {
      await db.insert(auditLog).values({ ...entry, detail: entry.detail ?? {} });
    },
  };
}
export type Audit = ReturnType<typeof createAudit>;
