import { describe, expect, it } from 'vitest';
import { documentId, numberScope } from '../../../src/graph/ids.ts';

const vinhLinh = { province: 'quang-tri', district: 'vinh-linh' };

describe('document ids', () => {
  it('scopes a number by the level its symbol names', () => {
    expect(numberScope({ number: '10-KH/TW', jurisdiction: vinhLinh, fallback: 'f' })).toBe('tw');
    // A district citing its province's programme: the province's number.
    expect(numberScope({ number: '47-CTr/TU', jurisdiction: vinhLinh, fallback: 'f' })).toBe(
      'quang-tri',
    );
    expect(numberScope({ number: '67-KH/HU', jurisdiction: vinhLinh, fallback: 'f' })).toBe(
      'quang-tri/vinh-linh',
    );
  });

  it("numbers other symbols within the issuing body (each commune's ĐU, each UBND)", () => {
    const a = numberScope({
      number: '12-KH/ĐU',
      jurisdiction: vinhLinh,
      issuerId: 'quang-tri/vinh-linh/xa-a/dang-uy',
      fallback: 'f',
    });
    const b = numberScope({
      number: '12-KH/ĐU',
      jurisdiction: vinhLinh,
      issuerId: 'quang-tri/vinh-linh/xa-b/dang-uy',
      fallback: 'f',
    });
    expect(a).not.toBe(b);
    expect(
      numberScope({
        number: '53/KH-UBND',
        jurisdiction: { province: 'lang-son' },
        issuerId: 'lang-son/ubnd-tinh',
        fallback: 'f',
      }),
    ).toBe('lang-son');
  });

  it('never merges across documents when neither jurisdiction nor issuer is known', () => {
    expect(
      numberScope({ number: '46-CTr/TU', issuerId: 'doc:h:1/tinh-uy', fallback: 'in:h:1' }),
    ).toBe('in:h:1');
  });

  it('adds the year when a date is known: numbers recur across terms', () => {
    expect(documentId('10-KH/TW', 'tw', '2022-08-23')).toBe('doc:10-KH/TW@tw:2022');
    expect(documentId('10-KH/TW', 'tw', null)).toBe('doc:10-KH/TW@tw');
  });
});
