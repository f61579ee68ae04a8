/**
 * Loads the natural-language due parser (chrono-node, the form's biggest dependency) on demand,
 * so the popup opens without it; the form asks for it once it is ready and idle.
 */
import type { parseDueText } from '@/lib/form/due-text';

type Parser = typeof parseDueText;
let loaded: Parser | null = null;
let loading: Promise<Parser> | null = null;

/** The parser if it has been loaded already (typing is then parsed synchronously). */
export function dueTextParser(): Parser | null {
  return loaded;
}

/** Starts (or joins) loading the parser. */
export function loadDueTextParser(): Promise<Parser> {
  loading ??= import('@/lib/form/due-text').then((m) => {
    loaded = m.parseDueText;
    return loaded;
  });
  return loading;
}
