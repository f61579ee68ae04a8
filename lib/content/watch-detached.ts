/**
 * Notices when an element we inserted is taken out of the page, without doing work on every
 * mutation: the observer callback only schedules one check per `CHECK_MS`.
 */
const CHECK_MS = 250;

/** Calls `onDetached` once `element` is no longer connected; returns a function that stops watching. */
export function watchDetached(element: Element, root: Node, onDetached: () => void): () => void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    pending ??= setTimeout(check, CHECK_MS);
  });
  function check(): void {
    pending = undefined;
    if (element.isConnected) return;
    stop();
    onDetached();
  }
  function stop(): void {
    observer.disconnect();
    clearTimeout(pending);
    pending = undefined;
  }
  observer.observe(root, { childList: true, subtree: true });
  return stop;
}
