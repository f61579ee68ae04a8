import { describe, expect, it, vi } from 'vitest';
import { originNeedingPermission, requireHostPermission } from './host-permission';

describe('requireHostPermission', () => {
  it('needs nothing for the real API and a local sandbox', async () => {
    expect(originNeedingPermission('https://api.stardex.ai')).toBeNull();
    expect(originNeedingPermission('http://127.0.0.1:8787')).toBeNull();
    const contains = vi.fn(async () => false);
    await requireHostPermission('https://api.stardex.ai/v1-proxy', contains);
    expect(contains).not.toHaveBeenCalled();
  });

  it('refuses another https host the browser did not allow, in words', async () => {
    await expect(requireHostPermission('https://evil.example/api', async () => false)).rejects.toMatchObject({
      kind: 'config',
      message: 'The browser has not allowed evil.example: save the API URL again in Options and allow it',
    });
    await expect(
      requireHostPermission('https://stardex.corp.example', async () => true),
    ).resolves.toBeUndefined();
    const contains = vi.fn(async () => true);
    await requireHostPermission('https://stardex.corp.example/base', contains);
    expect(contains).toHaveBeenCalledWith(['https://stardex.corp.example/*']);
  });
});
