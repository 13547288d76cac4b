import { describe, expect, it } from 'vitest';
import { createResolver, loadRegistry } from '../../../src/orgs/index.ts';
import { parseDocument } from '../../../src/parse/index.ts';

const registry = loadRegistry();
const resolve = createResolver(registry);

const TEXT =
  'ĐẢNG BỘ TỈNH QUẢNG TRỊ\nHUYỆN ỦY VĨNH LINH\n*\nSố 48-KH/HU\n\nVĩnh Linh, ngày 01 tháng 3 năm 2023\n\n' +
  'KẾ HOẠCH\nthực hiện công tác dân vận năm 2023\n\n' +
  'Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện như sau:\n\n' +
  'I. NHIỆM VỤ\n\n1. Ban Dân vận Huyện ủy chủ trì hướng dẫn thực hiện Kế hoạch.\n';

describe("an issuer read without a place takes the header's jurisdiction", () => {
  it('resolves "Ban Thường vụ Huyện ủy" of the opening paragraph in the header\'s district', () => {
    const d = parseDocument(TEXT, { documentKey: 'k', registry, resolve });
    expect(d.document.issuer?.mention).toBe('Ban Thường vụ Huyện ủy');
    expect(d.document.issuer?.id).toBe('quang-tri/vinh-linh/ban-thuong-vu-huyen-uy');
    expect(d.document.issuer?.resolution?.jurisdiction).toEqual({
      province: 'quang-tri',
      district: 'vinh-linh',
    });
    expect(d.tasks.map((t) => t.lead.map((l) => l.id))).toEqual([
      ['quang-tri/vinh-linh/ban-dan-van-huyen-uy'],
    ]);
  });

  it('leaves a jurisdiction given by the metadata alone', () => {
    const d = parseDocument(TEXT, {
      documentKey: 'k',
      registry,
      resolve,
      meta: { jurisdiction: { province: 'quang-tri', district: 'gio-linh' } },
    });
    expect(d.document.issuer?.resolution?.jurisdiction).toEqual({
      province: 'quang-tri',
      district: 'gio-linh',
    });
  });
});
