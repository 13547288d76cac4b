/**
 * The parser's public face: `parseDocument(text, options)` → ParsedDocument (see types.ts).
 * Pure: no I/O, no database. The pipeline: text model (source.ts) → incoming stamps and copy
 * blocks set aside → header, addressees, recipients and signature of the original (frame.ts) →
 * outline of the body → references, issuer, tasks, targets → copies as nested documents.
 */
import type { Registry } from '../orgs/types.ts';
import { createActorFactory, type ActorFactory } from './actors.ts';
import { findCopyRegions, type CopyRegion } from './copies.ts';
import { resolveArticleRefs } from './article-refs.ts';
import { headerJurisdiction } from './header-jurisdiction.ts';
import { articleExecutors } from './executors.ts';
import { documentInfo, readFrame, recipientsOf, recipientWarnings, type Frame } from './frame.ts';
import { findIssuerText, headerBody, toIssuer } from './issuer.ts';
import { buildOutline, toOutlineNodes, walk, type Block } from './outline.ts';
import { findReceipts, toReceipt, type ReceiptBlock } from './receipts.ts';
import { findReferences } from './references.ts';
import { entryIntoForce } from './references/lifecycle.ts';
import { createSource, type Line, type Source } from './source.ts';
import { findTables, readTableTasks, type Table } from './tables.ts';
import { findTargets } from './targets.ts';
import { findTasks } from './tasks.ts';
import { anchorTerms } from './deadline-cycles.ts';
import { readReport } from './report.ts';
import type {
  Copy,
  Issuer,
  ParsedDocument,
  ParseOptions,
  ResolveContext,
  Task,
  Warning,
} from './types.ts';
import { deadlineWarnings, fillFromMeta, textWarnings } from './warnings.ts';
import { findSecrecy } from './secrecy.ts';
export { secrecyRank } from './secrecy.ts';
export { SECRECY_LEVELS } from './types.ts';

export type * from './types.ts';
export { foldVietnamese } from './report.ts';

type Abbreviations = Pick<Registry, 'abbreviations'>;

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Incoming stamps and copy blocks, set aside before the original is read. */
interface Layout {
  receipts: ReceiptBlock[];
  receiptLines: Set<number>;
  copies: CopyRegion[];
  /** The original's own lines. */
  main: Line[];
}

function readLayout(src: Source): Layout {
  const receipts = findReceipts(src);
  const receiptLines = new Set(receipts.flatMap((r) => r.lines));
  const copies = findCopyRegions(src);
  const inCopy = (i: number): boolean => copies.some((r) => i >= r.first && i <= r.last);
  const main = src.lines.filter((_, i) => !receiptLines.has(i) && !inCopy(i));
  return { receipts, receiptLines, copies, main };
}

/** The body: task tables apart, the outline of the rest, and the front matter's range. */
interface Body {
  tables: Table[];
  blocks: Block[];
  /** Title and preamble, up to the first numbered part or item (clean offsets). */
  front: [number, number];
}

function readBody(src: Source, frame: Frame): Body {
  // rows of task tables are read by tables.ts, not as body text
  const tables = findTables(src.original);
  const inTable = (l: Line): boolean => {
    const at = src.span(l.start, l.start + 1).start;
    return tables.some((t) => at >= t.start && at < t.end);
  };
  const blocks = buildOutline(
    src,
    tables.length > 0 ? frame.body.filter((l) => !inTable(l)) : frame.body,
  );
  const firstStructured = blocks.find((b) => b.type !== 'paragraph');
  const bodyStart = frame.body[0]?.start ?? src.clean.length;
  const frontStart = frame.header.titleRange
    ? Math.min(bodyStart, frame.header.titleRange[0])
    : bodyStart;
  const frontEnd = firstStructured
    ? firstStructured.start
    : ((blocks[0] as Block | undefined)?.end ?? frontStart);
  return { tables, blocks, front: [frontStart, frontEnd] };
}

function baseContext(documentKey: string, frame: Frame, options: ParseOptions): ResolveContext {
  const context: ResolveContext = { documentKey };
  const date = frame.header.issuedDate ?? options.meta?.issuedDate;
  if (date) context.date = date;
  if (options.meta?.jurisdiction) context.jurisdiction = options.meta.jurisdiction;
  if (options.meta?.level) context.level = options.meta.level;
  return context;
}

/** The issuer from the text, else from the metadata. */
function readIssuer(
  src: Source,
  body: Body,
  frame: Frame,
  actors: ActorFactory,
  options: ParseOptions,
): Issuer | null {
  const issuerText = findIssuerText(src, body.front, frame.header, frame.signature);
  const issuer = issuerText ? toIssuer(actors, issuerText) : null;
  if (issuer || !options.meta?.issuer) return issuer;
  return {
    name: options.meta.issuer,
    mention: '',
    expanded: options.meta.issuer,
    kind: 'organization',
    span: { start: 0, end: 0 },
    quote: '',
    source: 'meta',
  };
}

/** Clean ranges never read as references: the own number line, copies and stamps. */
function referenceSkip(src: Source, frame: Frame, layout: Layout): [number, number][] {
  const lineRange = (first: number, last: number): [number, number] => [
    (src.lines[first] as Line).start,
    (src.lines[last] as Line).end,
  ];
  const skip: [number, number][] = [];
  if (frame.header.numberRange) skip.push(frame.header.numberRange);
  for (const r of layout.copies) skip.push(lineRange(r.first, r.last));
  for (const r of layout.receipts) for (const i of r.lines) skip.push(lineRange(i, i));
  return skip;
}

function readTasks(src: Source, body: Body, actors: ActorFactory): Task[] {
  const sectionAt = (at: number): string => {
    let section = '';
    walk(body.blocks, (b) => {
      if (b.start <= at && b.section) section = b.section;
    });
    return section;
  };
  // a line right above a task table is its caption, not a task
  const caption = (t: Task): boolean =>
    body.tables.some(
      (tb) => t.span.end <= tb.start && /^[\s|*]*$/.test(src.original.slice(t.span.end, tb.start)),
    );
  return [
    ...findTasks(src, body.blocks, actors).filter((t) => !caption(t)),
    ...readTableTasks(src, body.tables, actors, sectionAt),
  ].sort((a, b) => a.span.start - b.span.start);
}

interface CopyContext {
  options: ParseOptions;
  registry: Abbreviations;
  /** The original's actors (and its context). */
  actors: ActorFactory;
  /** The original's number. */
  number: string | null;
}

const COPY_TYPES: Record<string, string> = { 'sao lục': 'Sao lục', 'trích sao': 'Trích sao' };

/** A certified copy inside the text, read as a document of its own. */
function readCopy(
  src: Source,
  layout: Layout,
  r: CopyRegion,
  cc: CopyContext,
  warnings: Warning[],
): Copy {
  const lines = src.lines
    .slice(r.first, r.last + 1)
    .filter((_, k) => !layout.receiptLines.has(r.first + k));
  const cf = readFrame(src, lines, warnings);
  const head = headerBody(src, cf.header);
  const copyIssuer = head ? toIssuer(cc.actors, head) : null;
  // A copy's recipients are named relative to the copying body ("Văn phòng Tỉnh ủy" in a
  // Lạng Sơn copy is Lạng Sơn's), not to the original's issuer.
  const copyDate = cf.header.issuedDate ?? cc.actors.context.date;
  const bound = copyIssuer?.resolution;
  const copyActors = bound?.jurisdiction
    ? createActorFactory(
        src,
        cc.options,
        {
          documentKey: cc.actors.context.documentKey,
          issuer: copyIssuer?.name ?? bound.name,
          jurisdiction: bound.jurisdiction,
          ...(bound.level ? { level: bound.level } : {}),
          ...(copyDate ? { date: copyDate } : {}),
        },
        cc.registry,
      )
    : cc.actors;
  const first = src.lines[r.first] as Line;
  const last = src.lines[r.last] as Line;
  return {
    copyType: r.copyType,
    document: { ...documentInfo(src, cf, copyIssuer), type: COPY_TYPES[r.copyType] ?? 'Sao y' },
    recipients: recipientsOf(src, cf, copyActors, [], warnings),
    copyOf: cc.number,
    ...src.quoted(first.start, last.end),
  };
}

export function parseDocument(text: string, options: ParseOptions = {}): ParsedDocument {
  const warnings: Warning[] = [];
  const src = createSource(text);
  textWarnings(src, warnings);
  const empty = text.trim() === '';
  const documentKey = options.documentKey ?? `text-${fnv1a(text)}`;
  const registry: Abbreviations = options.registry ?? { abbreviations: [] };

  const layout = readLayout(src);
  const frame = readFrame(src, layout.main, warnings);
  const body = readBody(src, frame);
  const actors = createActorFactory(
    src,
    options,
    baseContext(documentKey, frame, options),
    registry,
  );
  let issuer = readIssuer(src, body, frame, actors, options);
  const place = issuer?.resolution?.jurisdiction
    ? null
    : headerJurisdiction(src, frame.header.bodies, options, actors.context);
  if (issuer && place) {
    actors.context.jurisdiction = place;
    actors.setIssuer(issuer.name);
    issuer = readIssuer(src, body, frame, actors, options);
  }
  if (issuer) actors.setIssuer(issuer.name);

  const references = findReferences(
    src,
    { skip: referenceSkip(src, frame, layout), front: body.front, ownType: frame.header.type },
    warnings,
  );
  const addressees = frame.addresseeRanges.flatMap(([s, e]) => actors.make(s, e));
  const { tasks, recipients } = resolveArticleRefs(
    readTasks(src, body, actors),
    recipientsOf(src, frame, actors, addressees, warnings),
    (n) => articleExecutors(src, actors, n),
  );
  const targets = findTargets(src, body.blocks);

  const document = documentInfo(src, frame, issuer);
  fillFromMeta(document, options, empty, warnings);
  const inForce = entryIntoForce(src, frame.header.type, document.issuedDate);
  anchorTerms(tasks, src.fold, inForce?.from ?? null);
  // A report answers tasks; its numbered items are not tasks of its own.
  const report = readReport(text, document, references);
  const secrecy = findSecrecy(src, layout.main, frame.header.bodyStart);
  const cc: CopyContext = { options, registry, actors, number: document.number };
  const copies = layout.copies.map((r) => readCopy(src, layout, r, cc, warnings));
  const receipts = layout.receipts.map((b) => toReceipt(src, b, actors));
  deadlineWarnings(tasks, warnings);
  recipientWarnings(src, frame, warnings);
  const hasStructure =
    body.blocks.some((b) => b.type !== 'paragraph') ||
    document.number !== null ||
    document.title !== null;
  if (!hasStructure && !empty)
    warnings.push({
      code: 'no-structure',
      message: 'no header, numbering or recipients recognised: is this a directive document?',
    });

  return {
    version: 1,
    documentKey,
    document,
    addressees,
    references,
    outline: toOutlineNodes(src, body.blocks),
    tasks: report ? [] : tasks,
    targets,
    recipients,
    copies,
    receipts,
    ...(inForce ? { entryIntoForce: inForce } : {}),
    warnings,
    ...(report ? { report } : {}),
    ...(secrecy ? { secrecy } : {}),
  };
}
