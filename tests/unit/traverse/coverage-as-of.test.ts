import { describe, expect, it } from 'vitest';
import { coverageInputAsOf, existsOn } from '../../../src/traverse/coverage/as-of.ts';
import type { CoverageActor, CoverageInput } from '../../../src/traverse/coverage/model.ts';

const body = (id: string, validFrom: string | null, validTo: string | null): CoverageActor => ({
  id,
  name: id,
  labels: ['Actor', 'Organization'],
  validFrom,
  validTo,
  parents: [],
  recipientChildren: [{ id: `${id}/btv`, name: 'BTV', validFrom, validTo }],
  memberOf: [],
});
const evidence = { docId: 'd', quote: 'q', start: 0, end: 1 };
const input = (enders: CoverageInput['enders']): CoverageInput => ({
  document: { id: 'd', status: 'ingested', issuedDate: '2023-01-31' },
  issuers: [],
  recipients: [{ actor: body('old', null, '2025-06-30'), purpose: null, ordinal: 1, evidence }],
  links: [
    {
      type: 'LED_BY',
      actor: body('new', '2025-07-01', null),
      task: { id: 'd#1', outlineId: '1', section: '1', ordinal: 1 },
      evidence,
    },
  ],
  bodies: [],
  enders,
});

describe('coverage as of a date', () => {
  it('a body exists between its open or given ends, both days included', () => {
    expect(existsOn({ validTo: '2025-06-30' }, '2025-06-30')).toBe(true);
    expect(existsOn({ validTo: '2025-06-30' }, '2025-07-01')).toBe(false);
    expect(existsOn({ validFrom: '2025-07-01' }, '2025-06-30')).toBe(false);
    expect(existsOn({}, '1990-01-01')).toBe(true);
  });

  it('marks the bodies that did not exist and drops their children', () => {
    const on = coverageInputAsOf(input([]), '2024-01-01');
    expect(on.links[0]?.actor.absent).toBe(
      'it began on 2025-07-01: it did not exist on 2024-01-01',
    );
    expect(on.links[0]?.actor.recipientChildren).toEqual([]);
    expect(on.recipients[0]?.actor.absent).toBeNull();
    expect(on.closed).toBeNull();
  });

  it('closes the tasks once a replacing document was issued, not before', () => {
    const enders = [{ id: 'b', issuedDate: '2024-06-05' }];
    expect(coverageInputAsOf(input(enders), '2024-06-04').links).toHaveLength(1);
    const after = coverageInputAsOf(input(enders), '2024-06-05');
    expect([after.links, after.closed]).toEqual([
      [],
      'no longer in force on 2024-06-05: b replaced or repealed it (issued 2024-06-05), so its tasks were closed',
    ]);
  });
});
