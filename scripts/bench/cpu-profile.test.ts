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
  // Samples 0.1 ms apart, but for one 5 ms gap (the thread was descheduled after sample 4).
  samples: [2, 3, 5, 5, 4, 6, 1],
  timeDeltas: [0, 100, 100, 100, 100, 5000, 100],
};

describe('scriptTime', () => {
  it("counts the samples with the script's functions on the stack, natives they call included", () => {
    const { totalMs, byFunction } = scriptTime(profile, (url) => url.startsWith('chrome-extension://'));
    expect(totalMs).toBeCloseTo(0.4);
    expect(byFunction.map(([name, ms]) => [name, Number(ms.toFixed(3))])).toEqual([
      ['check linkedin.js:1:4', 0.3],
      ['onMutations linkedin.js:1:5', 0.1], // not the 5 ms the thread then waited
    ]);
  });

  it('counts nothing for a script that was never sampled', () => {
    expect(scriptTime(profile, (url) => url.startsWith('moz-extension://')).totalMs).toBe(0);
    expect(scriptTime({ nodes: [] }, () => true)).toEqual({ totalMs: 0, byFunction: [] });
  });
});
