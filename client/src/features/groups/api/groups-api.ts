import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { groupSchema, memberSchema, type GroupInput, type GroupPatch, type RoleChangeBody } from '@hearth/shared';
import { apiRequest } from '@/lib/api-client';

export const myGroupsQuery = () =>
  queryOptions({ queryKey: ['groups'], queryFn: ({ signal }) => apiRequest('/api/groups', { schema: z.array(groupSchema), signal }) });

export const groupQuery = (groupId: string) =>
  queryOptions({ queryKey: ['groups', groupId], queryFn: ({ signal }) => apiRequest(`/api/groups/${groupId}`, { schema: groupSchema, signal }) });

export const createGroup = (input: GroupInput) => apiRequest('/api/groups', { method: 'POST', body: input, schema: groupSchema });

export const updateGroup = (groupId: string, patch: GroupPatch) => apiRequest(`/api/groups/${groupId}`, { method: 'PATCH', body: patch, schema: groupSchema });

export const membersQuery = (groupId: string) =>
  queryOptions({
    queryKey: ['groups', groupId, 'members'],
    queryFn: ({ signal }) => apiRequest(`/api/groups/${groupId}/members`, { schema: z.array(memberSchema), signal }),
  });

/** The group's facilitator makes a member co-facilitator, or a co-facilitator a member again. */
export const setMemberRole = (groupId: string, userId: string, body: RoleChangeBody) =>
  apiRequest(`/api/groups/${groupId}/members/${userId}`, { method: 'PATCH', body });
