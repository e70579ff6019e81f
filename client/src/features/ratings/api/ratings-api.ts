import { queryOptions } from '@tanstack/react-query';
import { myCheckoutSchema, type CheckoutRatingInput } from '@hearth/shared';
import { apiRequest } from '@/lib/api-client';

export const myCheckoutQuery = (sessionId: string) =>
  queryOptions({
    queryKey: ['sessions', sessionId, 'checkout'],
    queryFn: ({ signal }) => apiRequest(`/api/sessions/${sessionId}/checkout`, { schema: myCheckoutSchema, signal }),
  });

export const sendCheckout = (sessionId: string, input: CheckoutRatingInput) =>
  apiRequest(`/api/sessions/${sessionId}/checkout`, { method: 'POST', body: input, schema: myCheckoutSchema });
