/**
 * The graph model (docs/domain.md §4) as TypeScript: the rows a document becomes (the labels,
 * relationship types and evidence they are written with are in vocabulary.ts).
 *
 * Nodes: Document, and every actor with the label `Actor` plus one of Organization, OrgGroup,
 * Person, Role, Generic ("các cơ quan liên quan"), Publication ("Đăng website") or Unresolved;
 * Task, Target. Relationships: ISSUED_BY, SIGNED_BY, IMPLEMENTS, CITES, COPY_OF, RECEIVED_BY,
 * SENT_TO, HAS_TASK, LED_BY (chủ trì), COORDINATES_WITH (phối hợp), REPORTS_TO (báo cáo),
 * SETS_TARGET, PART_OF, MEMBER_OF.
 *
 * Evidence: every node and relationship read from text carries `docId`, `start`, `end` and
 * `quote` — the document whose text holds the quote and the span into that text.
 */
import type { ResolutionKind } from '../orgs/index.ts';
import type { DocumentLifecycleType, Evidence } from './vocabulary.ts';

export type { Evidence } from './vocabulary.ts';

export interface ActorRow {
  id: string;
  kind: ResolutionKind;
  name: string;
  orgKind: string | null;
  level: string | null;
  province: string | null;
  district: string | null;
  partOf: string | null;
  /** registry: known to seed/orgs; jurisdiction: bound by a relative name; document: scoped to
   *  one document because its jurisdiction is unknown. */
  scope: 'registry' | 'jurisdiction' | 'document' | 'global';
  /** For groups: the membership rule, serialised (JSON) so the audit can re-apply it. */
  membership: string | null;
  role: string | null;
  aliases: string[];
  /** For document-scoped actors: the document whose re-ingest may remove them. */
  scopeDoc: string | null;
}

export interface ActorLink extends Evidence {
  actorId: string;
  mention: string;
  rule: string | null;
  confidence: number | null;
}

export interface DocumentRow {
  id: string;
  number: string | null;
  type: string | null;
  title: string | null;
  issuedDate: string | null;
  place: string | null;
  family: string;
  issuerName: string | null;
  province: string | null;
  district: string | null;
  level: string | null;
  /** Number and scope without the year: how a placeholder known without a date is matched. */
  numberKey: string | null;
  /** For a placeholder: read from a reference flagged as a likely typo. */
  doubtful: boolean;
  /** Its secrecy mark ranked 1 (Mật) to 3 (Tuyệt mật); absent when unmarked (stored as 0). */
  secrecy?: number;
}

export interface SignatureRow extends Evidence {
  personId: string;
  capacity: string | null;
  title: string | null;
  onBehalfOf: string | null;
}

export interface RecipientRow extends ActorLink {
  purpose: string | null;
  purposeText: string | null;
  bracePurpose: string | null;
  via: string | null;
  ordinal: number;
}

export interface ReferenceRow extends Evidence {
  targetId: string;
  relation: 'IMPLEMENTS' | 'CITES';
  number: string | null;
  type: string | null;
  date: string | null;
  issuerName: string | null;
  description: string | null;
  doubtful: boolean;
  probably: string | null;
  mentions: number;
}

/** What the document does to one it names (REPLACES / AMENDS / REPEALS), with the words that say
 *  so; the reference it acts on is the one whose evidence starts at `refStart`. */
export interface EffectRow extends Evidence {
  type: DocumentLifecycleType;
  refStart: number;
}

export interface TaskRow extends Evidence {
  id: string;
  ordinal: number;
  outlineId: string;
  section: string;
  sectionTitles: string[];
  text: string;
  leadRule: string;
  deadlineText: string | null;
  deadlineKind: string | null;
  dueStart: string | null;
  dueEnd: string | null;
  recurrence: string | null;
  deadlineInherited: boolean;
  leads: ActorLink[];
  coordinators: ActorLink[];
  reportsTo: ActorLink[];
}

export interface TargetRow extends Evidence {
  id: string;
  metric: string;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string;
  qualifier: string | null;
  year: number | null;
  perYear: boolean;
}

export interface ReceiptRow extends ActorLink {
  number: string | null;
  date: string | null;
  channel: string | null;
}

/** A certified copy (sao y) becomes its own Document linked by COPY_OF. */
export interface CopyPlan {
  document: DocumentRow;
  /** Id of a yearless placeholder this copy completes. */
  placeholderId: string | null;
  copyType: string;
  evidence: Evidence;
  issuedBy: ActorLink | null;
  signedBy: SignatureRow | null;
  recipients: RecipientRow[];
}

/** "… có hiệu lực từ ngày ký" / "… từ ngày 01/7/2025": the day and the words. */
export interface EntryIntoForceRow extends Evidence {
  /** ISO date; from signing, the issue date (null when unknown). */
  from: string | null;
  onSigning: boolean;
}

/** Everything one ingested document writes, in rows ready for UNWIND. */
export interface WritePlan {
  document: DocumentRow;
  contentHash: string;
  sourceFile: string;
  /** Id of a placeholder known by number only, to be completed by this document. */
  placeholderId: string | null;
  actors: ActorRow[];
  issuedBy: ActorLink | null;
  signedBy: SignatureRow | null;
  references: ReferenceRow[];
  effects: EffectRow[];
  /** Placeholder documents the references point to. */
  referenced: DocumentRow[];
  tasks: TaskRow[];
  targets: TargetRow[];
  recipients: RecipientRow[];
  receipts: ReceiptRow[];
  copies: CopyPlan[];
  /** MEMBER_OF links from the document's groups to the organizations they admit. */
  memberships: MembershipRow[];
  /** Set when the document is a report on another. */
  report: ReportPlan | null;
  /** The registry and planner version it was planned with (prepare.ts registryKey; absent:
   *  an older plan). */
  registryKey?: string;
  /** The date of effect its text gives itself, with the sentence (absent: none, or an older plan). */
  entryIntoForce?: EntryIntoForceRow | null;
  warnings: number;
  /** The text as read and the original it came from (absent: written by an older plan). */
  text?: TextRow;
}

/**
 * A document's text as the parser read it, and its original (src/formats, src/io/source-store):
 * the evidence spans are offsets into `text`; `segments` maps them back to pages and boxes.
 */
export interface TextRow {
  text: string;
  /** text, pdf, docx, html or image. */
  format: string;
  mediaType: string;
  /** The original's file name (without its folder). */
  fileName: string;
  /** SHA-256 of the original's bytes: its name in the source store. */
  sha256: string;
  size: number;
  /** Pages of a PDF or image; 0 for DOCX, HTML and text. */
  pages: number;
  /** JSON of the formats layer's PageInfo[] and Segment[] (kept whole, read whole). */
  pageInfo: string;
  segments: string;
}

/** A report (báo cáo) on a document: REPORTS_ON it, and its items, matched to that document's
 *  tasks when both are in the graph (report-links.ts). */
export interface ReportPlan extends Evidence {
  targetId: string;
  numberKey: string | null;
  /** The items (src/parse ReportItem with this document's evidence), as JSON: kept on the
   *  relationship so the tasks are matched again when the reported document changes. */
  items: string;
}

export interface MembershipRow {
  groupId: string;
  orgId: string;
  /** Which clause of the group's rule admitted the organization (its index, null where the
   *  reason is stored whole: vocabulary.ts memberLink), and the organization's kind. */
  clause: number | null;
  kind: string | null;
  /** The group's sentence for that clause: the write stores clause and kind only where the
   *  stored group holds it. */
  template: string | null;
  reason: string;
}
