/**
 * The popup's build step (build.ts) changes a config WXT makes with its internals: a plugin it
 * removes by name, library mode, the alias WXT's polyfill module adds. Here the installed WXT
 * makes that config for real — its own builder, up to the hook build.ts uses, with the polyfill
 * module's Vite config — so a WXT upgrade that changes any of them fails this test, not the
 * popup's speed, silently.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import polyfillModule from '@wxt-dev/webextension-polyfill';
import type { InlineConfig, Plugin, PluginOption } from 'vite';
import { describe, expect, it } from 'vitest';
import type { Entrypoint } from 'wxt';
import { extendPopupBuild, IIFE_FOOTER, POLYFILL_ALIAS, POPUP_SCRIPTS } from './build';

const root = resolve(__dirname, '../..');
/** WXT's Vite builder: not a public export, so imported by its file in the installed package. */
const WXT_VITE_BUILDER = resolve(root, 'node_modules/wxt/dist/core/builders/vite/index.mjs');

type ViteConfigFn = (env: unknown) => Promise<InlineConfig>;

/** The Vite config WXT's polyfill module adds, through the same `config:resolved` hook WXT calls. */
async function polyfillViteConfig(): Promise<ViteConfigFn> {
  const hooks: Record<string, (wxt: unknown) => unknown> = {};
  const wxt = {
    config: { vite: async (): Promise<InlineConfig> => ({}) as InlineConfig },
    hooks: {
      hook: (name: string, callback: (wxt: unknown) => unknown) => {
        hooks[name] = callback;
      },
    },
  };
  await (polyfillModule.setup as (wxt: unknown) => unknown)(wxt);
  await hooks['config:resolved']?.(wxt);
  return wxt.config.vite as ViteConfigFn;
}

/** The config WXT hands `vite:build:extendConfig` for building `name` as an unlisted script. */
async function wxtConfigFor(name: string): Promise<InlineConfig> {
  const { createViteBuilder } = await import(pathToFileURL(WXT_VITE_BUILDER).href);
  const outDir = resolve(root, '.output/wxt-internals-test');
  const wxtConfig = {
    vite: await polyfillViteConfig(),
    env: { browser: 'chrome', command: 'build', manifestVersion: 3, mode: 'production' },
    root,
    srcDir: root,
    mode: 'production',
    command: 'build',
    browser: 'chrome',
    manifestVersion: 3,
    publicDir: resolve(root, 'public'),
    outDir,
    outBaseDir: resolve(root, '.output'),
    wxtDir: resolve(root, '.wxt'),
    wxtModuleDir: resolve(root, 'node_modules/wxt'),
    analysis: { enabled: false },
    alias: {},
    plugins: [],
    dev: {},
  };
  const stop = new Error('stop before building');
  let seen: InlineConfig | undefined;
  const hooks = {
    callHook: async (hook: string, _entrypoints: unknown, config: InlineConfig) => {
      if (hook === 'vite:build:extendConfig') seen = config;
      throw stop;
    },
  };
  const builder = await createViteBuilder(wxtConfig, hooks, () => undefined);
  const info = POPUP_SCRIPTS.find((each) => each.name === name);
  const entrypoint = { ...info, outputDir: outDir, options: {} };
  await expect(builder.build(entrypoint)).rejects.toBe(stop);
  if (!seen) throw new Error('WXT did not call vite:build:extendConfig before building');
  return seen;
}

const pluginNames = (plugins: PluginOption[] = []): string[] =>
  plugins.flatMap((p) =>
    Array.isArray(p) ? pluginNames(p) : p && typeof p === 'object' && 'name' in p ? [(p as Plugin).name] : [],
  );
const aliasNames = (config: InlineConfig): string[] => {
  const alias = config.resolve?.alias ?? {};
  return Array.isArray(alias) ? alias.map(({ find }) => String(find)) : Object.keys(alias);
};

describe("the installed WXT's config for the popup's scripts", () => {
  it(`builds popup-app in library mode with ${IIFE_FOOTER}, which the build step then removes`, async () => {
    const config = await wxtConfigFor('popup-app');
    expect(config.build?.lib, 'WXT builds unlisted scripts in library mode').toBeTruthy();
    expect(pluginNames(config.plugins)).toContain(IIFE_FOOTER);
    extendPopupBuild([{ name: 'popup-app' } as Entrypoint], config);
    expect(pluginNames(config.plugins)).not.toContain(IIFE_FOOTER);
    const lib = config.build?.lib;
    expect(lib ? lib.formats : null).toStrictEqual(['es']);
  });

  it(`aliases ${POLYFILL_ALIAS} to the polyfill, which the build step then resolves natively`, async () => {
    const config = await wxtConfigFor('popup-boot');
    expect(aliasNames(config)).toContain(POLYFILL_ALIAS);
    extendPopupBuild([{ name: 'popup-boot' } as Entrypoint], config);
    expect(aliasNames(config)).not.toContain(POLYFILL_ALIAS);
    expect(aliasNames(config)).toContain('webextension-polyfill');
  });
});
