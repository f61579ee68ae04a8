/**
 * The popup's styles, as one `<style>` its code adds before the first render: popup-app.js
 * carries them (`?inline`: the CSS as a string) instead of popup.html linking a stylesheet, which
 * would be one more file to load and would hold the module back (README.md). The panel and
 * options keep their stylesheets.
 */
import dueToday from '@/components/due-today/due-today.css?inline';
import base from '@/components/styles/base.css?inline';
import form from '@/components/styles/form.css?inline';
import listForm from '@/components/styles/list-form.css?inline';
import tokens from '@/components/styles/tokens.css?inline';
import work from '@/components/styles/work.css?inline';
import page from './popup-page.css?inline';

/** Everything the popup's screens use, in cascade order. */
const popupCss = [tokens, base, form, listForm, work, dueToday, page].join('\n');

export function addPopupStyles(doc: Document): void {
  const style = doc.createElement('style');
  style.textContent = popupCss;
  doc.head.append(style);
}
