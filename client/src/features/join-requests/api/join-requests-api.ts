import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import {
  groupJoinRequestsSchema,
  myJoinRequestAnswerSchema,
  myJoinRequestSchema,
  reviewJoinRequestSchema,
  type JoinRequestDecision,
  type JoinRequestInputBody,
} from '@hearth/shared';
import { apiRequest } from '@/lib/api-client';

export const myRequestForGroupQuery = (groupId: string) =>
  queryOptions({
    queryKey: ['join-requests', 'mine', groupId],
    queryFn: ({ signal }) => apiRequest(`/api/groups/${groupId}/join-requests/mine`, { schema: myJoinRequestAnswerSchema, signal }),
  });

export const myRequestsQuery = () =>
  queryOptions({
    queryKey: ['join-requests', 'mine'],
    queryFn: ({ signal }) => apiRequest('/api/join-requests/mine', { schema: z.array(myJoinRequestSchema), signal }),
  });

export const groupRequestsQuery = (groupId: string) =>
  queryOptions({
    queryKey: ['groups', groupId, 'join-requests'],
    queryFn: ({ signal }) => apiRequest(`/api/groups/${groupId}/join-requests`, { schema: groupJoinRequestsSchema, signal }),
  });

export const requestToJoin = (groupId: string, input: JoinRequestInputBody) =>
  apiRequest(`/api/groups/${groupId}/join-requests`, { method: 'POST', body: input, schema: myJoinRequestSchema });

export const withdrawRequest = (requestId: string) => apiRequest(`/api/join-requests/${requestId}/withdraw`, { method: 'POST' });

export const decideRequest = (groupId: string, requestId: string, decision: JoinRequestDecision) =>
  apiRequest(`/api/groups/${groupId}/join-requests/${requestId}/decision`, { method: 'POST', body: decision, schema: reviewJoinRequestSchema });
