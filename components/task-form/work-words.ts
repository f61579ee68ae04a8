/** The work cards' keyboard guard. */

/** Ctrl/Cmd+Enter in a work card is not the form's "Create task". */
export function guardFormShortcut(event: KeyboardEvent): void {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) event.preventDefault();
}
