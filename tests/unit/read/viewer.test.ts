/** What the read layer leaves out for a viewer (src/read/viewer.ts): the scrub of rows. */
import { describe, expect, it } from 'vitest';
import { Hidden, scrub } from '../../../src/read/viewer.ts';

const hidden = new Hidden(['doc:68-KH/HU@quang-tri/vinh-linh:2023']);
const SECRET = 'doc:68-KH/HU@quang-tri/vinh-linh:2023';

describe('Hidden', () => {
  it('names a hidden document, its tasks, targets and scoped bodies, and nothing else', () => {
    expect(hidden.names(SECRET)).toBe(true);
    expect(hidden.names(`${SECRET}#4.1.1`)).toBe(true);
    expect(hidden.names(`${SECRET}/target/1`)).toBe(true);
    expect(hidden.names('doc:68-KH/HU@quang-tri/vinh-linh:2024')).toBe(false);
    expect(hidden.names('doc:67-KH/HU@quang-tri/vinh-linh:2023#4.1.1')).toBe(false);
    expect(hidden.names('quang-tri/vinh-linh/ban-thuong-vu-huyen-uy')).toBe(false);
    expect(hidden.names(`Kế hoạch ${SECRET}`)).toBe(false);
  });
});

describe('scrub', () => {
  it('drops a row naming a hidden document in a column, cleans the others', () => {
    const rows = [
      { key: `${SECRET}#1`, node: { id: 'x' } },
      { key: 'doc:a', node: { id: SECRET, title: 'T' } },
      {
        key: 'doc:a',
        node: { id: 'doc:a', implements: [SECRET, 'doc:b'], evidence: { docId: SECRET, start: 1 } },
        total: 3,
      },
    ];
    expect(scrub(rows, hidden)).toEqual([
      { key: 'doc:a', node: { id: 'doc:a', implements: ['doc:b'], evidence: null }, total: 3 },
    ]);
  });

  it('keeps nested lists of maps minus those of a hidden document, and values that are not maps', () => {
    const when = new Date(0);
    const rows = [{ tasks: [{ id: `${SECRET}#2` }, { id: 'doc:a#2' }], when, n: 1 }];
    expect(scrub(rows, hidden)).toEqual([{ tasks: [{ id: 'doc:a#2' }], when, n: 1 }]);
    expect(scrub(rows, new Hidden([]))).toBe(rows);
  });
});
