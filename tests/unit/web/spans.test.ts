import { describe, expect, it } from 'vitest';
import { passages, spanWithin, type Fact } from '../../../web/src/spans.ts';

const text = 'Giao Ban Tuyên giáo chủ trì, xong trong năm 2023. Nơi nhận: Ban Kinh tế.';
const fact = (key: string, kind: Fact['kind'], quote: string): Fact => {
  const start = text.indexOf(quote);
  return { key, kind, start, end: start + quote.length, quote, label: quote };
};

describe('passages', () => {
  const task = fact('t', 'task', 'Giao Ban Tuyên giáo chủ trì, xong trong năm 2023.');
  const lead = fact('l', 'lead', 'Ban Tuyên giáo');
  const recipient = fact('r', 'recipient', 'Ban Kinh tế');

  it('lays quotes at their offsets, one passage per stretch of covered text', () => {
    const laid = passages([recipient, lead, task]);
    expect(laid.map((p) => p.segments.map((s) => s.text).join(''))).toEqual([
      task.quote,
      recipient.quote,
    ]);
  });

  it('cuts at every fact boundary, the innermost fact first', () => {
    const [first] = passages([task, lead]);
    expect(first!.segments.map((s) => [s.text, s.facts.map((f) => f.key)])).toEqual([
      ['Giao ', ['t']],
      ['Ban Tuyên giáo', ['l', 't']],
      [' chủ trì, xong trong năm 2023.', ['t']],
    ]);
  });

  it('leaves out a quote whose length does not match its span', () => {
    expect(passages([{ ...lead, end: lead.end + 3 }])).toEqual([]);
  });
});

describe('spanWithin', () => {
  it("finds a deadline's words inside its task", () => {
    const task = { start: 100, quote: 'làm xong trong năm 2023.' };
    expect(spanWithin(task, 'trong năm 2023')).toEqual({ start: 109, end: 123 });
    expect(spanWithin(task, 'năm 2024')).toBeNull();
  });
});
