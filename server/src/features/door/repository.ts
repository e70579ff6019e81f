import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { sessions } from '../../db/schema.js';

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
  };
}
export type DoorRepository = ReturnType<typeof createDoorRepository>;
