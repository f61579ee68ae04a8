import '@/lib/zod-setup';
import { registerBackground } from '@/lib/background/register';

export default defineBackground({
  type: 'module',
  main() {
    registerBackground();
  },
});
