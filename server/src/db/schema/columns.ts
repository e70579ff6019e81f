import { timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';

/** The column shapes every table repeats, so that each table reads as what it holds. */
export const id = () => uuid().primaryKey().defaultRandom();
export const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
export const at = () => timestamp({ withTimezone: true });
/** A required link that goes when what it points at goes (a deleted user takes her rows with her). */
export const ownedBy = (column: () => AnyPgColumn) => uuid().notNull().references(column, { onDelete: 'cascade' });
