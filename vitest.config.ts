import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  // Unit tests exercise the e2e hooks too (lib/background/commands-and-menus/register.test.ts).
  define: { __E2E_HOOKS__: 'true' },
  test: {
    include: [
      'lib/**/*.test.ts',
      'lib/**/*.test.tsx',
      'components/**/*.test.ts',
      'components/**/*.test.tsx',
      'sandbox/**/*.test.ts',
      'scripts/**/*.test.ts',
      'entrypoints/**/*.test.ts',
    ],
    mockReset: true,
    // Fixture pages name LinkedIn's stylesheets and frames: never fetched, and not an error either.
    environmentOptions: {
      happyDOM: {
        settings: {
          disableCSSFileLoading: true,
          handleDisabledFileLoadingAsSuccess: true,
        },
      },
    },
    restoreMocks: true,
  },
});
