/**
 * Imported first by every entrypoint: zod never tries `new Function` (its JIT fast path). In
 * extension pages the CSP forbids it anyway; zod would probe, fail and fall back, leaving a CSP
 * violation in the console each time. Extensions run no generated code, so say so up front.
 */
import { config } from 'zod/mini';

config({ jitless: true });
