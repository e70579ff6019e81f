-- journal_entries, facilitator_notes and join_requests were placeholders no release ever wrote to: they take their real shapes here.
CREATE TYPE "public"."group_format" AS ENUM('closed', 'open');--> statement-breakpoint
CREATE TYPE "public"."join_request_status" AS ENUM('pending', 'accepted', 'declined', 'waitlisted', 'withdrawn');--> statement-breakpoint
ALTER TYPE "public"."member_status" ADD VALUE 'leaving' BEFORE 'removed';--> statement-breakpoint
ALTER TYPE "public"."member_status" ADD VALUE 'left' BEFORE 'removed';--> statement-breakpoint
ALTER TYPE "public"."session_status" ADD VALUE 'cancelled';--> statement-breakpoint
CREATE TABLE "password_resets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "password_resets_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "facilitator_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"credential" text DEFAULT '' NOT NULL,
	"bio" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "absences" (
	"session_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"sealed_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "absences_session_id_user_id_pk" PRIMARY KEY("session_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"show_group_names" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "calendar_feeds_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "checkout_ratings" (
	"session_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"felt_heard" integer NOT NULL,
	"worked_on_what_mattered" integer NOT NULL,
	"overall" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "member_notes" (
	"session_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"sealed" text NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "member_notes_session_id_member_id_pk" PRIMARY KEY("session_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "session_notes" (
	"session_id" uuid PRIMARY KEY NOT NULL,
	"sealed" text NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_recaps" (
	"session_id" uuid PRIMARY KEY NOT NULL,
	"sealed" text NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "facilitator_notes" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP TABLE "facilitator_notes" CASCADE;--> statement-breakpoint
ALTER TABLE "journal_entries" DROP CONSTRAINT "journal_entries_session_id_sessions_id_fk";
--> statement-breakpoint
ALTER TABLE "journal_entries" ALTER COLUMN "session_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "group_members" ADD COLUMN "final_session_id" uuid;--> statement-breakpoint
ALTER TABLE "groups" ADD COLUMN "format" "group_format" DEFAULT 'closed' NOT NULL;--> statement-breakpoint
ALTER TABLE "groups" ADD COLUMN "minimum_commitment_sessions" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "groups" ADD COLUMN "sliding_scale_note" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "groups" ADD COLUMN "starts_on" date;--> statement-breakpoint
ALTER TABLE "groups" ADD COLUMN "intake_questions" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "groups" ADD COLUMN "safety_check" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "groups" ADD COLUMN "leaving_notice_sessions" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "invites" ADD COLUMN "max_uses" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "invites" ADD COLUMN "uses" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "join_requests" ADD COLUMN "status" "join_request_status" DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE "join_requests" ADD COLUMN "sealed_answers" text NOT NULL;--> statement-breakpoint
ALTER TABLE "join_requests" ADD COLUMN "sealed_emergency_contact" text NOT NULL;--> statement-breakpoint
ALTER TABLE "join_requests" ADD COLUMN "consent_to_contact" boolean NOT NULL;--> statement-breakpoint
ALTER TABLE "join_requests" ADD COLUMN "decline_message" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "join_requests" ADD COLUMN "decided_by" uuid;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD COLUMN "sealed" text NOT NULL;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD COLUMN "shared_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "privacy_checks" ADD COLUMN "sealed_location" text;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "moved_from" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "password_resets" ADD CONSTRAINT "password_resets_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilitator_profiles" ADD CONSTRAINT "facilitator_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "absences" ADD CONSTRAINT "absences_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "absences" ADD CONSTRAINT "absences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkout_ratings" ADD CONSTRAINT "checkout_ratings_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkout_ratings" ADD CONSTRAINT "checkout_ratings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_notes" ADD CONSTRAINT "member_notes_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_notes" ADD CONSTRAINT "member_notes_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_notes" ADD CONSTRAINT "member_notes_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_notes" ADD CONSTRAINT "session_notes_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_notes" ADD CONSTRAINT "session_notes_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_recaps" ADD CONSTRAINT "session_recaps_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_recaps" ADD CONSTRAINT "session_recaps_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "password_resets_user_id_index" ON "password_resets" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "calendar_feeds_user_id_index" ON "calendar_feeds" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "checkout_ratings_session_id_user_id_index" ON "checkout_ratings" USING btree ("session_id","user_id");--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_final_session_id_sessions_id_fk" FOREIGN KEY ("final_session_id") REFERENCES "public"."sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "join_requests" ADD CONSTRAINT "join_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "join_requests_group_id_user_id_index" ON "join_requests" USING btree ("group_id","user_id");--> statement-breakpoint
CREATE INDEX "join_requests_group_id_status_index" ON "join_requests" USING btree ("group_id","status");--> statement-breakpoint
CREATE INDEX "journal_entries_user_id_index" ON "journal_entries" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "journal_entries_session_id_index" ON "journal_entries" USING btree ("session_id");--> statement-breakpoint
ALTER TABLE "join_requests" DROP COLUMN "message";--> statement-breakpoint
ALTER TABLE "join_requests" DROP COLUMN "accepted";--> statement-breakpoint
ALTER TABLE "journal_entries" DROP COLUMN "body";