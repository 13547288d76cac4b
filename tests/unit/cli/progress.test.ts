import { describe, expect, it } from 'vitest';
import { ProgressBar } from '../../../src/cli/progress.ts';

function stream(isTTY: boolean): { written: string[]; s: NodeJS.WriteStream } {
  const written: string[] = [];
  const s = {
    isTTY,
    write: (chunk: string) => {
      written.push(chunk);
      return true;
    },
  } as unknown as NodeJS.WriteStream;
  return { written, s };
}

describe('ProgressBar', () => {
  it('shows the pages of a long file on the bar of the files done', () => {
    const { written, s } = stream(true);
    const bar = new ProgressBar(4, s);
    bar.page(1, '/kept/ke-hoach.pdf', 37, 120);
    expect(written).toEqual([
      `\r\x1b[2K${'█'.repeat(6)}${'░'.repeat(18)} 1/4 files · ke-hoach.pdf: page 37/120`,
    ]);
  });

  it('stays silent off a terminal (logs get the per-file lines only)', () => {
    const { written, s } = stream(false);
    const bar = new ProgressBar(4, s);
    bar.page(0, 'a.pdf', 1, 2);
    bar.update(1, 'x');
    bar.done();
    expect(written).toEqual([]);
  });
});
