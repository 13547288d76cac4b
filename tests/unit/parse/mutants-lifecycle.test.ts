/**
 * What a document does to those it names (effectsByKey, through findReferences) and the date of
 * effect it gives itself (entryIntoForce), on short texts, with exact quotes and spans.
 */
import { describe, expect, it } from 'vitest';
import { entryIntoForce } from '../../../src/parse/references/lifecycle.ts';
import { findReferences } from '../../../src/parse/references.ts';
import { createSource } from '../../../src/parse/source.ts';

/** number (or description) → [effect, quote, start, end] of each reference with an effect.
 *  `front`: how many characters of the text are its front matter (all of it by default). */
function effects(
  text: string,
  ownType: string | null,
  front?: number,
): Record<string, [string, string, number, number][]> {
  const src = createSource(text);
  const refs = findReferences(
    src,
    { skip: [], front: [0, front ?? src.clean.length], ownType },
    [],
  );
  return Object.fromEntries(
    refs
      .filter((r) => r.effects)
      .map((r) => [
        r.number ?? r.description ?? '',
        (r.effects ?? []).map((e) => [e.effect, e.quote, e.span.start, e.span.end]),
      ]),
  );
}

describe('effects on the documents named', () => {
  it('"… và Quyết định số 2 hết hiệu lực": the clause after the previous document ends it', () => {
    expect(
      effects(
        'Điều 3. Quyết định số 1/QĐ-UBND và Quyết định số 2/QĐ-UBND hết hiệu lực kể từ ngày ký.',
        'Quyết định',
      ),
    ).toEqual({ '2/QĐ-UBND': [['repeals', 'Quyết định số 2/QĐ-UBND hết hiệu lực', 35, 71]] });
  });

  it('each effect once per document, in the order of the text', () => {
    expect(
      effects(
        'Kế hoạch này bãi bỏ Kế hoạch 12 về du lịch. Kế hoạch này thay thế Kế hoạch số 12-KH/TU ngày 05/01/2023. Bãi bỏ Kế hoạch số 12-KH/TU.',
        'Kế hoạch',
      ),
    ).toEqual({
      '12-KH/TU': [
        ['repeals', 'bãi bỏ Kế hoạch 12', 13, 31],
        ['replaces', 'thay thế Kế hoạch số 12-KH/TU', 57, 86],
      ],
    });
  });

  it('"<type> này" as subject: its own type, a longer name of it, "văn bản này"; not with no type', () => {
    const text =
      'Bản Kế hoạch này thay thế Kế hoạch số 12-KH/TU. Văn bản này bãi bỏ Kế hoạch số 13-KH/TU. Luật này thay thế Kế hoạch số 14-KH/TU. Nội dung văn bản này thay thế Kế hoạch số 15-KH/TU.';
    expect(effects(text, 'Kế hoạch')).toEqual({
      '12-KH/TU': [['replaces', 'thay thế Kế hoạch số 12-KH/TU', 17, 46]],
      '13-KH/TU': [['repeals', 'bãi bỏ Kế hoạch số 13-KH/TU', 60, 87]],
      '15-KH/TU': [['replaces', 'thay thế Kế hoạch số 15-KH/TU', 150, 179]],
    });
    expect(effects(text, null)).toEqual({
      '13-KH/TU': [['repeals', 'bãi bỏ Kế hoạch số 13-KH/TU', 60, 87]],
      '15-KH/TU': [['replaces', 'thay thế Kế hoạch số 15-KH/TU', 150, 179]],
    });
  });

  it('"Hướng dẫn này hướng dẫn …" in the body guides; a task "Hướng dẫn thực hiện …" does not', () => {
    const text =
      'HƯỚNG DẪN\nI. NỘI DUNG\n1. Hướng dẫn này hướng dẫn thực hiện Quyết định số 5/QĐ-UBND.\n2. Hướng dẫn thực hiện Quyết định số 6/QĐ-UBND.';
    expect(effects(text, 'Hướng dẫn', 10)).toEqual({
      '5/QĐ-UBND': [['guides', 'hướng dẫn thực hiện Quyết định số 5/QĐ-UBND', 39, 82]],
    });
  });
});

/** [from, onSigning, quote, start, end] of the date of effect, or null. */
function inForce(
  text: string,
  ownType: string | null,
  issued: string | null = '2025-03-10',
): [string | null, boolean, string, number, number] | null {
  const e = entryIntoForce(createSource(text), ownType, issued);
  return e ? [e.from, e.onSigning, e.quote, e.span.start, e.span.end] : null;
}

describe('the date of effect this document gives itself', () => {
  it('reads a date, from the first character of the text', () => {
    expect(inForce('Quyết định này có hiệu lực từ ngày 31/12/2025.', 'Quyết định')).toEqual([
      '2025-12-31',
      false,
      'Quyết định này có hiệu lực từ ngày 31/12/2025',
      0,
      45,
    ]);
    expect(inForce('Quyết định này có hiệu lực từ ngày 01/01/2026.', 'Quyết định')).toEqual([
      '2026-01-01',
      false,
      'Quyết định này có hiệu lực từ ngày 01/01/2026',
      0,
      45,
    ]);
  });

  it('skips a sentence whose date cannot be (day 0 or 32, month 0 or 13) for the next one', () => {
    for (const bad of ['0/5/2025', '32/5/2025', '5/0/2025', '5/13/2025']) {
      expect(
        inForce(
          `Quyết định này có hiệu lực từ ngày ${bad}. Quyết định này có hiệu lực từ ngày ký.`,
          'Quyết định',
        ),
      ).toEqual([
        '2025-03-10',
        true,
        'Quyết định này có hiệu lực từ ngày ký',
        45 + bad.length - 8,
        82 + bad.length - 8,
      ]);
    }
  });

  it('a sentence longer than 300 characters is quoted from 300 back', () => {
    const text = `${'Các sở, ban, ngành '.repeat(20)}và Kế hoạch này có hiệu lực từ ngày ký.`;
    expect(inForce(text, 'Kế hoạch')).toEqual([
      '2025-03-10',
      true,
      `ác sở, ban, ngành ${'Các sở, ban, ngành '.repeat(14)}và Kế hoạch này có hiệu lực từ ngày ký`,
      96,
      418,
    ]);
  });

  it('from signing with no issue date known: the rule, without a date', () => {
    expect(inForce('Kế hoạch này có hiệu lực kể từ ngày ký.', 'Kế hoạch', null)).toEqual([
      null,
      true,
      'Kế hoạch này có hiệu lực kể từ ngày ký',
      0,
      38,
    ]);
  });

  it('whose subject is this document: "văn bản này", a regulation a decision issues', () => {
    expect(inForce('Nội dung văn bản này có hiệu lực từ ngày ký.', 'Kế hoạch')).toEqual([
      '2025-03-10',
      true,
      'Nội dung văn bản này có hiệu lực từ ngày ký',
      0,
      43,
    ]);
    expect(inForce('Bản Quy định này có hiệu lực từ ngày ký.', 'Quyết định')).toEqual([
      '2025-03-10',
      true,
      'Bản Quy định này có hiệu lực từ ngày ký',
      0,
      39,
    ]);
  });

  it('not another document, nor "Quy định này" in a plan, nor any with no type known', () => {
    expect(inForce('Luật này có hiệu lực từ ngày 01/7/2025.', 'Kế hoạch')).toBeNull();
    expect(inForce('Bản Quy định này có hiệu lực từ ngày ký.', 'Kế hoạch')).toBeNull();
    expect(inForce('Quyết định này có hiệu lực từ ngày ký.', null)).toBeNull();
  });
});
