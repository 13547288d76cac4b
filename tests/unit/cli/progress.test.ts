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

  it('draws no bar off a terminal, and says nothing of a file read within seconds', () => {
    const { written, s } = stream(false);
    let now = 1000;
    const bar = new ProgressBar(4, s, () => now);
    now += 1200;
    bar.page(0, 'a.pdf', 1, 2);
    bar.page(0, 'a.pdf', 2, 2);
    bar.update(1, 'x');
    bar.done();
    expect(written).toEqual([]);
  });

  it('off a terminal, a long file gets a plain page line at most every five seconds', () => {
    const { written, s } = stream(false);
    let now = 0;
    const bar = new ProgressBar(2, s, () => now);
    for (let page = 1; page <= 200; page++) {
      now += 700; // a scanned page every 0.7 s
      bar.page(0, '/kept/scan.pdf', page, 200);
    }
    // Pages at 5.6 s, 11.2 s, …: one line per 8 pages, none for the last page (its file line follows).
    expect(written.slice(0, 3)).toEqual([
      'scan.pdf: page 8/200\n',
      'scan.pdf: page 16/200\n',
      'scan.pdf: page 24/200\n',
    ]);
    expect(written).toHaveLength(24);
    expect(written.every((w) => !w.includes('\r'))).toBe(true);
  });
});
