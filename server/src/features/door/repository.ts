import { and, eq, inArray, notInArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { groups, sessions } from '../../db/schema.js';

export interface DoorSession {
  id: string;
  groupId: string;
  roomName: string;
  status: (typeof sessions.$inferSelect)['status'];
}

const sessionColumns = { id: sessions.id, groupId: sessions.groupId, roomName: sessions.roomName, status: sessions.status };

export function createDoorRepository(db: Db) {
  return {
    sessionsByRoom: async (roomNames: string[]): Promise<DoorSession[]> =>
      roomNames.length === 0 ? [] : db.select(sessionColumns).from(sessions).where(inArray(sessions.roomName, roomNames)),

    /** Open sessions whose room is not among these (LiveKit forgot it: a restart, or it closed it while empty). */
    openSessionsWithout: async (roomNames: string[]) =>
      db
        .select({ roomName: sessions.roomName, capacity: groups.capacity })
        .from(sessions)
        .innerJoin(groups, eq(groups.id, sessions.groupId))
        .where(and(eq(sessions.status, 'open'), roomNames.length === 0 ? undefined : notInArray(sessions.roomName, roomNames))),
  };
}
export type DoorRepository = ReturnType<typeof createDoorRepository>;
