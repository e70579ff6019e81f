import { apiErrorSchema } from '@hearth/shared';

/** Error answers documented on every route, so the OpenAPI document lists them. */
export const errors = (...statuses: number[]) => Object.fromEntries(statuses.map((s) => [s, apiErrorSchema])) as Record<number, typeof apiErrorSchema>;
