import { defineBackground } from 'wxt/utils/define-background';

// A worker that does nothing, so "a stopped worker" costs both extensions the same start-up.
export default defineBackground({
  type: 'module',
  main() {},
});
