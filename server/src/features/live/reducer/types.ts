import type { CommandPayload, CommandType, ErrorCode, LiveErrorCode, LiveState, MomentSignal, Role } from '@hearth/shared';

/** Who sent a command. `system` is the server itself: presence, timer expiry. */
export type Actor = { userId: string; role: Role } | { userId: 'system'; role: 'system' };

export type ClientCommand = { [K in CommandType]: { type: K; payload: CommandPayload<K> } }[CommandType];

/** What the server tells the reducer about the world: who came and went, whose time ran out. */
export type SystemCommand =
  | { type: 'presence:join'; payload: { userId: string; name: string; role: Role } }
  | { type: 'presence:leave'; payload: { userId: string } }
  | { type: 'timer:expire'; payload: { expectedVersion: number } };

export type LiveCommand = ClientCommand | SystemCommand;

/** What the reducer asks the world to do once the new state is committed. */
export type Effect =
  | { type: 'turn'; userId: string; kind: 'queue' | 'round' | 'facilitator'; startedAt: number; endedAt: number }
  | { type: 'mute'; userId: string }
  | { type: 'remove'; userId: string }
  | { type: 'signal'; signal: MomentSignal }
  /** Let in from the waiting room: the audit log keeps who admitted whom. */
  | { type: 'admit'; userIds: string[] }
  | { type: 'end-session' };

export interface ReduceContext {
  now: number;
  /** For shuffled rounds: the caller draws it, so the reducer stays pure and replayable. */
  seed: number;
}

export type ReduceResult = { ok: true; state: LiveState; effects: Effect[] } | { ok: false; code: LiveErrorCode | ErrorCode; message: string };

/** Why a command was refused before anything was written. */
export interface Refusal {
  code: LiveErrorCode | ErrorCode;
  message: string;
}
