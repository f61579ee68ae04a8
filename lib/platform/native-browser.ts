/**
 * What `webextension-polyfill` resolves to in the builds of the popup's two scripts only
 * (lib/platform/without-polyfill.ts says why): WXT's own `browser`, the browser's native API.
 */
import { browser } from 'wxt/browser';

export default browser;
