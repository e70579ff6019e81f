import { queryOptions } from '@tanstack/react-query';
import { farewellsSchema, leavingNoticeBodySchema, membershipOverviewSchema } from '@hearth/shared';
import { apiRequest } from '@/lib/api-client';

export const membershipQuery = (groupId: string) =>
  queryOptions({
    queryKey: ['groups', groupId, 'membership'],
    queryFn: ({ signal }) => apiRequest(`/api/groups/${groupId}/membership`, { schema: membershipOverviewSchema, signal }),
  });

export const farewellsQuery = (sessionId: string) =>
  queryOptions({
    queryKey: ['sessions', sessionId, 'farewells'],
    queryFn: ({ signal }) => apiRequest(`/api/sessions/${sessionId}/farewells`, { schema: farewellsSchema, signal }),
  });

export const announceLeaving = (groupId: string) => apiRequest(`/api/groups/${groupId}/membership/leaving`, { method: 'POST' });

export const withdrawLeaving = (groupId: string) => apiRequest(`/api/groups/${groupId}/membership/leaving`, { method: 'DELETE' });

export const setLeavingNotice = (groupId: string, sessions: number) =>
  apiRequest(`/api/groups/${groupId}/leaving-notice`, { method: 'PATCH', body: { sessions }, schema: leavingNoticeBodySchema });

/** Ends her membership; the reason goes to the group's audit log. */
export const endMembership = (groupId: string, userId: string, reason: string) =>
  apiRequest(`/api/groups/${groupId}/members/${userId}`, { method: 'DELETE', body: { reason } });
