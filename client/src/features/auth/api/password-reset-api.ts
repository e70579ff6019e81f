import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { devMailSchema, passwordResetRequestedSchema, type RequestPasswordResetBody, type ResetPasswordBody } from '@hearth/shared';
import { apiRequest } from '@/lib/api-client';

export const requestPasswordReset = (body: RequestPasswordResetBody) =>
  apiRequest('/api/auth/password-reset/request', { method: 'POST', body, schema: passwordResetRequestedSchema });

/** Whether the link still works, before she types a new password (a 410 when not). */
export const resetLinkQuery = (token: string) =>
  queryOptions({
    queryKey: ['password-reset', token],
    queryFn: ({ signal }) => apiRequest(`/api/auth/password-reset/${encodeURIComponent(token)}`, { signal }).then(() => true),
    retry: false,
  });

export const resetPassword = (body: ResetPasswordBody) => apiRequest('/api/auth/password-reset', { method: 'POST', body });

/** The development mailbox: only there outside production, when no SMTP server is configured. */
export const devMailboxQuery = () =>
  queryOptions({
    queryKey: ['dev-mailbox'],
    queryFn: ({ signal }) => apiRequest('/api/dev/mailbox', { schema: z.array(devMailSchema), signal }),
    retry: false,
  });
