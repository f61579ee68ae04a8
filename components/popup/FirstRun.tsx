import { browser } from 'wxt/browser';

/** Shown until an API key is set: one sentence and the way to the options page. */
export function FirstRun() {
  return (
    <section class="sx-form" aria-labelledby="sx-first-run-title">
      <h1 id="sx-first-run-title" class="sx-header-name">
        Connect to Stardex
      </h1>
      <p>
        Add your Stardex API key once, then turn any LinkedIn profile into a follow-up task in a few
        keystrokes.
      </p>
      <button
        type="button"
        class="sx-button sx-button-primary"
        onClick={() => void browser.runtime.openOptionsPage()}
      >
        Open settings
      </button>
    </section>
  );
}
