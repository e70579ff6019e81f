import { z } from 'zod';
import { groupSchema, memberSchema, type GroupInput, type GroupPatch } from '@hearth/shared';
import { apiRequest } from '@/lib/api-client';

export const listMyGroups = (signal?: AbortSignal) => apiRequest('/api/groups', { schema: z.array(groupSchema), signal });

export const fetchGroup = (groupId: string, signal?: AbortSignal) => apiRequest(`/api/groups/${groupId}`, { schema: groupSchema, signal });

export const createGroup = (input: GroupInput) => apiRequest('/api/groups', { method: 'POST', body: input, schema: groupSchema });

export const updateGroup = (groupId: string, patch: GroupPatch) =>
  apiRequest(`/api/groups/${groupId}`, { method: 'PATCH', body: patch, schema: groupSchema });

export const listMembers = (groupId: string, signal?: AbortSignal) =>
  apiRequest(`/api/groups/${groupId}/members`, { schema: z.array(memberSchema), signal });

export const removeMember = (groupId: string, userId: string) =>
  apiRequest(`/api/groups/${groupId}/members/${userId}`, { method: 'DELETE' });
