/**
 * The secrecy mark (độ mật) of the header, on the wordings of real headers: the Party's stamp under
 * the number, a State table header, "Độ mật: …", a boxed stamp; and the body's words about secrets,
 * which mark nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument, secrecyRank } from '../../../src/parse/index.ts';
import { readSeed } from './helpers.ts';

const PARTY_HEAD =
  'BAN CHẤP HÀNH TRUNG ƯƠNG\n\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n\n\\*\n\n*Hà Nội, ngày 23 tháng 8 năm 2022*\n\nSố 10-KH/TW\n';
const PARTY_BODY =
  '\n## KẾ HOẠCH\n\nThực hiện Nghị quyết số 20-NQ/TW\n\n-----\n\nBộ Chính trị ban hành Kế hoạch như sau:\n\nI- NHIỆM VỤ\n\n1. Ban Tuyên giáo Trung ương chủ trì.';

const markOf = (text: string) => parseDocument(text).secrecy;

describe('secrecy mark', () => {
  it('reads "MẬT" stamped under the number of a Party plan, quoting it', () => {
    const text = `${PARTY_HEAD}\nMẬT\n${PARTY_BODY}`;
    const doc = parseDocument(text);
    expect(doc.secrecy?.level).toBe('MAT');
    expect(doc.secrecy?.quote).toBe('MẬT');
    const span = doc.secrecy?.span ?? { start: 0, end: 0 };
    expect(text.slice(span.start, span.end)).toBe('MẬT');
    // The stamp is not taken for the number, the type or the title.
    expect(doc.document).toMatchObject({ number: '10-KH/TW', type: 'Kế hoạch' });
  });

  it('reads TỐI MẬT and TUYỆT MẬT, bold or boxed', () => {
    expect(markOf(`${PARTY_HEAD}\n**TỐI MẬT**\n${PARTY_BODY}`)?.level).toBe('TOI_MAT');
    expect(markOf(`${PARTY_HEAD}\n| TUYỆT MẬT |\n${PARTY_BODY}`)?.level).toBe('TUYET_MAT');
    expect(markOf(`${PARTY_HEAD}\nĐộ mật: Tối mật\n${PARTY_BODY}`)?.level).toBe('TOI_MAT');
    expect(markOf(`${PARTY_HEAD}\nTuyệt  mật\n${PARTY_BODY}`)?.level).toBe('TUYET_MAT');
  });

  it('reads the mark of a State header in a scraped table', () => {
    const text =
      '| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| TỈNH BẮC GIANG | Độc lập - Tự do - Hạnh phúc |\n| Số: 53/KH-UBND | Bắc Giang, ngày 05 tháng 4 năm 2023 |\n\nMẬT\n\nKẾ HOẠCH\nPhát triển kinh tế tập thể năm 2023\n\nI. MỤC ĐÍCH\n1. Sở Tài chính chủ trì.';
    expect(markOf(text)?.level).toBe('MAT');
  });

  it('reads the mark of a seed document with its stamp added, keeping every other fact', () => {
    const seed = readSeed('000_20a41b9271eee9a1.txt');
    const marked = seed.replace('Số 10-KH/TW\n', 'Số 10-KH/TW\n\nTỐI MẬT\n');
    const a = parseDocument(seed);
    const b = parseDocument(marked);
    expect(a.secrecy).toBeUndefined();
    expect(b.secrecy?.level).toBe('TOI_MAT');
    expect(b.document.number).toBe(a.document.number);
    expect(b.document.title).toBe(a.document.title);
    expect(b.tasks.map((t) => t.text)).toEqual(a.tasks.map((t) => t.text));
  });

  it('ignores the words "mật" and "bí mật" in the body and a mark far below the header', () => {
    const body = `${PARTY_HEAD}${PARTY_BODY}\n\n2. Các cơ quan bảo vệ bí mật nhà nước; tài liệu mật được quản lý chặt chẽ.`;
    expect(markOf(body)).toBeUndefined();
    const lines = Array.from({ length: 40 }, (_, i) => `${i + 2}. Sở Nội vụ chủ trì việc ${i}.`);
    expect(markOf(`${PARTY_HEAD}${PARTY_BODY}\n${lines.join('\n')}\nMẬT\n`)).toBeUndefined();
    // Other header stamps are urgency, not secrecy.
    expect(markOf(`${PARTY_HEAD}\nHỎA TỐC\n${PARTY_BODY}`)).toBeUndefined();
    expect(markOf(`${PARTY_HEAD}\nMẬT TRẬN\n${PARTY_BODY}`)).toBeUndefined();
  });

  it('keeps the highest of two marks, ranked 1 to 3', () => {
    expect(markOf(`${PARTY_HEAD}\nMẬT\nTUYỆT MẬT\n${PARTY_BODY}`)?.level).toBe('TUYET_MAT');
    expect([undefined, 'MAT', 'TOI_MAT', 'TUYET_MAT'].map((l) => secrecyRank(l as never))).toEqual([
      0, 1, 2, 3,
    ]);
  });
});
