/**
 * A one-line progress bar on stderr, redrawn in place when stderr is a terminal. Off a terminal
 * (logs, pipes, CI) there is no bar: the per-file lines, and for a long file (a 200-page scan
 * takes minutes) a plain "file: page n/m" line at most every few seconds, so a log shows the run
 * is alive.
 */
import { basename } from 'node:path';

export class ProgressBar {
  private readonly tty: boolean;
  private drawn = false;
  private lastLine: number;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly clock: () => number = Date.now,
    /** Least time between two page lines off a terminal, in milliseconds. */
    private readonly every = 5000,
  ) {
    this.tty = stream.isTTY === true;
    this.lastLine = clock();
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
    if (this.tty) {
      this.update(done, `${basename(file)}: page ${page}/${pages}`);
      return;
    }
    const now = this.clock();
    if (page >= pages || now - this.lastLine < this.every) return;
    this.stream.write(`${basename(file)}: page ${page}/${pages}\n`);
    this.lastLine = now;
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
