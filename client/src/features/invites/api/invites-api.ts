import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { createdInviteSchema, invitePreviewSchema, inviteSchema, type CreateInviteBody } from '@hearth/shared';
import { apiRequest } from '@/lib/api-client';

export const createInvite = (groupId: string, body: CreateInviteBody) =>
  apiRequest(`/api/groups/${groupId}/invites`, { method: 'POST', body, schema: createdInviteSchema });

export const invitesQuery = (groupId: string) =>
  queryOptions({
    queryKey: ['groups', groupId, 'invites'],
    queryFn: ({ signal }) => apiRequest(`/api/groups/${groupId}/invites`, { schema: z.array(inviteSchema), signal }),
  });

export const revokeInvite = (groupId: string, inviteId: string) => apiRequest(`/api/groups/${groupId}/invites/${inviteId}`, { method: 'DELETE' });

// Tokens are URL-safe base64 already; encoding guards against a hand-edited link.
export const invitePreviewQuery = (token: string) =>
  queryOptions({
    queryKey: ['invites', token],
    queryFn: ({ signal }) => apiRequest(`/api/invites/${encodeURIComponent(token)}`, { schema: invitePreviewSchema, signal }),
  });

export const acceptInvite = (token: string) =>
  apiRequest(`/api/invites/${encodeURIComponent(token)}/accept`, { method: 'POST', schema: z.object({ groupId: z.uuid() }) });
