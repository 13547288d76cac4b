/**
 * Writing paragraph-structured documents (DOCX, HTML): one line per paragraph with a blank line
 * between paragraphs (the parser reads a single line break as a wrap inside a paragraph), each
 * mapped back to its index; tables with three or more filled columns as pipe rows (the form parse/tables.ts reads);
 * layout tables of a header or a signature (one or two filled columns) column by column, so the
 * issuing body and the banner come out as two blocks rather than interleaved.
 */
import type { TextBuilder } from './builder.ts';

export interface Para {
  index: number;
  text: string;
}

/** A table as rows of cells of paragraphs. */
export type TableRows = Para[][][];

export function writeLine(out: TextBuilder, p: Para): void {
  if (p.text === '') return;
  out.blankLine();
  out.add(p.text, { paragraph: p.index });
}

export function writeTable(out: TextBuilder, rows: TableRows): void {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const filled = Array.from({ length: width }, (_, k) =>
    rows.some((r) => r[k]?.some((p) => p.text !== '')),
  ).filter(Boolean).length;
  out.blankLine();
  if (filled <= 2) {
    for (let k = 0; k < width; k++) {
      for (const r of rows) for (const p of r[k] ?? []) writeLine(out, p);
      out.blankLine();
    }
    return;
  }
  for (const r of rows) {
    if (r.every((cell) => cell.every((p) => p.text === ''))) continue;
    out.newline();
    out.add('|');
    for (const cell of r) {
      for (const p of cell) {
        if (p.text === '') continue;
        out.add(' ');
        // A row is one line: a cell's own line breaks become spaces.
        out.add(p.text.replace(/\|/g, '/').replace(/\n/g, ' '), { paragraph: p.index });
      }
      out.add(' |');
    }
  }
  out.blankLine();
}
