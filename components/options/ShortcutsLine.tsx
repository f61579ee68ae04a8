import { useState } from 'preact/hooks';
import { openShortcutsPage, shortcutsHint } from '@/lib/platform/shortcuts';

/** "Keyboard shortcuts": a button that opens the browser's own page for changing them. */
export function ShortcutsLine() {
  const [failed, setFailed] = useState(false);
  const open = () => {
    openShortcutsPage()
      .then((opened) => setFailed(!opened))
      .catch(() => setFailed(true));
  };
  return (
    <div class="sx-field">
      <span class="sx-label">Keyboard shortcuts</span>
      <button type="button" class="sx-button-link" aria-describedby="sx-shortcuts-hint" onClick={open}>
        Change keyboard shortcuts
      </button>
      <p id="sx-shortcuts-hint" class="sx-hint">
        {shortcutsHint()}
      </p>
      {failed && (
        <p class="sx-error" role="alert">
          The browser did not open its shortcuts page from here.
        </p>
      )}
    </div>
  );
}
