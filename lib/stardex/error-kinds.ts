/**
 * The error kinds of the one API client (lib/stardex/api-error.ts): what a failure means for
 * the outbox (retry later, wait for a person, fix the key) and for the words the recruiter sees.
 */
import * as z from 'zod/mini';

export const apiErrorKindSchema = z.enum([
  'unauthorized',
  'forbidden',
  'validation',
  'not_found',
  'rate_limited',
  'server',
  'network',
  'timeout',
  'config',
]);
export type ApiErrorKind = z.infer<typeof apiErrorKindSchema>;
