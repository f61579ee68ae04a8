import { describe, expect, it } from 'vitest';
import { errorFromResponse, parseRetryAfter, readErrorBody } from '@/lib/stardex/error-body';

const NOW = Date.UTC(2026, 0, 5, 10, 0, 0);
const h = (init: Record<string, string> = {}) => new Headers(init);

describe('errorFromResponse', () => {
  it('reads the v1 envelope', () => {
    const error = errorFromResponse(
      401,
      {
        success: false,
        error: { code: 'INVALID_API_KEY', message: 'The provided API key is invalid or expired' },
      },
      h(),
      NOW,
    );
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401, code: 'INVALID_API_KEY' });
    expect(error.message).toBe('API key rejected — check it in Options');
    expect(error.isTransient).toBe(false);
  });

  it('reads the plain {message,error,statusCode} shape', () => {
    const error = errorFromResponse(
      404,
      { message: 'Person not found', error: 'Not Found', statusCode: 404 },
      h(),
      NOW,
    );
    expect(error).toMatchObject({
      kind: 'not_found',
      status: 404,
      message: 'Not found in Stardex: Person not found',
    });
    const server = errorFromResponse(
      500,
      { message: 'boom', error: 'Internal Server Error', statusCode: 500 },
      h(),
      NOW,
    );
    expect(server).toMatchObject({ kind: 'server', status: 500 });
    expect(server.isTransient).toBe(true);
  });

  it('names the rejected field of a validation error, in either shape', () => {
    const v1 = errorFromResponse(
      400,
      {
        success: false,
        error: { code: 'VALIDATION_ERROR', message: 'must be a valid ISO date', field: 'due_date' },
      },
      h(),
      NOW,
    );
    expect(v1).toMatchObject({
      kind: 'validation',
      field: 'due_date',
      message: 'Stardex rejected due_date: must be a valid ISO date',
    });
    const details = readErrorBody({
      error: { message: 'Invalid', details: [{ path: ['content_text'], message: 'Required' }] },
    });
    expect(details.field).toBe('content_text');
    const plain = errorFromResponse(
      400,
      { message: 'body/task_type must be one of …', statusCode: 400 },
      h(),
      NOW,
    );
    expect(plain).toMatchObject({ kind: 'validation', field: null });
    expect(plain.message).toContain('body/task_type must be one of');
  });

  it('names the field of a 404 for a referenced id', () => {
    const error = errorFromResponse(
      404,
      { success: false, error: { code: 'NOT_FOUND', message: 'job_id: no job with id 123' } },
      h(),
      NOW,
    );
    expect(error).toMatchObject({
      kind: 'not_found',
      field: 'job_id',
      message: 'Stardex has no such job_id: no job with id 123',
    });
  });

  it('takes the longer of Retry-After and retry_after_seconds for a 429', () => {
    const error = errorFromResponse(
      429,
      {
        success: false,
        error: { code: 'RATE_LIMIT_EXCEEDED', message: 'slow down', retry_after_seconds: 12 },
      },
      h({ 'retry-after': '7' }),
      NOW,
    );
    expect(error).toMatchObject({ kind: 'rate_limited', retryAfterMs: 12_000 });
    expect(error.message).toMatch(/^Stardex is rate-limiting; retrying at \d\d:\d\d:\d\d$/);
    const top = errorFromResponse(429, { success: false, retry_after_seconds: 3 }, h(), NOW);
    expect(top.retryAfterMs).toBe(3000);
    expect(errorFromResponse(429, 'not json', h(), NOW).retryAfterMs).toBe(60_000);
  });

  it('survives bodies that are not JSON objects', () => {
    expect(errorFromResponse(502, '<html>Bad gateway</html>', h(), NOW)).toMatchObject({
      kind: 'server',
      status: 502,
    });
    expect(errorFromResponse(403, null, h(), NOW)).toMatchObject({ kind: 'forbidden' });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('5', NOW)).toBe(5000);
    expect(parseRetryAfter(new Date(NOW + 30_000).toUTCString(), NOW)).toBe(30_000);
    expect(parseRetryAfter(null, NOW)).toBeNull();
    expect(parseRetryAfter('soon', NOW)).toBeNull();
  });
});
