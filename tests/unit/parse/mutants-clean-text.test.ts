/**
 * The clean text and its map back to the original (text/clean.ts): every clean character's
 * original span, the spaces, bullets, composed clusters and column breaks, and the emphasis flag
 * of each line, on short lines of directive wording.
 */
import { describe, expect, it } from 'vitest';
import { buildClean } from '../../../src/parse/text/clean.ts';

interface View {
  clean: string;
  /** [start, end) in the original of each clean character. */
  spans: [number, number][];
  emphasised: boolean[];
}

/** The whole result of buildClean, with the given '\n' offsets taken as soft breaks. */
function view(original: string, soft: number[] = []): View {
  const b = buildClean(original, new Set(soft));
  const spans = Array.from({ length: b.clean.length }, (_, i): [number, number] => [
    b.map[i] as number,
    b.ends[i] as number,
  ]);
  return { clean: b.clean, spans, emphasised: b.emphasised };
}

/** Spans of n characters copied one to one from `from`. */
function ones(from: number, n: number): [number, number][] {
  return Array.from({ length: n }, (_, i): [number, number] => [from + i, from + i + 1]);
}

describe('combining marks', () => {
  it('composes each NFD cluster, mapped to its base and all its marks', () => {
    // "Hà Nội" decomposed: the grave U+0300 is the first combining mark
    expect(view('Ha\u0300 No\u0323\u0302i')).toEqual({
      clean: 'Hà Nội',
      spans: [
        [0, 1],
        [1, 3],
        [3, 4],
        [4, 5],
        [5, 8],
        [8, 9],
      ],
      emphasised: [false],
    });
  });

  it('keeps a cluster with the last combining mark U+036F together', () => {
    expect(view('x\u036f')).toEqual({
      clean: 'x\u036f',
      spans: [
        [0, 2],
        [0, 2],
      ],
      emphasised: [false],
    });
  });

  it('keeps a mark with no base before it on its own', () => {
    expect(view('\u0301a')).toEqual({ clean: '\u0301a', spans: ones(0, 2), emphasised: [false] });
  });

  it('leaves a precomposed character without marks as written', () => {
    // only clusters are normalised: the ohm sign is not turned into omega
    expect(view('R = 10 \u2126')).toEqual({
      clean: 'R = 10 \u2126',
      spans: ones(0, 8),
      emphasised: [false],
    });
  });
});

describe('spaces', () => {
  it('maps each tab to a space over the tab itself', () => {
    expect(view('Điều\t1\tPhạm')).toEqual({
      clean: 'Điều 1 Phạm',
      spans: ones(0, 11),
      emphasised: [false],
    });
  });

  it('breaks two columns at exactly COLUMN_GAP spaces before a capital', () => {
    expect(view('TỈNH X    CỘNG HÒA')).toEqual({
      clean: 'TỈNH X\nCỘNG HÒA',
      spans: [...ones(0, 7), ...ones(10, 8)],
      emphasised: [false, false],
    });
  });

  it('keeps one space for the blanks of an unsigned date', () => {
    expect(view('ngày    tháng')).toEqual({
      clean: 'ngày tháng',
      spans: [...ones(0, 5), ...ones(8, 5)],
      emphasised: [false],
    });
  });

  it('keeps one space between words left single around dropped emphasis marks', () => {
    expect(view('Điều 1. ** ** ** Phạm vi')).toEqual({
      clean: 'Điều 1. Phạm vi',
      spans: [...ones(0, 8), ...ones(17, 7)],
      emphasised: [false],
    });
  });

  it('joins a soft break and the indent after it into one space', () => {
    expect(view('abc\n def', [3])).toEqual({
      clean: 'abc def',
      spans: [...ones(0, 4), ...ones(5, 3)],
      emphasised: [false],
    });
  });

  it('joins a space before a soft break and the break into one space', () => {
    expect(view('ab \ncd', [3])).toEqual({
      clean: 'ab cd',
      spans: ones(0, 3).concat(ones(4, 2)),
      emphasised: [false],
    });
  });

  it('reads a soft break at offset 1 as a space', () => {
    expect(view('a\nb', [1])).toEqual({ clean: 'a b', spans: ones(0, 3), emphasised: [false] });
  });
});

describe('markdown marks and control characters', () => {
  it('drops single stars inside a word', () => {
    expect(view('a*b*c')).toEqual({
      clean: 'abc',
      spans: [
        [0, 1],
        [2, 3],
        [4, 5],
      ],
      emphasised: [false],
    });
  });

  it('keeps a backslash not before a star', () => {
    expect(view('a\\b')).toEqual({ clean: 'a\\b', spans: ones(0, 3), emphasised: [false] });
  });

  it('drops an escaped star and the space left twice by it', () => {
    expect(view('a \\* b')).toEqual({
      clean: 'a b',
      spans: [
        [0, 1],
        [1, 2],
        [5, 6],
      ],
      emphasised: [false],
    });
  });

  it('keeps the tab before a dropped star as a space', () => {
    expect(view('a\t*b')).toEqual({
      clean: 'a b',
      spans: [
        [0, 1],
        [1, 2],
        [3, 4],
      ],
      emphasised: [false],
    });
  });

  it('drops a carriage return inside a line without a space', () => {
    expect(view('a\rb')).toEqual({
      clean: 'ab',
      spans: [
        [0, 1],
        [2, 3],
      ],
      emphasised: [false],
    });
  });
});

describe('bullets', () => {
  it('writes a "* " bullet at the text start as "•" over the star', () => {
    expect(view('* Giao Sở')).toEqual({
      clean: '• Giao Sở',
      spans: ones(0, 9),
      emphasised: [false],
    });
  });

  it('takes a star before a tab for a bullet', () => {
    expect(view('*\tGiao')).toEqual({ clean: '• Giao', spans: ones(0, 6), emphasised: [false] });
  });

  it('finds the bullet after leading spaces and a carriage return', () => {
    expect(view('  * Giao')).toEqual({ clean: '• Giao', spans: ones(2, 6), emphasised: [false] });
    expect(view('\r* Giao')).toEqual({ clean: '• Giao', spans: ones(1, 6), emphasised: [false] });
  });
});

describe('emphasised lines', () => {
  it('flags a bold line followed by a trailing space', () => {
    expect(view('**Điều 1** \nabc')).toEqual({
      clean: 'Điều 1\nabc',
      spans: [...ones(2, 6), ...ones(11, 4)],
      emphasised: [true, false],
    });
  });

  it('flags a line wholly in underscores', () => {
    expect(view('__Điều 1__').emphasised).toEqual([true]);
  });

  it('does not flag a line bold only at its start or only at its end', () => {
    expect(view('**Điều 1** nội dung').emphasised).toEqual([false]);
    expect(view('Nội dung **quan trọng**').emphasised).toEqual([false]);
  });

  it('does not flag a horizontal rule of four stars', () => {
    expect(view('Mở đầu\n****')).toEqual({
      clean: 'Mở đầu\n',
      spans: ones(0, 7),
      emphasised: [false, false],
    });
  });

  it('flags a heading of one to six hashes followed by a space', () => {
    expect(view('# Tiêu đề\nx')).toEqual({
      clean: 'Tiêu đề\nx',
      spans: ones(2, 9),
      emphasised: [true, false],
    });
    expect(view('#Tiêu').emphasised).toEqual([false]);
    expect(view('####### x')).toEqual({ clean: 'x', spans: [[8, 9]], emphasised: [false] });
  });
});
