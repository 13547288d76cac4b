import { describe, expect, it } from 'vitest';
import { UNIQUE_ID_LABELS } from '../../../src/db/migrations.ts';

describe('UNIQUE_ID_LABELS', () => {
  it('is every label the migrations give a unique id, read from their statements', () => {
    expect([...UNIQUE_ID_LABELS].sort()).toEqual([
      'Actor',
      'AuditEvent',
      'Document',
      'Migration',
      'OrgGroup',
      'Organization',
      'Person',
      'Target',
      'Task',
      'TaskStatusUpdate',
      'User',
    ]);
  });
});
