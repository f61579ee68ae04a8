/**
 * What `webextension-polyfill` resolves to in the builds of the popup's two scripts only
 * (build.ts; README.md says why): WXT's own `browser`, the browser's native API.
 */
import { browser } from 'wxt/browser';

export default browser;
