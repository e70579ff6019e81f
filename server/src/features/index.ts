import type { FastifyInstance } from 'fastify';
import { createGroupRepository } from './groups/repository.js';
import { createGroupAccess } from './groups/access.js';
import { createGroupService } from './groups/service.js';
import { createInviteRepository } from './invites/repository.js';
import { createInviteService } from './invites/service.js';
import { createAgreementRepository } from './agreements/repository.js';
import { createAgreementService } from './agreements/service.js';
import { createSessionRepository } from './sessions/repository.js';
import { createSessionService } from './sessions/service.js';
import { createAttendanceRepository } from './attendance/repository.js';
import { createAttendanceService } from './attendance/service.js';
import { createLiveRepository } from './live/repository.js';
import { createLiveService } from './live/service.js';
import { registerLiveNamespace } from './live/socket.js';
import { connectedIds } from './live/fanout.js';
import { createLiveEffects, leaveGroupRooms, roleChangedInRooms } from './live/effects.js';
import { createPresenceSweep } from './live/presence-sweep.js';
import { authRoutes } from './auth/routes.js';
import { twoStepRoutes } from './two-step/routes.js';
import { passwordResetRoutes } from './auth/reset-routes.js';
import type { Accounts } from './auth/accounts.js';
import { groupRoutes } from './groups/routes.js';
import { inviteRoutes } from './invites/routes.js';
import { agreementRoutes } from './agreements/routes.js';
import { sessionRoutes } from './sessions/routes.js';
import { attendanceRoutes } from './attendance/routes.js';
import { healthRoutes } from './health/routes.js';
import { liveRoutes } from './live/routes.js';
import { createDoorRepository } from './door/repository.js';
import { createGateRepository } from './gate/index.js';
import { createDoor } from './door/service.js';
import { plansFeature } from './plans/index.js';
import { directoryFeature, directoryListing } from './directory/index.js';
import { joinRequestsFeature } from './join-requests/index.js';
import { profileRoutes } from './profiles/routes.js';
import { notesFeature } from './notes/index.js';
import { journalFeature } from './journal/index.js';
import { scheduleFeature } from './schedule/index.js';
import { calendarFeature } from './calendar/index.js';
import { absencesFeature } from './absences/index.js';
import { recordFeature } from './record/index.js';
import { ratingsFeature } from './ratings/index.js';
import { membershipFeature } from './membership/index.js';
import { safetyFeature } from './safety/index.js';
import { createAuditRepository } from './audit/repository.js';
import { createAuditHistory } from './audit/history.js';
import { auditRoutes } from './audit/routes.js';

/** Builds every feature's service from its dependencies and registers its routes. */
export async function registerFeatures(app: FastifyInstance, { audit, auth, twoStep, passwordReset, mailer }: Accounts) {
  const { db, livekit, io } = app;
  const groupRepo = createGroupRepository(db);
  const access = createGroupAccess(groupRepo);
  const liveRepo = createLiveRepository(db);
  const gate = createGateRepository(db);
  const agreements = createAgreementService({ repo: createAgreementRepository(db), access, audit });
  const membership = membershipFeature({ db, access, audit });
  const safety = safetyFeature({ db, access, audit, sealer: app.sealer });
  const sessions = createSessionService({
    repo: createSessionRepository(db),
    groups: groupRepo,
    access,
    livekit,
    audit,
    gate,
    createLiveDocument: liveRepo.create,
    requireFacilitatorTwoStep: app.config.REQUIRE_FACILITATOR_TWO_STEP ? twoStep.requireEnabled : async () => {},
    onEnded: membership.onSessionEnded,
    sealLocation: safety.sealLocation,
    doorRestoresRooms: app.config.LIVEKIT_RECONCILE_MS > 0,
  });
  const live = createLiveService({
    repo: liveRepo,
    log: app.log,
    outlets: createLiveEffects(io, app.ioClustered, sessions, audit),
  });
  const door = createDoor({
    repo: createDoorRepository(db),
    gate,
    livekit,
    audit,
    log: app.log,
    reconcileMs: app.config.LIVEKIT_RECONCILE_MS,
    restoreRoom: sessions.restoreRoom,
  });
  const presence = createPresenceSweep({
    repo: liveRepo,
    live,
    connectedIds: (sessionId) => connectedIds(io, sessionId),
    log: app.log,
    graceMs: app.config.LIVE_PRESENCE_GRACE_MS,
    intervalMs: app.config.LIVE_PRESENCE_SWEEP_MS,
  });
  app.addHook('onReady', () => live.resumeTimers());
  app.addHook('onReady', async () => presence.start());
  app.addHook('onClose', async () => presence.stop());
  app.addHook('onReady', async () => door.start());
  app.addHook('onClose', async () => live.close());
  app.addHook('onClose', async () => door.stop());

  await app.register(healthRoutes);
  await app.register(authRoutes(auth));
  await app.register(twoStepRoutes(twoStep));
  await app.register(passwordResetRoutes(passwordReset, mailer));
  await app.register(
    groupRoutes(
      createGroupService({
        repo: groupRepo,
        access,
        audit,
        onMemberRemoved: leaveGroupRooms(io, sessions),
        onRoleChanged: roleChangedInRooms(io, app.ioClustered, sessions),
      }),
    ),
  );
  await app.register(
    inviteRoutes(
      createInviteService({ repo: createInviteRepository(db), groups: groupRepo, access, audit, listing: directoryListing(db), publicUrl: app.config.PUBLIC_URL }),
    ),
  );
  await app.register(agreementRoutes(agreements));
  await app.register(plansFeature({ db, access, audit }));
  await app.register(directoryFeature(db));
  await app.register(profileRoutes({ db, audit }));
  await app.register(joinRequestsFeature({ db, groups: groupRepo, access, audit, sealer: app.sealer }));
  const journal = journalFeature({ db, access, sealer: app.sealer });
  await app.register(journal.routes);
  await app.register(notesFeature({ db, access, audit, sealer: app.sealer, sharedEntries: journal.service.sharedWithFacilitators }));
  await app.register(scheduleFeature({ db, groups: groupRepo, access, audit }));
  await app.register(calendarFeature({ db, access, audit, publicUrl: app.config.PUBLIC_URL }));
  await app.register(absencesFeature({ db, access, audit, sealer: app.sealer }));
  const ratings = ratingsFeature({ db, groups: groupRepo });
  await app.register(ratings.routes);
  await app.register(recordFeature({ db, access, groups: groupRepo, ratings: ratings.service.summaries }));
  await app.register(membership.routes);
  await app.register(safety.routes);
  await app.register(auditRoutes(createAuditHistory({ repo: createAuditRepository(db), access })));
  await app.register(sessionRoutes(sessions, live));
  await app.register(attendanceRoutes(createAttendanceService(createAttendanceRepository(db)), sessions, door));
  await app.register(liveRoutes(liveRepo, sessions));
  registerLiveNamespace(app, live, sessions, auth);
}
