/**
 * The shape of a parsed directive document, written down once (plain, serialisable data in the
 * manner of unist/mdast). Everything else in the pipeline consumes this shape.
 *
 * Evidence: every fact read from the text carries `span` — offsets into the ORIGINAL text given to
 * `parseDocument` (UTF-16 code units, end exclusive) — and `quote`, which is always exactly
 * `text.slice(span.start, span.end)`. Outline nodes carry a span but no quote (their text is
 * given, cleaned, in `text`).
 *
 * Vietnamese terms: chủ trì = lead; phối hợp (với) = coordinate (with); báo cáo = report;
 * nơi nhận = recipients; kính gửi = addressees; trích yếu = subject/title; thẩm quyền ký = the
 * authority to sign (T/M on behalf of a collective, K/T deputy for the head, T/L by order, T/UQ by
 * authorisation, Q. acting); sao y / sao lục = certified copy; văn bản đến = incoming stamp.
 */
import type {
  DocumentMeta,
  Jurisdiction,
  Registry,
  Resolution,
  ResolveContext,
} from '../orgs/types.ts';

export type { DocumentMeta, Resolution, ResolveContext, Jurisdiction };

/** Offsets into the original text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** A piece of the text, verbatim. */
export interface Quoted {
  span: Span;
  /** Always `text.slice(span.start, span.end)`. */
  quote: string;
}

export type ActorKind =
  'organization' | 'group' | 'person' | 'role' | 'generic' | 'publication' | 'unresolved';

/** A body, group, person or role named in the text (lead, coordinator, recipient, issuer…). */
export interface Actor extends Quoted {
  /** Canonical name from the resolver when one is given; otherwise the normalised mention. */
  name: string;
  /** The mention as written (equal to `quote`). */
  mention: string;
  /** The mention with shared prefixes/suffixes and abbreviations expanded (from the splitter). */
  expanded: string;
  kind: ActorKind;
  /** For a person: the role written after the name ("Phó Bí thư Tỉnh ủy"). */
  role?: string;
  /** Registry id from the resolver (absent without a resolver, null when unresolved). */
  id?: string | null;
  /** Which resolver rule decided. */
  rule?: string;
  confidence?: number;
  /** The full resolver decision, when a resolver was given. */
  resolution?: Resolution;
}

/** A calendar interval and/or recurrence read from a deadline phrase. ISO dates (YYYY-MM-DD). */
export interface Deadline extends Quoted {
  /** The deadline phrase as written, markup removed ("hoàn thành trong tháng 9/2022"). */
  text: string;
  /** due: by `end`; start: from `start`, ongoing; event: on the dates; recurring / continuous;
   *  relative: counted from an event ("trong thời hạn 07 ngày làm việc, kể từ…"); unknown: read
   *  as a deadline but not normalised. */
  kind: 'due' | 'start' | 'event' | 'recurring' | 'continuous' | 'relative' | 'unknown';
  start: string | null;
  end: string | null;
  /** 'yearly' | 'quarterly' | 'monthly' | 'weekly' | 'daily' | 'continuous' | 'periodic' | ISO durations such as
   *  'P5Y,P10Y' for "5 năm sơ kết, 10 năm tổng kết"; null when not recurring. */
  recurrence: string | null;
  /** Reviews ("sơ kết" interim, "tổng kết" final) with their period, when stated. */
  reviews?: { every: string; kind: string }[];
  /** For relative deadlines: "P7D" (working days are noted in `text`). */
  within?: string;
  /** True when the task took this deadline from the item heading above it. */
  inherited?: boolean;
}

export type OutlineNodeType = 'part' | 'item' | 'bullet' | 'heading' | 'paragraph';

/** A node of the body's outline: Roman parts, numbered items, bullets, headings, paragraphs. */
export interface OutlineNode {
  type: OutlineNodeType;
  /** Unique within the document: ordinal path such as "4.3.2" (never collides, even when the
   *  text numbers two parts "III-"). */
  id: string;
  /** The number as written ("IV", "2", "2.1", "a", "-"), or null for unnumbered nodes. */
  label: string | null;
  /** Cleaned text: markup removed, lines joined (page-break splits repaired), marker removed. */
  text: string;
  span: Span;
  children: OutlineNode[];
}

export interface Task extends Quoted {
  /** Outline id of the node (unique). */
  id: string;
  /** Readable section path of labels ("IV.3"); a repeated part label gets "#2" ("III#2.1"). */
  section: string;
  /** Headings from the part down to the task's parent. */
  sectionTitles: string[];
  /** Cleaned text of the task. */
  text: string;
  lead: Actor[];
  coordinators: Actor[];
  reportsTo: Actor[];
  deadline: Deadline | null;
  /** The expected product or result (the "Sản phẩm" / "Kết quả dự kiến" column of a task
   *  table), when stated. */
  product?: Quoted & { text: string };
  /** How the lead was found: heading (an item heading naming a body), subject (sentence
   *  subject), assignment ("Giao X …", "Đề nghị X …"), inherited (from the item heading), table
   *  (the "chủ trì" column of a task table), field (a "Cơ quan chủ trì: …" line under the task),
   *  or none. */
  leadRule: 'heading' | 'subject' | 'assignment' | 'inherited' | 'table' | 'field' | 'none';
}

export interface Target extends Quoted {
  /** What is measured ("tổ chức kinh tế tập thể đạt loại tốt, khá", "hợp tác xã"). */
  metric: string;
  value: number | null;
  range: { min: number; max: number } | null;
  unit: string;
  /** 'about' (khoảng), 'min' (tối thiểu, ít nhất), 'above' (trên, hơn), 'max' (tối đa),
   *  'below' (dưới), or null. */
  qualifier: 'about' | 'min' | 'above' | 'max' | 'below' | null;
  year: number | null;
  /** True for per-year targets ("hằng năm thành lập mới từ 02 đến 03 hợp tác xã"). */
  perYear: boolean;
  /** Outline id of the node the target was read from. */
  node: string;
}

/** implements: carried out ("Thực hiện …", a directive after "Căn cứ"); basis: its legal basis,
 *  named in a Căn cứ paragraph (a law, a decree); cites: named anywhere else. */
export type Relation = 'implements' | 'basis' | 'cites';

/** What this document does to one it names: thay thế, sửa đổi / bổ sung, bãi bỏ (hết hiệu lực),
 *  hướng dẫn (guides: a Hướng dẫn, or "hướng dẫn thi hành …" in the title). */
export type Effect = 'replaces' | 'amends' | 'repeals' | 'guides';

/** An effect with the words that state it (the verb through the document's name). */
export interface DocumentEffect extends Quoted {
  effect: Effect;
}

/** The date of effect the document gives itself ("có hiệu lực từ ngày ký", "… từ ngày 01/7/2025"),
 *  with the sentence that says so. */
export interface EntryIntoForce extends Quoted {
  /** ISO date; from signing, the issue date (null when the text has none). */
  from: string | null;
  /** "từ ngày ký" (ký ban hành): in force from its own date. */
  onSigning: boolean;
}

export interface Reference extends Quoted {
  /** Normalised number ("67-KH/HU", "53/KH-UBND"), or null for documents named without one. */
  number: string | null;
  /** Document type ("Nghị quyết", "Chương trình hành động", "Luật"…). */
  type: string | null;
  /** ISO date when written next to the number. */
  date: string | null;
  /** Issuer as written ("Ban Chấp hành Trung ương Đảng"). */
  issuer: string | null;
  /** Party term ("khóa XIII") when written. */
  term: string | null;
  /** For documents named without a number ("Nghị quyết Trung ương 5 khóa IX"). */
  description: string | null;
  /** Trích yếu as written after "về" ("tiếp tục đổi mới, phát triển…"). */
  subject: string | null;
  relation: Relation;
  /** A likely typo: cited once while a near-identical number is cited many times. */
  doubtful: boolean;
  /** When doubtful: the number it is probably a typo of. */
  probably?: string;
  /** Short names the text defines ("sau đây gọi là Nghị quyết 20"). */
  aliases: Quoted[];
  /** Every mention, including alias and short-number mentions ("Nghị quyết 20"). */
  mentions: Quoted[];
  /** What this document does to it (replaces, amends, repeals), when its text says so. */
  effects?: DocumentEffect[];
}

export interface Signer extends Quoted {
  /** The signer's name, or null when the block has none (a scan, an unsigned copy). */
  name: string | null;
  /** The signer's own authority as written, normalised ("T/M", "KT."), or null when signed in
   *  own name. In "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH" it is the inner one, "KT.". */
  capacity: string | null;
  /** The collective signed for: the outermost authority's object ("Bộ Chính trị", "Ban Thường
   *  vụ", "Ủy ban nhân dân"). */
  onBehalfOf: string | null;
  /** Every authority line, outermost first ([{capacity: "TM.", of: "Ủy ban nhân dân"},
   *  {capacity: "KT.", of: "Chủ tịch"}]). */
  authorities: { capacity: string; of: string | null }[];
  /** Title line(s) ("Bí thư", "Phó Chủ tịch"). */
  title: string | null;
}

export type Purpose =
  'báo cáo' | 'thực hiện' | 'để biết' | 'phối hợp' | 'theo dõi' | 'chỉ đạo' | 'lưu' | 'đăng tải';

export interface Recipient extends Actor {
  purpose: Purpose | null;
  /** Purpose as written ("(để b/c)", "Lưu:"). */
  purposeText: string | null;
  /** Set when a brace "} (để b/c)" follows the block and its reach is lost: the purpose it may
   *  give this line. Not applied to `purpose`. */
  bracePurpose?: Purpose;
  /** "Như trên" recipients stand for the addressees ("Kính gửi"), "Như Điều 3" for the bodies
   *  that article names; `via` says so. */
  via?: 'như trên' | 'như điều';
}

export interface Issuer extends Actor {
  /** Where the issuer was read: the preamble ("Bộ Chính trị ban hành"), the signature's T/M line,
   *  the header, the title ("CỦA BAN THƯỜNG VỤ TỈNH ỦY") or the metadata file. */
  source: 'preamble' | 'signature' | 'header' | 'title' | 'meta';
}

export interface DocumentInfo {
  number: string | null;
  numberSpan: Quoted | null;
  /** Document type ("Kế hoạch"); from the type line, else the number's symbol. */
  type: string | null;
  /** Trích yếu. */
  title: string | null;
  titleSpan: Quoted | null;
  issuedDate: string | null;
  place: string | null;
  dateSpan: Quoted | null;
  /** The real issuer (see Issuer.source). */
  issuer: Issuer | null;
  /** The header's issuing-body lines as written ("BAN CHẤP HÀNH TRUNG ƯƠNG"), superior first. */
  headerBodies: Quoted[];
  /** National or party banner ("ĐẢNG CỘNG SẢN VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"). */
  banner: Quoted | null;
  family: 'party' | 'state' | 'unknown';
  signer: Signer | null;
}

/** A certified copy (sao y / sao lục / trích sao) appended to (or wrapping) the document. */
export interface Copy extends Quoted {
  /** 'sao y' | 'sao lục' | 'trích sao'. */
  copyType: string;
  document: DocumentInfo;
  recipients: Recipient[];
  /** Number of the copied document. */
  copyOf: string | null;
}

/** An incoming-document stamp ("VĂN BẢN ĐẾN … Số: 9095 Ngày: 06/09/2022"). */
export interface Receipt extends Quoted {
  receiver: Actor | null;
  number: string | null;
  date: string | null;
  /** "qua mạng" when received electronically. */
  channel: string | null;
}

export interface Warning {
  code: string;
  message: string;
  span?: Span;
  quote?: string;
}

/** done: said to be completed; ongoing: under way; not-done: said not (yet) done. */
export type ReportOutcome = 'done' | 'ongoing' | 'not-done' | 'unknown';

export interface ReportItem extends Quoted {
  /** The section it answers as the plan numbers it ("III.3"), or null. */
  section: string | null;
  /** The task's words it quotes, or null. */
  words: string | null;
  outcome: ReportOutcome;
  /** When it says the task was completed (ISO), or null. */
  completedOn: string | null;
  /** What it says was done: the item after its citation. */
  done: string;
}

export interface Report {
  /** The number of the document reported on ("10-KH/TW"). */
  reportsOn: string;
  /** The reference that names it. */
  reference: Quoted;
  items: ReportItem[];
}

export interface ParsedDocument {
  /** Version of this shape. */
  version: 1;
  documentKey: string;
  document: DocumentInfo;
  /** Kính gửi (State letters and some plans). */
  addressees: Actor[];
  references: Reference[];
  outline: OutlineNode[];
  tasks: Task[];
  targets: Target[];
  recipients: Recipient[];
  copies: Copy[];
  receipts: Receipt[];
  warnings: Warning[];
  /** Set when the document is a report (báo cáo) on another: what it reports on, and how. */
  report?: Report;
  /** Set when the text gives its own date of effect. */
  entryIntoForce?: EntryIntoForce;
  /** The secrecy mark (độ mật) stamped in the header, when there is one (secrecy.ts). */
  secrecy?: SecrecyMark;
}

/** The levels of the law on state secrets, lowest first. */
export const SECRECY_LEVELS = ['MAT', 'TOI_MAT', 'TUYET_MAT'] as const;
export type SecrecyLevel = (typeof SECRECY_LEVELS)[number];

/** "MẬT", "TỐI MẬT" or "TUYỆT MẬT" as stamped on the document. */
export interface SecrecyMark extends Quoted {
  level: SecrecyLevel;
}

export interface ParseOptions {
  /** Stable key of the document (file name, hash); defaults to a hash of the text. */
  documentKey?: string;
  /** Facts from the document's metadata file (<doc>.meta.yaml): jurisdiction and level for the
   *  resolver; number, date and issuer when the text does not give them. */
  meta?: DocumentMeta;
  /** Organization resolver (src/orgs createResolver). Without it, names are normalised mentions. */
  resolve?: (mention: string, ctx: ResolveContext) => Resolution;
  /** Abbreviation table for splitting and expanding mentions (src/orgs loadRegistry). Without
   *  it no abbreviation is expanded; the parser itself never reads files. */
  registry?: Pick<Registry, 'abbreviations'>;
}
