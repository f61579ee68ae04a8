import { registerBackground } from '@/lib/background/register';

export default defineBackground({
  type: 'module',
  main() {
    registerBackground();
  },
});
