/** What `sendMessage` to a tab rejects with while the tab has no content script (yet): Chrome's words. */
export const noReceiver = () =>
  Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
