/**
 * DOCX → text, straight from `word/document.xml` (unzipped with fflate), written as
 * paragraphs.ts lays out paragraphs and tables; each paragraph maps back to its index in the body.
 */
import { strFromU8, unzipSync } from 'fflate';
import { TextBuilder } from './builder.ts';
import {
  BREAK,
  children,
  ELEMENT,
  find,
  nameOf,
  parseXml,
  squashParagraph,
  type DomNode,
} from './dom.ts';
import { writeLine, writeTable, type Para } from './paragraphs.ts';
import { FormatError } from './types.ts';

/** A paragraph's text: runs (w:t), tabs as spaces, breaks as line breaks, deleted text left out. */
function paragraphText(p: DomNode): string {
  let out = '';
  const walk = (n: DomNode): void => {
    for (const c of children(n)) {
      if (c.nodeType !== ELEMENT) continue;
      const name = nameOf(c);
      if (name === 'w:t') out += c.textContent ?? '';
      else if (name === 'w:tab') out += ' ';
      else if (name === 'w:br' || name === 'w:cr') out += BREAK;
      else if (name !== 'w:del' && name !== 'w:instrtext') walk(c);
    }
  };
  walk(p);
  return squashParagraph(out);
}

class DocxWriter {
  readonly out = new TextBuilder();
  private index = 0;

  private paras(n: DomNode): Para[] {
    const found: Para[] = [];
    for (const c of children(n)) {
      if (c.nodeType !== ELEMENT) continue;
      const name = nameOf(c);
      if (name === 'w:p') found.push({ index: this.index++, text: paragraphText(c) });
      else if (name !== 'w:tbl') found.push(...this.paras(c));
    }
    return found;
  }

  private table(tbl: DomNode): void {
    const rows = children(tbl)
      .filter((r) => nameOf(r) === 'w:tr')
      .map((r) =>
        children(r)
          .filter((c) => nameOf(c) === 'w:tc')
          .map((c) => this.paras(c)),
      );
    writeTable(this.out, rows);
  }

  body(n: DomNode): void {
    for (const c of children(n)) {
      if (c.nodeType !== ELEMENT) continue;
      const name = nameOf(c);
      if (name === 'w:p') writeLine(this.out, { index: this.index++, text: paragraphText(c) });
      else if (name === 'w:tbl') this.table(c);
      else if (name !== 'w:sectpr') this.body(c);
    }
  }
}

export interface DocxText {
  text: string;
  segments: TextBuilder['segments'];
}

export function readDocx(file: string, bytes: Uint8Array): DocxText {
  let xml: string;
  try {
    const parts = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' });
    const doc = parts['word/document.xml'];
    if (!doc) throw new Error('it has no word/document.xml');
    xml = strFromU8(doc);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new FormatError(file, `not a readable DOCX (${why})`);
  }
  const body = find(parseXml(xml), 'w:body');
  if (!body) throw new FormatError(file, 'not a readable DOCX (word/document.xml has no body)');
  const w = new DocxWriter();
  w.body(body);
  return { text: w.out.text, segments: w.out.segments };
}
