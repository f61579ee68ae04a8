import '@/lib/zod-setup';
import { registerBackground } from '@/lib/background/register';

// A classic worker, built on its own (WXT builds a `type: 'module'` background with the pages,
// cut into chunks shared with them): one file to start.
export default defineBackground({
  main() {
    registerBackground();
  },
});
