/**
 * Tests that kill surviving mutants of src/parse/formulas.ts (bench/results/mutation.md): a
 * formula behind emphasis marks, a promulgation by one body of the document itself against a
 * task of several bodies or of a working subject, a request opening the paragraph, spaced or
 * glued, and a paragraph that names this document without asking to carry it out. Every
 * expected value is read off the wording by hand.
 */
import { describe, expect, it } from 'vitest';
import { asksToCarryOut, isFormula } from '../../../src/parse/formulas.ts';
import { fold } from '../../../src/parse/source.ts';

const formula = (t: string) => isFormula(t, fold(t));

describe('formulas', () => {
  it.each([
    'Nghị quyết này đã được Hội đồng nhân dân tỉnh thông qua ngày 10 tháng 12 năm 2024.',
    '**Nghị quyết này đã được Hội đồng nhân dân tỉnh thông qua ngày 10 tháng 12 năm 2024.',
    'Hội đồng nhân dân tỉnh ban hành Nghị quyết về phát triển kinh tế - xã hội.',
  ])('%s is a formula', (t) => {
    expect(formula(t)).toBe(true);
  });

  it.each([
    // the document is not named with a capital: a task
    'Hội đồng nhân dân tỉnh ban hành nghị quyết về phát triển kinh tế - xã hội.',
    // a subject with work of its own
    'Sở Tư pháp chủ trì xây dựng và ban hành Kế hoạch thực hiện.',
    // several bodies, "các" first or after the body's name
    'Các sở ban hành Kế hoạch thực hiện.',
    'Ủy ban nhân dân các huyện ban hành Kế hoạch thực hiện.',
    // a request opening the paragraph, spaced or glued
    'Đề nghị Sở Tư pháp, Sở Nội vụ ban hành Kế hoạch thực hiện.',
    'Đềnghị Sở Tư pháp, Sở Nội vụ ban hành Kế hoạch thực hiện.',
    'Yêu cầu Sở Tư pháp, Sở Nội vụ ban hành Kế hoạch thực hiện.',
    'Yêucầu Sở Tư pháp, Sở Nội vụ ban hành Kế hoạch thực hiện.',
  ])('%s is no formula', (t) => {
    expect(formula(t)).toBe(false);
  });
});

describe('asking to carry out this document', () => {
  it('a paragraph that only names it asks nothing', () => {
    expect(asksToCarryOut(fold('Kế hoạch này có hiệu lực kể từ ngày ký.'))).toBe(false);
  });

  it('a request to carry it out does', () => {
    expect(asksToCarryOut(fold('Yêu cầu các sở, ngành nghiêm túc thực hiện Kế hoạch này./.'))).toBe(
      true,
    );
  });
});
