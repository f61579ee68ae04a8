/**
 * Time in a V8 CPU profile (CDP `Profiler.stop`) that belongs to one script: the samples taken
 * while one of its functions was on the stack, natives it called included (DOM queries, the style
 * work a visibility check forces). Garbage collection is sampled on its own and is not counted.
 * Each sample counts for the profile's usual gap between samples, not for the gap that follows it:
 * on a busy machine the thread is descheduled for milliseconds, and that wait would otherwise be
 * charged to whatever function happened to run before it.
 */
import { median } from './stats';

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

export interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  /** The node each sample was taken in, in time order. */
  samples?: number[];
  /** µs from the previous sample (the first: from the profile's start). */
  timeDeltas?: number[];
}

export interface ScriptTime {
  /** ms with one of the script's functions on the stack. */
  totalMs: number;
  /** ms by the script's innermost function on the stack (`name url:line:column`), largest first. */
  byFunction: [name: string, ms: number][];
}

/** ms each node was the sampled top of the stack: its samples times the usual gap between samples. */
function msByNode(profile: CpuProfile): Map<number, number> {
  const samples = profile.samples ?? [];
  const usualMs = median((profile.timeDeltas ?? []).slice(1)) / 1000;
  const ms = new Map<number, number>();
  for (const id of samples) ms.set(id, (ms.get(id) ?? 0) + usualMs);
  return ms;
}

function labelOf(frame: CallFrame): string {
  const file = frame.url.slice(frame.url.lastIndexOf('/') + 1);
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
}

/** The time spent in the script whose URLs `isOurs` accepts, and where in it. */
export function scriptTime(profile: CpuProfile, isOurs: (url: string) => boolean): ScriptTime {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const own = msByNode(profile);
  const byFunction = new Map<string, number>();
  let totalMs = 0;
  // Walks the call tree from its root, remembering the script's innermost frame above each node.
  const root = profile.nodes[0];
  const stack: [ProfileNode, string | null][] = root ? [[root, null]] : [];
  while (stack.length > 0) {
    const [node, outer] = stack.pop() as [ProfileNode, string | null];
    const ours = isOurs(node.callFrame.url) ? labelOf(node.callFrame) : outer;
    const ms = own.get(node.id) ?? 0;
    if (ours && ms > 0) {
      totalMs += ms;
      byFunction.set(ours, (byFunction.get(ours) ?? 0) + ms);
    }
    for (const child of node.children ?? []) {
      const next = byId.get(child);
      if (next) stack.push([next, ours]);
    }
  }
  return { totalMs, byFunction: [...byFunction].sort((a, b) => b[1] - a[1]) };
}
