/** `backup <file> [--json]`: users, status updates and the audit trail to one file. */
import { runBackup } from '../backup.ts';

export const summary =
  'what documents cannot give back (users, status updates, audit trail) to a file';
export const run = runBackup;
