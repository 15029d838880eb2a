/**
 * Zod without its eval-based fast path. Zod probes `new Function` once to see whether it may compile validators; under
 * the renderer's strict CSP (no 'unsafe-eval') that probe is reported as a violation even though zod catches it, and
 * the main process has no use for generated code either. Every contract module imports this first.
 */
import { config } from 'zod';

config({ jitless: true });
