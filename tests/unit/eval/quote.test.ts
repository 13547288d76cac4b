/**
 * Finding a label's task quote in a text: exactly, across re-wrapped white space, and without the
 * Markdown emphasis a quote copied from a `.md` source keeps when the text was read from a PDF or
 * a DOCX of the same document (issue 11's round trip).
 */
import { describe, expect, it } from 'vitest';
import { findQuote } from '../../../bench/eval/labels.ts';

const text = '3. Các đoàn thể đẩy mạnh công tác tuyên truyền,\nvận động thành lập tổ hợp tác.';

describe('findQuote', () => {
  it('finds a quote as written', () => {
    expect(findQuote(text, 'Các đoàn thể đẩy mạnh')).toBe(3);
  });

  it('finds a quote across a line break', () => {
    expect(findQuote(text, 'tuyên truyền, vận động')).toBe(text.indexOf('tuyên truyền'));
  });

  it('finds a quote that kept the emphasis marks of its Markdown source', () => {
    expect(findQuote(text, 'Các đoàn thể** đẩy mạnh công tác')).toBe(3);
    expect(findQuote(text, '**Các đoàn thể**')).toBe(3);
  });

  it('finds nothing for words that are not there, marks or not', () => {
    expect(findQuote(text, 'Các đoàn thể** chủ trì')).toBeNull();
    expect(findQuote(text, '**')).toBeNull();
  });
});
