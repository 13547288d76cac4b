/**
 * The pool's worker entry (prepare-pool.ts). Node 20 does not carry tsx's ESM hooks over to a
 * worker thread (its static imports may still load through tsx's require hook, but a dynamic
 * `import('./pdf.ts')` then fails with "Unknown file extension"): register them in the worker,
 * then load the TypeScript worker through them.
 */
import { register } from 'tsx/esm/api';

register();
const worker = await import('./prepare-worker.ts');
export default worker.default;
