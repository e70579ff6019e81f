import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { directoryGroupDetailSchema, directoryPageSchema, facilitatorProfileSchema, type FacilitatorProfileInput } from '@hearth/shared';
import { apiRequest } from '@/lib/api-client';

/** The filters as the page holds them; empty ones are left out of the query. */
export interface DirectoryFilters {
  q: string;
  weekday: string;
  timeOfDay: string;
  maxCost: string;
  seatsAvailable: boolean;
}

export const emptyFilters: DirectoryFilters = { q: '', weekday: '', timeOfDay: '', maxCost: '', seatsAvailable: false };

export function directorySearch(filters: DirectoryFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.weekday) params.set('weekday', filters.weekday);
  if (filters.timeOfDay) params.set('timeOfDay', filters.timeOfDay);
  const cost = Number(filters.maxCost.replace(',', '.'));
  if (filters.maxCost.trim() && Number.isFinite(cost) && cost >= 0) params.set('maxCostCents', String(Math.round(cost * 100)));
  if (filters.seatsAvailable) params.set('seatsAvailable', 'true');
  params.set('limit', '12');
  return params;
}

export const directoryQuery = (filters: DirectoryFilters) =>
  infiniteQueryOptions({
    queryKey: ['directory', directorySearch(filters).toString()],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => {
      const params = directorySearch(filters);
      if (pageParam) params.set('cursor', pageParam);
      return apiRequest(`/api/directory?${params.toString()}`, { schema: directoryPageSchema, signal });
    },
    getNextPageParam: (last) => last.nextCursor,
  });

export const directoryGroupQuery = (groupId: string) =>
  queryOptions({
    queryKey: ['directory', 'group', groupId],
    queryFn: ({ signal }) => apiRequest(`/api/directory/${groupId}`, { schema: directoryGroupDetailSchema, signal }),
  });

export const profileQuery = () =>
  queryOptions({ queryKey: ['profile'], queryFn: ({ signal }) => apiRequest('/api/profile', { schema: facilitatorProfileSchema, signal }) });

/** api-client's method list has no PUT; it sends whatever method it is given. */
export const saveProfile = (input: FacilitatorProfileInput) =>
  apiRequest('/api/profile', { method: 'PUT' as 'POST', body: input, schema: facilitatorProfileSchema });
