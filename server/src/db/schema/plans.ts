import type { PlanPhase } from '@hearth/shared';
import { jsonb, pgTable, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { at } from './columns.js';
import { groups } from './groups.js';

/** Each group's session plan: one row per group, the phases in order, replaced whole on every save. */
export const sessionPlans = pgTable('session_plans', {
  groupId: uuid()
    .primaryKey()
    .references(() => groups.id, { onDelete: 'cascade' }),
  /** Written only through planInputSchema, so it always holds 1–8 valid phases. */
  phases: jsonb().$type<PlanPhase[]>().notNull(),
  updatedAt: at().notNull().defaultNow(),
  updatedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
});
