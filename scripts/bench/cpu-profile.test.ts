import { describe, expect, it } from 'vitest';
import { type CpuProfile, type ProfileNode, scriptTime } from './cpu-profile';

const EXT = 'chrome-extension://abc/linkedin.js';
const PAGE = 'https://www.linkedin.com/app.js';

function node(id: number, functionName: string, url: string, children: number[] = []): ProfileNode {
  return { id, callFrame: { functionName, url, lineNumber: 0, columnNumber: id }, children };
}

// (root) → page handler → extension check → querySelectorAll (native, no url)
//        → extension observer callback
//        → (garbage collector)
const profile: CpuProfile = {
  nodes: [
    node(1, '(root)', '', [2, 4, 6]),
    node(2, 'pageHandler', PAGE, [3]),
    node(3, 'check', EXT, [5]),
    node(4, 'onMutations', EXT),
    node(5, 'querySelectorAll', ''),
    node(6, '(garbage collector)', ''),
  ],
  // Each sample lasts until the next: 2 → 1 ms, 3 → 0.5 ms, 5 → 2 ms, 4 → 0.25 ms, 6 → 3 ms, 1 → 1 ms.
  samples: [2, 3, 5, 4, 6, 1],
  timeDeltas: [0, 1000, 500, 2000, 250, 3000],
};

describe('scriptTime', () => {
  it("counts the samples with the script's functions on the stack, natives they call included", () => {
    const { totalMs, byFunction } = scriptTime(profile, (url) => url.startsWith('chrome-extension://'));
    expect(totalMs).toBeCloseTo(0.5 + 2 + 0.25);
    expect(byFunction).toEqual([
      ['check linkedin.js:1:4', 2.5],
      ['onMutations linkedin.js:1:5', 0.25],
    ]);
  });

  it('counts nothing for a script that was never sampled', () => {
    expect(scriptTime(profile, (url) => url.startsWith('moz-extension://')).totalMs).toBe(0);
    expect(scriptTime({ nodes: [] }, () => true)).toEqual({ totalMs: 0, byFunction: [] });
  });
});
