import { infiniteQueryOptions } from '@tanstack/react-query';
import { auditPageSchema } from '@hearth/shared';
import { apiRequest } from '@/lib/api-client';

const PAGE = 25;

/** The group's history a page at a time, newest first; the server says where the next page starts. */
export const auditQuery = (groupId: string) =>
  infiniteQueryOptions({
    queryKey: ['groups', groupId, 'audit'],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      apiRequest(`/api/groups/${groupId}/audit?limit=${PAGE}${pageParam ? `&before=${encodeURIComponent(pageParam)}` : ''}`, { schema: auditPageSchema, signal }),
    getNextPageParam: (last) => last.nextCursor,
  });
