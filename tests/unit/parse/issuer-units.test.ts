import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

// without a resolver the name is the header's capitals in sentence case (nameFromCaps)
const issuer = (t: string) =>
  parseDocument(t, { registry: testRegistry() }).document.issuer?.name ?? null;

describe('the issuer of a body printed under its superior', () => {
  it("gives a department the place of its People's Committee", () => {
    expect(
      issuer(
        'UBND THÀNH PHỐ ĐÀ NẴNG\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 1906/SGDĐT-CTrTT\nV/v phòng, chống dịch\n\nĐà Nẵng, ngày 26 tháng 7 năm 2020\n\nKính gửi: Các trường.\n',
      ),
    ).toBe('Sở giáo dục và đào tạo thành phố Đà Nẵng');
  });

  it('reads the agency of a ministry flattened onto one header line', () => {
    expect(
      issuer(
        'BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 778/TCHQ-GSQL\nV/v xử lý vướng mắc\nHà Nội, ngày 13 tháng 02 năm 2017\n\nKính gửi: Cục Hải quan các tỉnh.\n',
      ),
    ).toBe('Tổng cục hải quan');
  });

  it('completes a standing board signing for the collective with the header, abbreviations kept', () => {
    expect(
      issuer(
        'ỦY BAN MTTQ VIỆT NAM\n\nXÃ LƯƠNG MINH\n\nBAN THƯỜNG TRỰC\n\nSố: 16/KH-MTTQ-BTT\n\nKẾ HOẠCH\n\nThực hiện công tác bầu cử\n\nNội dung.\n\nTM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\nNguyễn Văn An\n',
      ),
    ).toBe('Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh');
  });
});
