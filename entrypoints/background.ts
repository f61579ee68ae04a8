import '@/lib/zod-setup';
import { registerBackground } from '@/lib/background/register';

// A classic worker, built on its own (WXT builds a `type: 'module'` background with the pages):
// one file to start, and the popup's chunks are not cut around what the worker shares with it
// (lib/platform/popup-chunks.ts).
export default defineBackground({
  main() {
    registerBackground();
  },
});
