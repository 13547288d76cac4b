/** `restore <file> [--json]`: a backup's records, checked whole, then written in one transaction. */
import { runRestore } from '../backup.ts';

export const summary = 'a backup file back into the graph (checked first; idempotent)';
export const run = runRestore;
