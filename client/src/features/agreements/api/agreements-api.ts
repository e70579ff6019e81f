import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { agreementSchema, agreementVersionSchema, currentAgreementSchema, type AcceptAgreementBody, type PublishAgreementBody } from '@hearth/shared';
import { apiRequest } from '@/lib/api-client';

export const currentAgreementQuery = (groupId: string) =>
  queryOptions({
    queryKey: ['groups', groupId, 'agreement'],
    queryFn: ({ signal }) => apiRequest(`/api/groups/${groupId}/agreement`, { schema: currentAgreementSchema, signal }),
  });

export const agreementHistoryQuery = (groupId: string) =>
  queryOptions({
    queryKey: ['groups', groupId, 'agreements'],
    queryFn: ({ signal }) => apiRequest(`/api/groups/${groupId}/agreements`, { schema: z.array(agreementVersionSchema), signal }),
  });

export const publishAgreement = (groupId: string, body: PublishAgreementBody) =>
  apiRequest(`/api/groups/${groupId}/agreements`, { method: 'POST', body, schema: agreementSchema });

export const acceptAgreement = (groupId: string, version: number, body: AcceptAgreementBody) =>
  apiRequest(`/api/groups/${groupId}/agreements/${version}/accept`, { method: 'POST', body, schema: z.object({ version: z.number().int() }) });
