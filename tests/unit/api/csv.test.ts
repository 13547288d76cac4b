import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/api/exports/csv.ts';

describe('toCsv', () => {
  const columns = [
    { header: 'body', value: (r: { name: string; n: number | null }) => r.name },
    { header: 'tasks', value: (r: { name: string; n: number | null }) => r.n },
  ];

  it('writes a BOM, a header and CRLF rows, quoting only where needed', () => {
    const csv = toCsv(columns, [
      { name: 'Ban Tuyên giáo Trung ương', n: 5 },
      { name: 'Bộ Kế hoạch và Đầu tư, "KH&ĐT"', n: null },
      { name: 'hai\ndòng', n: 0 },
    ]);
    expect(csv).toBe(
      '\uFEFFbody,tasks\r\n' +
        'Ban Tuyên giáo Trung ương,5\r\n' +
        '"Bộ Kế hoạch và Đầu tư, ""KH&ĐT""",\r\n' +
        '"hai\ndòng",0\r\n',
    );
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(toCsv(columns, [{ name: '=HYPERLINK("x")', n: -1 }])).toBe(
      '\uFEFFbody,tasks\r\n"\'=HYPERLINK(""x"")",-1\r\n',
    );
  });
});
