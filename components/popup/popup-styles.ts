/**
 * The popup's styles, as one `<style>` its code adds before the first render. popup-app.js
 * carries them (`?inline`: the CSS as a string) instead of popup.html linking a stylesheet: each
 * file an extension page loads is another request through the browser process, and a stylesheet
 * also holds back the module until it has loaded (measured: form ready 8 % sooner without it,
 * lib/platform/popup-app-build.ts). The panel and options keep their stylesheets.
 */
import dueToday from '../due-today/due-today.css?inline';
import base from '../styles/base.css?inline';
import form from '../styles/form.css?inline';
import tokens from '../styles/tokens.css?inline';
import page from './popup-page.css?inline';

/** Everything the popup's screens use, in cascade order. */
const popupCss = [tokens, base, form, dueToday, page].join('\n');

export function addPopupStyles(doc: Document): void {
  const style = doc.createElement('style');
  style.textContent = popupCss;
  doc.head.append(style);
}
