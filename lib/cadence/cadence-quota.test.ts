import { describe, expect, it } from 'vitest';
import { SYNC_QUOTA, syncItemBytes } from '@/lib/storage/sync-quota';
import {
  CADENCE_LIMITS,
  type Cadence,
  type CadenceList,
  initialCadenceList,
} from '@/lib/tasks/cadence-schema';
import { CADENCES_SYNC_KEY, cadencesQuotaShare, checkCadencesQuota } from './cadence-quota';

/** `n` cadences of `steps` steps each with templates of `length` characters of `char`. */
function cadences(n: number, steps: number, length: number, char = 'a'): CadenceList {
  const list: Cadence[] = Array.from({ length: n }, (_, c) => ({
    id: `cadence-${c}`,
    name: `Cadence ${c}`,
    steps: Array.from({ length: steps }, (_, s) => ({
      id: `step-${s}`,
      type: 'linkedin_message',
      offset: { unit: 'businessDays', amount: s * 2 },
      template: char.repeat(length),
    })),
  }));
  return { cadences: list };
}

describe('checkCadencesQuota', () => {
  it('accepts the built-in, which uses a small part of an item', () => {
    expect(checkCadencesQuota(initialCadenceList())).toBeNull();
    expect(cadencesQuotaShare(initialCadenceList())).toBeLessThan(0.1);
  });

  it('accepts a long but reasonable set (5 cadences of 3 steps of 300 characters)', () => {
    expect(checkCadencesQuota(cadences(5, 3, 300))).toBeNull();
  });

  it('says in words when the cadences pass 8 KB', () => {
    const value = cadences(3, 3, 1000); // ≈ 9.4 KB
    const problem = checkCadencesQuota(value);
    expect(problem?.kind).toBe('item_too_large');
    expect(problem?.bytes).toBe(syncItemBytes(CADENCES_SYNC_KEY, value));
    expect(problem?.message).toMatch(
      /^Cadences take 9\.\d KB; Chrome sync allows 8 KB per item — shorten or delete some\.$/,
    );
  });

  it('counts bytes, not characters: non-Latin templates fill the item three times as fast', () => {
    expect(checkCadencesQuota(cadences(1, 3, 900))).toBeNull();
    expect(checkCadencesQuota(cadences(1, 3, 900, '日'))?.kind).toBe('item_too_large');
  });

  it('refuses even the largest value the schema allows, and the limit is the same as sync’s', () => {
    const largest = cadences(CADENCE_LIMITS.cadences, CADENCE_LIMITS.steps, CADENCE_LIMITS.templateMax);
    expect(checkCadencesQuota(largest)?.limit).toBe(SYNC_QUOTA.bytesPerItem);
  });

  it('counts the rest of the sync area towards the 100 KB total', () => {
    const others: Record<string, string> = { cadences: 'the old value, replaced' };
    for (let i = 0; i < 12; i++) others[`other${i}`] = 'x'.repeat(8_000);
    expect(checkCadencesQuota(cadences(1, 1, 100), others)).toBeNull();
    const problem = checkCadencesQuota(cadences(2, 3, 1000), others);
    expect(problem?.kind).toBe('area_full');
    expect(problem?.message).toMatch(/cadences would fill browser sync storage/);
  });
});
