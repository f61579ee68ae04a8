/**
 * Notices when an element we inserted is taken out of the page, without hearing LinkedIn's other
 * DOM changes: the element's ancestors are observed (their own children only), since taking it
 * out changes the children of one of them; the callback only schedules one check per `CHECK_MS`.
 */
const CHECK_MS = 250;

/** Calls `onDetached` once `element` is no longer connected; returns a function that stops watching. */
export function watchDetached(element: Element, root: Node, onDetached: () => void): () => void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    pending ??= setTimeout(check, CHECK_MS);
  });
  function observeAncestors(): void {
    for (let node = element.parentNode; node; node = node.parentNode) {
      observer.observe(node, { childList: true });
      if (node === root) break;
    }
  }
  function check(): void {
    pending = undefined;
    if (element.isConnected) {
      // An ancestor may have moved: watch the element's ancestors as they are now.
      observer.disconnect();
      observeAncestors();
      return;
    }
    stop();
    onDetached();
  }
  function stop(): void {
    observer.disconnect();
    clearTimeout(pending);
    pending = undefined;
  }
  observeAncestors();
  return stop;
}
