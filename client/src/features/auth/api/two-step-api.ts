import { queryOptions } from '@tanstack/react-query';
import { recoveryCodesSchema, twoStepEnrolmentSchema, twoStepStatusSchema } from '@hearth/shared';
import { apiRequest } from '@/lib/api-client';

export const twoStepStatusQuery = () =>
  queryOptions({ queryKey: ['auth', 'two-step'], queryFn: ({ signal }) => apiRequest('/api/auth/two-step', { schema: twoStepStatusSchema, signal }) });

export const beginTwoStep = () => apiRequest('/api/auth/two-step/begin', { method: 'POST', schema: twoStepEnrolmentSchema });

export const confirmTwoStep = (code: string) => apiRequest('/api/auth/two-step/confirm', { method: 'POST', body: { code }, schema: recoveryCodesSchema });

export const disableTwoStep = (code: string) => apiRequest('/api/auth/two-step/disable', { method: 'POST', body: { code } });
