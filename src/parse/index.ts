/**
 * The parser's public face: `parseDocument(text, options)` → ParsedDocument (see types.ts).
 * Pure: no I/O, no database. The pipeline: text model (source.ts) → incoming stamps and copy
 * blocks set aside → header, addressees, recipients and signature of the original → outline of
 * the body → references, issuer, tasks, targets → copies as nested documents.
 */
import type { Registry } from '../orgs/types.ts';
import { createActorFactory, type ActorFactory } from './actors.ts';
import { findCopyRegions } from './copies.ts';
import { findLooseDate, parseHeader, type HeaderResult } from './header.ts';
import { findIssuerText, headerBody, toIssuer } from './issuer.ts';
import { buildOutline, toOutlineNodes, walk, type Block } from './outline.ts';
import { findReceipts, toReceipt } from './receipts.ts';
import {
  findAddressees,
  findRecipientBlocks,
  readRecipients,
  type RecipientBlock,
} from './recipients.ts';
import { findReferences } from './references.ts';
import { parseSignature, type SignatureResult } from './signature.ts';
import { createSource, type Line, type Source } from './source.ts';
import { findTables, readTableTasks } from './tables.ts';
import { findTargets } from './targets.ts';
import { findTasks } from './tasks.ts';
import type {
  Actor,
  Copy,
  DocumentInfo,
  Issuer,
  ParsedDocument,
  ParseOptions,
  Recipient,
  ResolveContext,
  Warning,
} from './types.ts';

export type * from './types.ts';

interface Frame {
  header: HeaderResult;
  signature: SignatureResult | null;
  recipientBlocks: RecipientBlock[];
  /** The lines the recipient blocks index into. */
  recipientLines: Line[];
  addresseeRanges: [number, number][];
  /** Lines left for the body (after the header, without recipients, signature, addressees). */
  body: Line[];
}

/** Header, addressees, recipients and signature of one document's lines; the rest is body. */
function readFrame(src: Source, lines: Line[], warnings: Warning[]): Frame {
  const header = parseHeader(src, lines, warnings);
  const used = new Set(header.used);
  const rest = lines
    .map((l, i) => ({ l, i }))
    .filter(({ i }) => i >= header.bodyStart && !used.has(i));
  const restLines = rest.map((r) => r.l);
  const back = (k: number): number => (rest[k] as { i: number }).i;

  const addr = findAddressees(src, restLines);
  const addresseeRanges = addr ? addr.ranges : [];
  if (addr) for (const k of addr.used) used.add(back(k));

  const recipientBlocks = findRecipientBlocks(src, restLines);
  for (const b of recipientBlocks) for (const k of b.used) used.add(back(k));

  if (header.issuedDate === null) {
    const k = findLooseDate(src, lines, header, used, warnings);
    if (k !== null) used.add(k);
  }

  const sigLines = rest.filter(({ i }) => !used.has(i));
  const signature = parseSignature(
    src,
    sigLines.map((r) => r.l),
  );
  if (signature) for (const k of signature.used) used.add((sigLines[k] as { i: number }).i);

  const body = lines.filter((_, i) => i >= header.bodyStart && !used.has(i));
  return { header, signature, recipientBlocks, recipientLines: restLines, addresseeRanges, body };
}

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function documentInfo(src: Source, frame: Frame, issuer: Issuer | null): DocumentInfo {
  const h = frame.header;
  return {
    number: h.number ? h.number.number : null,
    numberSpan: h.numberSpan,
    type: h.type,
    title: h.title,
    titleSpan: h.titleSpan,
    issuedDate: h.issuedDate,
    place: h.place,
    dateSpan: h.dateSpan,
    issuer,
    headerBodies: h.bodies.map(([s, e]) => src.quoted(s, e)),
    banner: h.banner,
    family: h.family,
    signer: frame.signature ? frame.signature.signer : null,
  };
}

function recipientsOf(
  src: Source,
  frame: Frame,
  actors: ActorFactory,
  addressees: Actor[],
  warnings: Warning[],
): Recipient[] {
  return frame.recipientBlocks.flatMap((b) => readRecipients(src, b, actors, addressees, warnings));
}

/** Latin-1 characters that Vietnamese never uses: frequent in TCVN3/VNI text read as Latin-1. */
const LEGACY_FONT =
  /[\u00a2-\u00bf\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d0\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f0\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]/g;

function textWarnings(src: Source, warnings: Warning[]): void {
  const text = src.original;
  if (text.trim() === '') {
    warnings.push({ code: 'empty', message: 'the text is empty' });
    return;
  }
  const bad = text.indexOf('\ufffd');
  if (bad >= 0)
    warnings.push({
      code: 'replacement-character',
      message: 'the text contains U+FFFD: it was not valid UTF-8 where it came from',
      span: { start: bad, end: bad + 1 },
      quote: '\ufffd',
    });
  const legacy = text.match(LEGACY_FONT)?.length ?? 0;
  if (legacy >= 8 && legacy / text.length > 0.01) {
    warnings.push({
      code: 'legacy-encoding',
      message:
        'the text looks like an 8-bit Vietnamese font (TCVN3/VNI) read as Latin-1; not decoded',
    });
  }
}

export function parseDocument(text: string, options: ParseOptions = {}): ParsedDocument {
  const warnings: Warning[] = [];
  const src = createSource(text);
  textWarnings(src, warnings);
  const documentKey = options.documentKey ?? `text-${fnv1a(text)}`;
  const registry: Pick<Registry, 'abbreviations'> = options.registry ?? { abbreviations: [] };

  // incoming stamps and copy blocks are set aside before the original is read
  const receiptBlocks = findReceipts(src);
  const receiptLines = new Set(receiptBlocks.flatMap((r) => r.lines));
  const copyRegions = findCopyRegions(src);
  const inCopy = (i: number): boolean => copyRegions.some((r) => i >= r.first && i <= r.last);
  const mainLines = src.lines.filter((_, i) => !receiptLines.has(i) && !inCopy(i));

  const frame = readFrame(src, mainLines, warnings);
  // rows of task tables are read by tables.ts, not as body text
  const tables = findTables(src.original);
  const inTable = (l: Line): boolean => {
    const at = src.span(l.start, l.start + 1).start;
    return tables.some((t) => at >= t.start && at < t.end);
  };
  const outlineBlocks = buildOutline(
    src,
    tables.length > 0 ? frame.body.filter((l) => !inTable(l)) : frame.body,
  );

  // front matter: title and preamble, up to the first numbered part or item
  const firstStructured = outlineBlocks.find((b) => b.type !== 'paragraph');
  const bodyStart = frame.body[0]?.start ?? src.clean.length;
  const frontStart = frame.header.titleRange
    ? Math.min(bodyStart, frame.header.titleRange[0])
    : bodyStart;
  const frontEnd = firstStructured
    ? firstStructured.start
    : ((outlineBlocks[0] as Block | undefined)?.end ?? frontStart);
  const front: [number, number] = [frontStart, frontEnd];

  const context: ResolveContext = { documentKey };
  const date = frame.header.issuedDate ?? options.meta?.issuedDate;
  if (date) context.date = date;
  if (options.meta?.jurisdiction) context.jurisdiction = options.meta.jurisdiction;
  if (options.meta?.level) context.level = options.meta.level;

  const issuerText = findIssuerText(src, front, frame.header, frame.signature);
  const actors0 = createActorFactory(src, options, { ...context }, registry);
  let issuer: Issuer | null = issuerText ? toIssuer(actors0, issuerText) : null;
  if (!issuer && options.meta?.issuer) {
    issuer = {
      name: options.meta.issuer,
      mention: '',
      expanded: options.meta.issuer,
      kind: 'organization',
      span: { start: 0, end: 0 },
      quote: '',
      source: 'meta',
    };
  }
  if (issuer) context.issuer = issuer.name;
  const actors = createActorFactory(src, options, context, registry);

  const skip: [number, number][] = [];
  if (frame.header.numberRange) skip.push(frame.header.numberRange);
  for (const r of copyRegions)
    skip.push([(src.lines[r.first] as Line).start, (src.lines[r.last] as Line).end]);
  for (const r of receiptBlocks)
    for (const i of r.lines) skip.push([(src.lines[i] as Line).start, (src.lines[i] as Line).end]);
  const references = findReferences(src, { skip, front, ownType: frame.header.type }, warnings);

  const addressees = frame.addresseeRanges.flatMap(([s, e]) => actors.make(s, e));
  const recipients = recipientsOf(src, frame, actors, addressees, warnings);
  const sectionAt = (at: number): string => {
    let section = '';
    walk(outlineBlocks, (b) => {
      if (b.start <= at && b.section) section = b.section;
    });
    return section;
  };
  const tasks = [
    ...findTasks(src, outlineBlocks, actors),
    ...readTableTasks(src, tables, actors, sectionAt),
  ].sort((a, b) => a.span.start - b.span.start);
  const targets = findTargets(src, outlineBlocks);

  const document = documentInfo(src, frame, issuer);
  if (document.number === null) {
    if (options.meta?.number) document.number = options.meta.number;
    else if (text.trim() !== '')
      warnings.push({
        code: 'no-number',
        message: 'no document number in the text (and none in the metadata)',
      });
  }
  if (document.issuedDate === null) {
    if (options.meta?.issuedDate) document.issuedDate = options.meta.issuedDate;
    else if (text.trim() !== '')
      warnings.push({
        code: 'no-date',
        message: 'no issue date in the text (and none in the metadata)',
      });
  }

  const copies: Copy[] = copyRegions.map((r) => {
    const lines = src.lines
      .slice(r.first, r.last + 1)
      .filter((_, k) => !receiptLines.has(r.first + k));
    const cf = readFrame(src, lines, warnings);
    const head = headerBody(src, cf.header);
    const copyIssuer = head ? toIssuer(actors, head) : null;
    // A copy's recipients are named relative to the copying body ("Văn phòng Tỉnh ủy" in a
    // Lạng Sơn copy is Lạng Sơn's), not to the original's issuer.
    const copyDate = cf.header.issuedDate ?? context.date;
    const bound = copyIssuer?.resolution;
    const copyActors = bound?.jurisdiction
      ? createActorFactory(
          src,
          options,
          {
            documentKey,
            issuer: copyIssuer?.name ?? bound.name,
            jurisdiction: bound.jurisdiction,
            ...(bound.level ? { level: bound.level } : {}),
            ...(copyDate ? { date: copyDate } : {}),
          },
          registry,
        )
      : actors;
    const first = src.lines[r.first] as Line;
    const last = src.lines[r.last] as Line;
    return {
      copyType: r.copyType,
      document: {
        ...documentInfo(src, cf, copyIssuer),
        type:
          r.copyType === 'sao lục' ? 'Sao lục' : r.copyType === 'trích sao' ? 'Trích sao' : 'Sao y',
      },
      recipients: recipientsOf(src, cf, copyActors, [], warnings),
      copyOf: document.number,
      ...src.quoted(first.start, last.end),
    };
  });

  const receipts = receiptBlocks.map((b) => toReceipt(src, b, actors));
  for (const t of tasks) {
    if (t.deadline && t.deadline.kind === 'unknown' && !t.deadline.inherited) {
      warnings.push({
        code: 'deadline-not-normalised',
        message: `deadline "${t.deadline.text}" read but not normalised`,
        span: t.deadline.span,
        quote: t.deadline.quote,
      });
    }
  }
  for (const b of frame.recipientBlocks) {
    if (b.items.length === 0) {
      const line = frame.recipientLines[b.at] as Line;
      warnings.push({
        code: 'recipients-empty',
        message: '"Nơi nhận" with no recipient lines after it',
        ...src.quoted(line.start, line.end),
      });
    }
  }
  const hasStructure =
    outlineBlocks.some((b) => b.type !== 'paragraph') ||
    document.number !== null ||
    document.title !== null;
  if (!hasStructure && text.trim() !== '') {
    warnings.push({
      code: 'no-structure',
      message: 'no header, numbering or recipients recognised: is this a directive document?',
    });
  }

  return {
    version: 1,
    documentKey,
    document,
    addressees,
    references,
    outline: toOutlineNodes(src, outlineBlocks),
    tasks,
    targets,
    recipients,
    copies,
    receipts,
    warnings,
  };
}
