import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

const doc = (t: string) => parseDocument(t, { registry: testRegistry() }).document;

describe('rules flattened onto header lines', () => {
  const text =
    'HUYỆN ỦY VĨNH LINH\nSố 48-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM-\n\nVĩnh Linh, ngày 01 tháng 3 năm 2023\n\n' +
    'KẾ HOẠCH------\nthực hiện công tác dân vận năm 2023\n\nI. NHIỆM VỤ\n\n1. Ban Dân vận Huyện ủy chủ trì hướng dẫn.\n';

  it('keeps a banner that ends with a single dash (its span takes the dash in, as a longer rule)', () => {
    expect(doc(text)).toMatchObject({
      family: 'party',
      banner: { quote: 'ĐẢNG CỘNG SẢN VIỆT NAM-', span: { start: 31, end: 54 } },
    });
  });

  it('leaves the rule after the type word out of the title', () => {
    expect(doc(text).title).toBe('thực hiện công tác dân vận năm 2023');
  });
});
