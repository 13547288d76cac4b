/**
 * A one-line progress bar on stderr, redrawn in place when stderr is a terminal and silent
 * otherwise (logs and pipes get the per-file lines only).
 */
import { basename } from 'node:path';

export class ProgressBar {
  private readonly tty: boolean;
  private drawn = false;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.tty = stream.isTTY === true;
  }

  update(done: number, detail: string): void {
    if (!this.tty) return;
    const width = 24;
    const filled = this.total === 0 ? width : Math.round((done / this.total) * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    this.stream.write(`\r\x1b[2K${bar} ${done}/${this.total} files · ${detail}`);
    this.drawn = true;
  }

  /** Pages of a long file (PDF, scan) as they are read, on the bar of the files done so far. */
  page(done: number, file: string, page: number, pages: number): void {
    this.update(done, `${basename(file)}: page ${page}/${pages}`);
  }

  /** Clears the bar so a normal line can be printed, then the caller redraws. */
  clear(): void {
    if (this.tty && this.drawn) this.stream.write('\r\x1b[2K');
  }

  done(): void {
    this.clear();
    this.drawn = false;
  }
}
