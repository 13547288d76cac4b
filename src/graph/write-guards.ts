/**
 * Guards against silent loss on re-ingest. A truncated copy of a stored document (a header-only
 * file with the same number) once wiped that document's 33 tasks without a word, and a reused
 * API name retired an earlier, different document. Both are refused unless asked for on purpose
 * (`--replace`, `replace: true`).
 */
import type { WritePlan } from './model.ts';

/** Each document's state as the write's lock read it: ingested or not, its hash, the earlier
 *  documents of its source name, its stored tasks. */
export type LockedState = Map<
  string,
  {
    status: string;
    contentHash: string | null;
    registryKey: string | null;
    hasText: boolean;
    previous: string[];
    tasks: number;
  }
>;
export class WriteRefusedError extends Error {
  override name = 'WriteRefusedError';
  constructor(
    readonly documentId: string,
    readonly reason:
      | { kind: 'shrink'; storedTasks: number; newTasks: number }
      | { kind: 'retire'; name: string; others: string[] },
  ) {
    super(
      reason.kind === 'shrink'
        ? `refused: ${documentId} has ${reason.storedTasks} tasks stored and this copy ${reason.newTasks} (fewer than half: a truncated copy?); --replace writes it anyway`
        : `refused: the name ${reason.name} was last used for ${reason.others.join(', ')}; replace: true retires it for ${documentId}`,
    );
  }
}

/** A copy with fewer than half the stored tasks is taken for a truncated one. */
export function looksTruncated(storedTasks: number, newTasks: number): boolean {
  return newTasks * 2 < storedTasks;
}

/** Throws WriteRefusedError for the first plan the guards refuse. */
export function checkGuards(
  todo: readonly WritePlan[],
  state: LockedState,
  options: { replace?: boolean; keepOthers?: boolean },
): void {
  if (options.replace) return;
  for (const plan of todo) {
    const id = plan.document.id;
    const st = state.get(id);
    if (!st) continue;
    if (st.status === 'ingested' && looksTruncated(st.tasks, plan.tasks.length)) {
      throw new WriteRefusedError(id, {
        kind: 'shrink',
        storedTasks: st.tasks,
        newTasks: plan.tasks.length,
      });
    }
    if (options.keepOthers && st.previous.length > 0) {
      throw new WriteRefusedError(id, {
        kind: 'retire',
        name: plan.sourceFile,
        others: st.previous,
      });
    }
  }
}
