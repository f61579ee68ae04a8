/**
 * Request validation: parses a body with a (strict) zod schema and turns the first problem into the
 * sandbox's 400 `{code:'VALIDATION_ERROR', message:'<field>: <problem>', field:'<field>'}`.
 * The wording is the sandbox's own; Stardex's real messages are not documented.
 */
import type { z } from 'zod';
import { validationError } from './api-error';

type Issue = z.core.$ZodIssue;

/** Parses `body` with `schema`, or throws a 400 ApiError describing the first issue. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue === undefined) throw validationError('body', 'is invalid');
  const { field, problem } = describeIssue(issue, body);
  throw validationError(field, problem);
}

/** `owner_ids[0]`, `keywords`, or `body` for the top level. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? 'body' : out;
}

function isMissing(path: readonly PropertyKey[], body: unknown): boolean {
  let node: unknown = body;
  for (const part of path) {
    if (node === null || typeof node !== 'object' || !(part in node)) return true;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node === undefined;
}

const typeNames: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'a boolean (true or false)',
  array: 'an array',
  object: 'a JSON object',
};

const formatNames: Record<string, string> = {
  uuid: 'a UUID',
  guid: 'a UUID',
  datetime: 'an ISO 8601 date-time, e.g. 2024-02-15T17:00:00Z',
  date: 'an ISO 8601 date, e.g. 2024-02-15',
  email: 'an email address',
  url: 'a URL',
};

function describeIssue(issue: Issue, body: unknown): { field: string; problem: string } {
  const field = formatPath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.path.length > 0 && isMissing(issue.path, body)) return { field, problem: 'is required' };
      return { field, problem: `must be ${typeNames[issue.expected] ?? issue.expected}` };
    case 'invalid_value':
      return { field, problem: `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` };
    case 'invalid_format':
      return { field, problem: `must be ${formatNames[issue.format] ?? `in ${issue.format} format`}` };
    case 'unrecognized_keys': {
      const key = issue.keys[0] ?? '?';
      return { field: formatPath([...issue.path, key]), problem: 'is not a known field' };
    }
    case 'too_small':
      return { field, problem: describeBound(issue.origin, 'at least', issue.minimum) };
    case 'too_big':
      return { field, problem: describeBound(issue.origin, 'at most', issue.maximum) };
    default:
      return { field, problem: issue.message };
  }
}

function describeBound(origin: string, relation: string, bound: number | bigint): string {
  if (origin === 'string')
    return Number(bound) === 1 && relation === 'at least'
      ? 'must not be empty'
      : `must be ${relation} ${bound} characters long`;
  if (origin === 'array') return `must have ${relation} ${bound} items`;
  return `must be ${relation} ${bound}`;
}
