import { queryOptions } from '@tanstack/react-query';
import { sessionPlanSchema, type PlanInput } from '@hearth/shared';
import { apiRequest } from '@/lib/api-client';

export const groupPlanQuery = (groupId: string) =>
  queryOptions({
    queryKey: ['groups', groupId, 'plan'],
    queryFn: ({ signal }) => apiRequest(`/api/groups/${groupId}/plan`, { schema: sessionPlanSchema, signal }),
  });

/** The room knows its session, not always its group: the server finds the group's plan from the session. */
export const sessionPlanQuery = (sessionId: string) =>
  queryOptions({
    queryKey: ['sessions', sessionId, 'plan'],
    queryFn: ({ signal }) => apiRequest(`/api/sessions/${sessionId}/plan`, { schema: sessionPlanSchema, signal }),
  });

/** Replaces the plan whole. api-client's method list has no PUT yet; it sends whatever method it is given. */
export const savePlan = (groupId: string, input: PlanInput) =>
  apiRequest(`/api/groups/${groupId}/plan`, { method: 'PUT' as 'POST', body: input, schema: sessionPlanSchema });
