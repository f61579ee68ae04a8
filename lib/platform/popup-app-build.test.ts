import type { InlineConfig, Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { asPopupModule } from './popup-app-build';

const plugin = (name: string): Plugin => ({ name });

/** The parts of WXT's library-mode config for an unlisted script that asPopupModule changes. */
const wxtUnlistedScriptConfig = (): InlineConfig => ({
  plugins: [plugin('wxt:entrypoint-globals'), [plugin('preact'), plugin('wxt:iife-footer')]],
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
});
