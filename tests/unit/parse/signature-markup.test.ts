/**
 * A signature written with Markdown emphasis ("**BÍ THƯ**" / "**Trần Hải Châu**") reads as the
 * same block without it, and its span falls on the words, not on the markup (issue 18, point 3).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';

const head = 'ĐẢNG CỘNG SẢN VIỆT NAM\n\nKẾ HOẠCH\nvề tuyên truyền\n\n';
const body = '1. Ban Tuyên giáo chủ trì tuyên truyền.\n\n';

const signerOf = (text: string) => {
  const s = parseDocument(text).document.signer;
  return s && { name: s.name, title: s.title, capacity: s.capacity, quote: s.quote };
};

describe('signature with markup', () => {
  it('a title-only block in bold: "**BÍ THƯ**" then the name', () => {
    const text = `${head}${body}**Nơi nhận:**\n- Như trên,\n- Lưu VP.\n\n**BÍ THƯ**\n\n\n**Trần Hải Châu**\n`;
    expect(signerOf(text)).toEqual({
      name: 'Trần Hải Châu',
      title: 'Bí thư',
      capacity: null,
      quote: 'BÍ THƯ**\n\n\n**Trần Hải Châu',
    });
  });
  it('the same block without markup', () => {
    const text = `${head}${body}Nơi nhận:\n- Như trên,\n- Lưu VP.\n\nBÍ THƯ\n\n\nTrần Hải Châu\n`;
    expect(signerOf(text)).toEqual({
      name: 'Trần Hải Châu',
      title: 'Bí thư',
      capacity: null,
      quote: 'BÍ THƯ\n\n\nTrần Hải Châu',
    });
  });
  it('a State chain with every line in bold and a bold "(Đã ký)"', () => {
    const text = `${head}${body}**TM. ỦY BAN NHÂN DÂN**\n**KT. CHỦ TỊCH**\n**PHÓ CHỦ TỊCH**\n\n**(Đã ký)**\n\n**Lê Thị Hoa**\n`;
    expect(signerOf(text)).toEqual({
      name: 'Lê Thị Hoa',
      title: 'Phó Chủ tịch',
      capacity: 'KT.',
      quote:
        'TM. ỦY BAN NHÂN DÂN**\n**KT. CHỦ TỊCH**\n**PHÓ CHỦ TỊCH**\n\n**(Đã ký)**\n\n**Lê Thị Hoa',
    });
  });
});
