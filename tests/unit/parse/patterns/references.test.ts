/** The reference patterns, each with a table of (text, expected) examples. */
import { describe, expect, it } from 'vitest';
import { fold } from '../../../../src/parse/source.ts';
import {
  ALIAS_DEFINITION,
  BASED_ON,
  BASIS_TYPES,
  CENTRAL_RESOLUTION,
  IMPLEMENTING_VERB,
  LAW_NAME,
  NUMBER_MENTION,
  OF_ISSUER,
  PLAN_NAME,
  TAIL_ISSUER_END,
  TYPE_BEFORE_NUMBER,
  TYPE_BEFORE_SHORT,
  typeName,
} from '../../../../src/parse/references/patterns.ts';

const first = (re: RegExp, text: string): string | null => {
  re.lastIndex = 0;
  return re.exec(text)?.[0] ?? null;
};
const group = (re: RegExp, text: string, g = 1): string | null => {
  re.lastIndex = 0;
  return re.exec(text)?.[g] ?? null;
};

describe('reference patterns', () => {
  it.each([
    ['Nghị quyết số 20-NQ/TW ngày', '20-NQ/TW'],
    ['Quyết định 12/2024/QĐ-UBND của', '12/2024/QĐ-UBND'],
    ['Kế hoạch số 45/KH-UBND.', '45/KH-UBND'],
    ['số 1899/QĐ-TTG', '1899/QĐ-TTG'],
    ['khoản 3 Điều 5', null],
    ['ngày 16/6/2022', null],
  ])('NUMBER_MENTION %j → %j', (text, expected) => {
    expect(first(NUMBER_MENTION, text)).toBe(expected);
  });

  it.each([
    ['thuc hien nghi quyet so ', 'nghi quyet'],
    ['chuong trinh hanh dong so: ', 'chuong trinh hanh dong'],
    ['theo ke hoach ', 'ke hoach'],
    ['theo ', null],
  ])('TYPE_BEFORE_NUMBER %j → %j', (text, expected) => {
    expect(group(TYPE_BEFORE_NUMBER, text)).toBe(expected);
  });

  it.each([
    ['thuc hien nghi quyet ', 'nghi quyet'],
    ['ket luan so ', 'ket luan'],
    ['nghi quyet', null],
  ])('TYPE_BEFORE_SHORT %j → %j', (text, expected) => {
    expect(group(TYPE_BEFORE_SHORT, text)).toBe(expected);
  });

  it.each([
    ['nghi quyet', 'Nghị quyết'],
    ['chuong  trinh hanh dong', 'Chương trình hành động'],
    ['nghiquyet', 'Nghị quyết'],
    ['bien ban', null],
  ])('typeName %j → %j', (text, expected) => {
    expect(typeName(text)).toBe(expected);
  });

  it.each([
    ['Nghị quyết Trung ương 5 khóa IX', 'nghi quyet trung uong 5 khoa ix', 'ix'],
    [
      'Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương 4',
      'nghi quyet hoi nghi lan thu tu ban chap hanh trung uong 4',
      undefined,
    ],
    ['Nghị quyết của Trung ương', null, undefined],
  ])('CENTRAL_RESOLUTION %j', (text, expected, term) => {
    CENTRAL_RESOLUTION.lastIndex = 0;
    const m = CENTRAL_RESOLUTION.exec(fold(text));
    expect(m?.[0] ?? null).toBe(expected);
    if (m) expect(m[2]).toBe(term);
  });

  it.each([
    ['theo Luật Hợp tác xã năm 2012 và', 'Luật Hợp tác xã năm 2012'],
    [
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6',
      'Luật Tổ chức chính quyền địa phương',
    ],
    ['Luật Đất đai, Luật Nhà ở', 'Luật Đất đai'],
    ['luật pháp', null],
  ])('LAW_NAME %j → %j', (text, expected) => {
    expect(first(LAW_NAME, text)).toBe(expected);
  });

  it.each([
    [
      'triển khai Chiến lược phát triển kinh tế tập thể giai đoạn 2021 - 2030',
      'Chiến lược phát triển kinh tế tập thể giai đoạn 2021 - 2030',
    ],
    ['Kế hoạch này giai đoạn 2021 - 2030', null],
  ])('PLAN_NAME %j → %j', (text, expected) => {
    expect(first(PLAN_NAME, text)).toBe(expected);
  });

  it.each([
    ['(sau day goi la nghi quyet 20)', 'nghi quyet 20'],
    ['(sau day goi tat la ket luan)', 'ket luan'],
    ['(sau day viet tat la nghi dinh)', 'nghi dinh'],
    ['(goi tat: chuong trinh)', 'chuong trinh'],
    ['(ban chup gui kem)', null],
  ])('ALIAS_DEFINITION %j → %j', (text, expected) => {
    expect(group(ALIAS_DEFINITION, text)).toBe(expected);
  });

  it.each([
    [' cua quoc hoi ve', 'quoc hoi'],
    [', cua bo chinh tri', 'bo chinh'],
    [' cua cac cap uy', null],
  ])('OF_ISSUER %j → %j', (text, expected) => {
    expect(group(OF_ISSUER, text)).toBe(expected);
  });

  it.each([
    ['thuc hien ', true],
    ['trien khai thuc hien hieu qua ', true],
    ['de thuc hien co hieu qua ', true],
    ['quan triet va thuc hien nghiem ', true],
    ['thi hanh ', true],
    ['thuc hien tot cong tac ', false],
    ['ve viec ', false],
  ])('IMPLEMENTING_VERB %j → %j', (text, expected) => {
    expect(IMPLEMENTING_VERB.test(text)).toBe(expected);
  });

  it.each([
    ['can cu ', true],
    ['can cu vao ', true],
    ['can cu theo ', false],
  ])('BASED_ON %j → %j', (text, expected) => {
    expect(BASED_ON.test(text)).toBe(expected);
  });

  it.each([
    ['Chỉ thị', true],
    ['Quyết định', true],
    ['Luật', false],
    ['Nghị định', false],
    ['Thông tư', false],
  ])('BASIS_TYPES %j → %j', (type, expected) => {
    expect(BASIS_TYPES.test(type)).toBe(expected);
  });

  it.each([
    ['thu tuong chinh phu va quyet dinh so 3103', ' va '],
    ['bo chinh tri ve tiep tuc', ' ve '],
    ['tinh uy, nghi quyet', ','],
    ['ban chap hanh trung uong (khoa xiii)', ' ('],
    ['chinh phu va bo tai chinh', null],
  ])('TAIL_ISSUER_END %j → %j', (text, expected) => {
    expect(first(TAIL_ISSUER_END, text)).toBe(expected);
  });
});
