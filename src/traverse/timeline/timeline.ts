/** Timeline rows as the export writes them (pure). */
import type { TaskModel } from '../../read/models.ts';

/** The filter as GraphQL and the export give it. */
export interface TimelineFilterInput {
  document?: string | null;
  includeCascade?: boolean | null;
  actor?: string | null;
  jurisdiction?: string | null;
  dueFrom?: string | null;
  dueTo?: string | null;
  recurring?: boolean | null;
}

export interface TimelineRow {
  task: TaskModel;
  leads: string[];
}

export const TIMELINE_COLUMNS: readonly {
  header: string;
  value: (row: TimelineRow) => string | null;
}[] = [
  { header: 'due_end', value: (r) => r.task.dueEnd ?? null },
  { header: 'due_start', value: (r) => r.task.dueStart ?? null },
  { header: 'recurrence', value: (r) => r.task.recurrence ?? null },
  { header: 'deadline_text', value: (r) => r.task.deadlineText ?? null },
  { header: 'task_id', value: (r) => r.task.id },
  { header: 'document_id', value: (r) => r.task.docId },
  { header: 'section', value: (r) => r.task.section },
  { header: 'leads', value: (r) => r.leads.join('; ') },
  { header: 'text', value: (r) => r.task.text },
];
