ALTER TABLE "group_members" ALTER COLUMN "status" SET DATA TYPE text;--> statement-breakpoint
-- Never set by any release; mapped so the cast below cannot fail on a hand-edited database.
UPDATE "group_members" SET "status" = 'removed' WHERE "status" IN ('invited', 'leaving', 'left');--> statement-breakpoint
DROP TYPE "public"."member_status";--> statement-breakpoint
CREATE TYPE "public"."member_status" AS ENUM('active', 'removed');--> statement-breakpoint
ALTER TABLE "group_members" ALTER COLUMN "status" SET DATA TYPE "public"."member_status" USING "status"::"public"."member_status";--> statement-breakpoint
ALTER TABLE "sessions" ALTER COLUMN "status" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "sessions" ALTER COLUMN "status" SET DEFAULT 'scheduled'::text;--> statement-breakpoint
UPDATE "sessions" SET "status" = 'open' WHERE "status" = 'live';--> statement-breakpoint
DROP TYPE "public"."session_status";--> statement-breakpoint
CREATE TYPE "public"."session_status" AS ENUM('scheduled', 'open', 'ended');--> statement-breakpoint
ALTER TABLE "sessions" ALTER COLUMN "status" SET DEFAULT 'scheduled'::"public"."session_status";--> statement-breakpoint
ALTER TABLE "sessions" ALTER COLUMN "status" SET DATA TYPE "public"."session_status" USING "status"::"public"."session_status";--> statement-breakpoint
-- The live row is now made when a session opens, never by a read: give every open session that has
-- none the state a fresh one starts with (server/src/features/live/initial.ts).
INSERT INTO "session_state" ("session_id", "version", "state")
SELECT s."id", 0, jsonb_build_object(
  'version', 0, 'phase', 'lobby', 'present', '[]'::jsonb, 'lobby', '[]'::jsonb, 'admitted', '[]'::jsonb,
  'hands', '[]'::jsonb, 'raisedAt', '{}'::jsonb, 'queueMode', 'raised', 'floor', 'null'::jsonb,
  'timer', jsonb_build_object('state', 'idle', 'durationMs', g."turn_seconds" * 1000, 'endsAt', 'null'::jsonb, 'remainingMs', g."turn_seconds" * 1000),
  'round', 'null'::jsonb,
  'settings', jsonb_build_object('turnSeconds', g."turn_seconds", 'roundSeconds', g."round_seconds", 'autoAdvance', true, 'lobbyOn', false, 'locked', false),
  'airtime', '{}'::jsonb, 'signals', '[]'::jsonb)
FROM "sessions" s JOIN "groups" g ON g."id" = s."group_id"
WHERE s."status" = 'open'
ON CONFLICT ("session_id") DO NOTHING;