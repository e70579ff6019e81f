import { queryOptions } from '@tanstack/react-query';
import { calendarFeedSchema, newCalendarFeedSchema, type CalendarFeedBody } from '@hearth/shared';
import { apiRequest } from '@/lib/api-client';

export const calendarFeedQuery = () =>
  queryOptions({
    queryKey: ['me', 'calendar-feed'],
    queryFn: ({ signal }) => apiRequest('/api/me/calendar-feed', { schema: calendarFeedSchema, signal }),
  });

export const createCalendarFeed = (body: CalendarFeedBody) => apiRequest('/api/me/calendar-feed', { method: 'POST', body, schema: newCalendarFeedSchema });

export const updateCalendarFeed = (body: CalendarFeedBody) => apiRequest('/api/me/calendar-feed', { method: 'PATCH', body, schema: calendarFeedSchema });

export const revokeCalendarFeed = () => apiRequest('/api/me/calendar-feed', { method: 'DELETE' });
