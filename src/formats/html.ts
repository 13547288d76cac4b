/**
 * HTML saved from a portal (or Word's "save as web page") → text. The page's own charset is
 * honoured (Word writes windows-1252 with entities). Navigation, scripts, forms and the like are
 * dropped, then the document body is the smallest element holding most of the page's non-link
 * text — the readability heuristic in its simplest form. Paragraphs and tables are written as
 * paragraphs.ts lays them out, each paragraph mapped back to its index.
 */
import { TextBuilder } from './builder.ts';
import {
  attr,
  children,
  ELEMENT,
  nameOf,
  parseHtml,
  BREAK,
  squashParagraph,
  TEXT,
  type DomNode,
} from './dom.ts';
import { writeLine, writeTable, type Para, type TableRows } from './paragraphs.ts';
import { FormatError } from './types.ts';

const SKIP = new Set(
  'script style noscript template nav header footer aside form iframe svg button select head title'.split(
    ' ',
  ),
);
const FURNITURE =
  /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|footer|sidebar|banner|social|share|comments?|cookie|search|login|related|tags?)(?:$|[\s_-])/i;
const BLOCK = new Set(
  'p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote section article main center pre address'.split(
    ' ',
  ),
);

const skipped = (n: DomNode): boolean =>
  SKIP.has(nameOf(n)) || FURNITURE.test(`${attr(n, 'class')} ${attr(n, 'id')} ${attr(n, 'role')}`);

/** Text of a subtree outside links and skipped elements, its length in non-space characters. */
function weight(n: DomNode, inLink = false): number {
  if (n.nodeType === TEXT) return inLink ? 0 : (n.textContent ?? '').replace(/\s+/g, '').length;
  if (n.nodeType !== ELEMENT || skipped(n)) return 0;
  const link = inLink || nameOf(n) === 'a';
  return children(n).reduce((s, c) => s + weight(c, link), 0);
}

/** The smallest element that holds at least 80% of the page's weight: the document itself. */
function mainOf(body: DomNode): DomNode {
  const total = weight(body);
  let node = body;
  for (;;) {
    const heavy = children(node).find(
      (c) => c.nodeType === ELEMENT && !skipped(c) && weight(c) >= 0.8 * total,
    );
    if (!heavy) return node;
    node = heavy;
  }
}

class HtmlWriter {
  readonly out = new TextBuilder();
  private index = 0;

  /** The paragraphs of a subtree, inline content gathered until a block boundary. */
  private paras(n: DomNode, sink: Para[] | undefined): Para[] {
    const found: Para[] = [];
    let pending = '';
    const flush = () => {
      const text = squashParagraph(pending);
      pending = '';
      if (text === '') return;
      const p = { index: this.index++, text };
      if (sink) writeLine(this.out, p);
      else found.push(p);
    };
    const walk = (m: DomNode): void => {
      for (const c of children(m)) {
        if (c.nodeType === TEXT) pending += c.textContent ?? '';
        if (c.nodeType !== ELEMENT || skipped(c)) continue;
        const name = nameOf(c);
        if (name === 'table') {
          flush();
          const rows = this.rows(c);
          if (sink) writeTable(this.out, rows);
          else found.push(...rows.flat(2));
        } else if (name === 'br') {
          pending += BREAK;
        } else if (BLOCK.has(name)) {
          flush();
          walk(c);
          flush();
        } else walk(c);
      }
    };
    walk(n);
    flush();
    return found;
  }

  private rows(table: DomNode): TableRows {
    const rows: TableRows = [];
    const walk = (n: DomNode): void => {
      for (const c of children(n)) {
        if (c.nodeType !== ELEMENT) continue;
        const name = nameOf(c);
        if (name === 'tr') {
          rows.push(
            children(c)
              .filter((td) => nameOf(td) === 'td' || nameOf(td) === 'th')
              .map((td) => this.paras(td, undefined)),
          );
        } else if (name !== 'table') walk(c);
      }
    };
    walk(table);
    return rows;
  }

  write(main: DomNode): void {
    this.paras(main, []);
  }
}

const CHARSET = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i;

/** Decode by BOM, else the page's declared charset, else UTF-8 (windows-1252 if that fails). */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  const declared = CHARSET.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 8192)))?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8', { fatal: !declared }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** What a page must show to hold a document: a national or Party banner, a number, or recipients. */
const DOCUMENT_MARK =
  /CỘNG HÒA XÃ HỘI CHỦ NGHĨA|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA|ĐẢNG CỘNG SẢN VIỆT NAM|Số\s*:|Nơi nhận/iu;

export function readHtml(
  file: string,
  bytes: Uint8Array,
): { text: string; segments: TextBuilder['segments'] } {
  const doc = parseHtml(decodeHtml(bytes));
  const body = children(doc)
    .flatMap((c) => (nameOf(c) === 'html' ? children(c) : [c]))
    .find((c) => nameOf(c) === 'body');
  if (!body) throw new FormatError(file, 'the HTML page has no body');
  const w = new HtmlWriter();
  w.write(mainOf(body));
  const text = w.out.text;
  if (!DOCUMENT_MARK.test(text.normalize('NFC'))) {
    throw new FormatError(
      file,
      'the HTML page holds no document (no national or Party banner, number "Số:" or "Nơi nhận")',
    );
  }
  return { text, segments: w.out.segments };
}
