/**
 * Wires the background service worker: message handlers first (synchronously, so a waking
 * worker has them before the message that woke it is dispatched), then alarms and the badge.
 */
export function registerBackground(): void {
  // Filled in by the handlers modules.
}
