import { resolve } from 'node:path';
import type { InlineConfig, Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import type { Entrypoint } from 'wxt';
import {
  asPopupModule,
  extendPopupBuild,
  IIFE_FOOTER,
  POLYFILL_ALIAS,
  POPUP_SCRIPTS,
  withoutPolyfill,
} from './build';

const plugin = (name: string): Plugin => ({ name });

/** The parts of WXT's library-mode config for an unlisted script that asPopupModule changes. */
const wxtUnlistedScriptConfig = (): InlineConfig => ({
  plugins: [plugin('wxt:entrypoint-globals'), [plugin('preact'), plugin(IIFE_FOOTER)]],
  build: {
    lib: { entry: 'virtual:wxt-unlisted-script?popup-app', formats: ['iife'], name: 'popupApp' },
    rolldownOptions: { output: { entryFileNames: 'popup-app.js' } },
  },
});

const names = (plugins: InlineConfig['plugins']): unknown =>
  (plugins ?? []).map((p) => (Array.isArray(p) ? names(p) : (p as Plugin).name));

describe('asPopupModule', () => {
  it('makes the unlisted script an ES module with minified lazy chunks beside the pages', () => {
    const config = wxtUnlistedScriptConfig();
    asPopupModule(config);
    const lib = config.build?.lib;
    expect(lib ? lib.formats : null).toStrictEqual(['es']);
    expect(config.build?.rolldownOptions?.output).toMatchObject({
      entryFileNames: 'popup-app.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      minify: true,
    });
    expect(config.build?.rolldownOptions?.preserveEntrySignatures).toBe('allow-extension');
  });

  it("drops WXT's IIFE footer, wherever it sits among the plugins", () => {
    const config = wxtUnlistedScriptConfig();
    asPopupModule(config);
    expect(names(config.plugins)).toStrictEqual(['wxt:entrypoint-globals', ['preact']]);
  });

  it('refuses a build that is not in library mode', () => {
    expect(() => asPopupModule({ build: {} })).toThrow(/library mode/);
  });

  it('refuses a build without the footer it removes, rather than removing nothing', () => {
    const config = wxtUnlistedScriptConfig();
    config.plugins = [plugin('wxt:entrypoint-globals')];
    expect(() => asPopupModule(config)).toThrow(IIFE_FOOTER);
  });
});

describe('withoutPolyfill', () => {
  it("takes out the polyfill's alias, in either alias form, and maps the polyfill to the native API", () => {
    const asObject: InlineConfig = { resolve: { alias: { [POLYFILL_ALIAS]: 'polyfill', '@': '/root' } } };
    withoutPolyfill(asObject);
    expect(Object.keys(asObject.resolve?.alias ?? {})).toStrictEqual(['@', 'webextension-polyfill']);
    const asArray: InlineConfig = { resolve: { alias: [{ find: POLYFILL_ALIAS, replacement: 'polyfill' }] } };
    withoutPolyfill(asArray);
    expect(asArray.resolve?.alias).toStrictEqual([
      { find: 'webextension-polyfill', replacement: expect.stringMatching(/native-browser\.ts$/) },
    ]);
  });

  it('refuses a build where nothing maps wxt/browser to the polyfill, rather than removing nothing', () => {
    expect(() => withoutPolyfill({ resolve: { alias: {} } })).toThrow(POLYFILL_ALIAS);
  });
});

describe('the popup scripts', () => {
  it('are found in this folder under the names popup.html loads', () => {
    expect(POPUP_SCRIPTS.map((info) => [info.name, info.inputPath])).toStrictEqual([
      ['popup-boot', resolve(__dirname, 'boot.ts')],
      ['popup-app', resolve(__dirname, 'app.tsx')],
    ]);
  });

  it('leave the other builds alone', () => {
    const config = wxtUnlistedScriptConfig();
    extendPopupBuild([{ name: 'background' } as Entrypoint], config);
    expect(names(config.plugins)).toStrictEqual(['wxt:entrypoint-globals', ['preact', IIFE_FOOTER]]);
  });
});
