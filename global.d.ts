/** Replaced at build time by wxt.config.ts: the local sandbox URL for dev builds, '' otherwise. */
declare const __DEV_SANDBOX_URL__: string;
/** Replaced at build time by wxt.config.ts: the sandbox's demo key for dev builds, '' otherwise. */
declare const __DEV_SANDBOX_KEY__: string;
/** Replaced at build time by wxt.config.ts: true only in the e2e build (`STARDEX_E2E=1`). */
declare const __E2E_HOOKS__: boolean;
