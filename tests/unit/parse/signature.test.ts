import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';

const signer = (t: string) => parseDocument(t).document.signer;

describe('signature', () => {
  it.each([
    [
      'T/M BỘ CHÍNH TRỊ\n\n\n\nVõ Văn Thường',
      { name: 'Võ Văn Thường', capacity: 'T/M', onBehalfOf: 'Bộ Chính trị', title: null },
    ],
    [
      '**T/M BAN THƯỜNG VỤ  \nPHÓ BÍ THƯ THƯỜNG TRỰC**\n\n**Trần Hải Châu**',
      {
        name: 'Trần Hải Châu',
        capacity: 'T/M',
        onBehalfOf: 'Ban Thường vụ',
        title: 'Phó Bí thư Thường trực',
      },
    ],
    [
      'T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n\nNguyễn Quang Huy',
      {
        name: 'Nguyễn Quang Huy',
        capacity: 'T/L',
        onBehalfOf: 'Ban Thường vụ',
        title: 'Chánh Văn phòng',
      },
    ],
    [
      'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nLê Thị Hoa',
      { name: 'Lê Thị Hoa', capacity: 'KT.', onBehalfOf: 'Ủy ban nhân dân', title: 'Phó Chủ tịch' },
    ],
    [
      'K/T BÍ THƯ\nPHÓ BÍ THƯ\n\nĐỗ Văn Nam',
      { name: 'Đỗ Văn Nam', capacity: 'K/T', onBehalfOf: 'Bí thư', title: 'Phó Bí thư' },
    ],
    [
      'CHỦ TỊCH\n\nPhạm Văn Dũng',
      { name: 'Phạm Văn Dũng', capacity: null, onBehalfOf: null, title: 'Chủ tịch' },
    ],
  ])('%s', (t, expected) => expect(signer(`KẾ HOẠCH\n\nA.\n\n${t}`)).toMatchObject(expected));

  it('lists nested authorities outermost first', () => {
    expect(
      signer('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Thị Hoa')?.authorities,
    ).toEqual([
      { capacity: 'TM.', of: 'Ủy ban nhân dân' },
      { capacity: 'KT.', of: 'Chủ tịch' },
    ]);
  });
});
