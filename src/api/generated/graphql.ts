import type { GraphQLResolveInfo } from 'graphql';
import type { DocumentModel, ActorModel, TaskModel, TargetModel, EvidenceModel, ActorEdgeModel, RecipientEdgeModel, DocumentLinkModel, GroupMembershipModel, ReceivedDocumentModel, DocumentConnectionModel, OrganizationConnectionModel, TaskConnectionModel } from '../../read/models.ts';
import type { DocumentTextModel } from '../../read/texts.ts';
import type { SuccessionModel, SuccessionStepModel, ResponsibleBodyModel, InheritedTaskModel } from '../../read/successions.ts';
import type { DocumentEffectModel, DocumentValidityModel } from '../../read/lifecycle.ts';
import type { SearchResultModel, IngestResultModel, SearchHitModel } from '../models.ts';
import type { AggregateModel } from '../../read/aggregate.ts';
import type { ImplementationTreeModel, CascadeNodeModel, LevelCountModel } from '../../traverse/cascade/tree.ts';
import type { PendingImplementationsModel, ExpectedBodyModel, ExpectationModel } from '../../traverse/cascade/pending.ts';
import type { TargetComparisonModel, TargetGroupModel, TargetEntryModel } from '../../traverse/targets/compare.ts';
import type { CoordinationPartnersModel, CoordinationPartnerModel, CoordinationCountsModel, SharedTaskModel, CoordinationPathModel, CoordinationHopModel } from '../../traverse/coordination/model.ts';
import type { NeighbourhoodGraph, GraphNode, GraphEdge } from '../../traverse/neighbourhood/graph.ts';
import type { StatusEvidenceModel, StatusUpdateModel, ClosureFact } from '../../read/status-derive.ts';
import type { LineageEdgeModel } from '../../traverse/lineage/index.ts';
import type { TaskStatsModel, StatsGroupModel, ScorecardRowModel } from '../../traverse/stats/index.ts';
import type { DocumentIngestedModel } from '../events.ts';
import type { DocumentCoverage, BodyCoverage as BodyCoverageModel, CoverageTaskRole, CoverageWay as CoverageWayModel, CoverageSummary as CoverageSummaryModel, CoverageReportPage } from '../../traverse/coverage/model.ts';
import type { UserRecord } from '../../graph/users.ts';
import type { Viewer as ViewerModel } from '../../read/viewer.ts';
import type { AuditEventModel } from '../../read/audit.ts';
import type { ApiContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** Who acts in a document: an organization, a group, a person, a role or a generic phrase. */
export type Actor = {
  /** Stable id (registry id such as `tw/ban-tuyen-giao`, or one scoped to a jurisdiction or document). */
  id: Scalars['ID']['output'];
  /** Which kind of actor this is. */
  kind: ActorKind;
  /** Canonical name. */
  name: Scalars['String']['output'];
};

/** An actor linked to a document or task, with the evidence of the link. */
export type ActorEdge = {
  __typename?: 'ActorEdge';
  /** The actor. */
  actor: Actor;
  /** Where the link is stated. */
  evidence: Evidence;
};

/** The kinds of actor. */
export type ActorKind =
  /** A generic phrase (`các cơ quan liên quan`). */
  | 'GENERIC'
  /** A collective named by a rule (`Các tỉnh ủy, thành ủy`). */
  | 'GROUP'
  /** A body: a Party committee, board, ministry, People's Committee… */
  | 'ORGANIZATION'
  /** A named person. */
  | 'PERSON'
  /** A publication channel (`Đăng Website`). */
  | 'PUBLICATION'
  /** A position (`Ủy viên Ban Chấp hành Trung ương`). */
  | 'ROLE'
  /** A mention no body could be named from. */
  | 'UNRESOLVED';

/** One write and who made it. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** `ingest`, `task-status`, `user-create` or `user-revoke`. */
  action: Scalars['String']['output'];
  /** When (ISO date-time, UTC). */
  at: Scalars['String']['output'];
  /** Its outcome or the status said. */
  detail: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The documents, tasks or users it wrote (those the reader may see). */
  targets: Array<Scalars['String']['output']>;
  /** A user's id, `env` (the shared API_KEY) or `cli:<login>`. */
  userId: Scalars['String']['output'];
  userName: Scalars['String']['output'];
  /** `api` or `cli`. */
  via: Scalars['String']['output'];
};

/** An actor with a role in a document's tasks, and whether (and how) the document reaches it. */
export type BodyCoverage = {
  __typename?: 'BodyCoverage';
  /** The actor: an organization, a group, a role, a person or a generic phrase. */
  actor: Actor;
  /** Why a role or person could not be checked (its body is not in the graph), or what names no body. */
  note: Maybe<Scalars['String']['output']>;
  /** Covered, but only through archive lines (`Lưu VP…`): it got an archive copy. */
  onlyThroughArchive: Scalars['Boolean']['output'];
  /** The roles it plays across the document's tasks. */
  roles: Array<TaskRole>;
  /** Whether the document reaches it. */
  status: CoverageStatus;
  /** Each task and role it is named in, with the quote naming it. */
  tasks: Array<CoverageTask>;
  /** Every way the document reaches it; empty unless COVERED. */
  ways: Array<CoverageWay>;
};

/** A rectangle on a page, origin top-left. */
export type Box = {
  __typename?: 'Box';
  /** Height. */
  height: Scalars['Float']['output'];
  /** Width. */
  width: Scalars['Float']['output'];
  /** Left edge. */
  x: Scalars['Float']['output'];
  /** Top edge. */
  y: Scalars['Float']['output'];
};

/** Which way a cascade is followed. */
export type CascadeDirection =
  /** Towards the documents implementing it (and copies of them). */
  | 'DOWN'
  /** Towards the documents it implements. */
  | 'UP';

/** A document in a cascade. */
export type CascadeNode = {
  __typename?: 'CascadeNode';
  /** Steps from the root (0 = the root). */
  depth: Scalars['Int']['output'];
  /** The document (status REFERENCED for a placeholder). */
  document: Document;
  /** Where the link is stated: the reference in the lower document's text (for an inferred link, the lower document's reference to the upper one). */
  evidence: Maybe<Evidence>;
  /** Whether the link is inferred (an intermediate placed between a lower document and the resolution it names beside it). */
  inferred: Scalars['Boolean']['output'];
  /** For an inferred link: the lower document whose text it rests on. */
  inferredFrom: Maybe<Document>;
  /** Jurisdiction: `tw`, a province id or `province/district`; read from the id's scope for a placeholder. */
  jurisdiction: Maybe<Scalars['String']['output']>;
  /** Level of the document: `TW`, `tinh`, `huyen`, `xa`; read from the id's scope for a placeholder. */
  level: Maybe<Scalars['String']['output']>;
  /** The node it hangs from: what it implements or copies (DOWN), or what implements or copies it (UP); null for the root. */
  parent: Maybe<Document>;
  /** The link to its parent; null for the root. */
  relation: Maybe<CascadeRelation>;
};

/** How a document is linked to its parent in a cascade. */
export type CascadeRelation =
  /** The lower document is a certified copy (sao y) of the upper one. */
  | 'COPY_OF'
  /** The lower document implements the upper one. */
  | 'IMPLEMENTS';

/** A newer document that replaced or repealed a task's document, from the day it took effect. */
export type Closure = {
  __typename?: 'Closure';
  /** The day it took effect: its date of effect, else its issue date (null when undated: it counts on every date). */
  date: Maybe<Scalars['String']['output']>;
  /** The replacing or repealing document. */
  document: Document;
  /** The words that say so, in the newer document (null when the relation was not read from text). */
  evidence: Maybe<Evidence>;
  /** REPLACES or REPEALS. */
  relation: DocumentEffectType;
};

/** Shared tasks counted by direction (one per partner and task). */
export type CoordinationCounts = {
  __typename?: 'CoordinationCounts';
  /** Tasks both coordinate. */
  coCoordinates: Scalars['Int']['output'];
  /** Tasks both lead. */
  coLeads: Scalars['Int']['output'];
  /** Tasks it leads and the partner coordinates. */
  leads: Scalars['Int']['output'];
  /** All of the above. */
  total: Scalars['Int']['output'];
  /** Tasks the partner leads and it coordinates. */
  worksUnder: Scalars['Int']['output'];
};

/** How two actors share a task, seen from the first one (the organization asked about, or a hop's `from`). */
export type CoordinationDirection =
  /** Both coordinate on a task someone else leads. */
  | 'CO_COORDINATES'
  /** Both lead the task. */
  | 'CO_LEADS'
  /** It leads (chủ trì), the partner coordinates (phối hợp). */
  | 'LEADS'
  /** The partner leads, it coordinates. */
  | 'WORKS_UNDER';

/** Which shared tasks `coordinationPartners` counts. */
export type CoordinationFilter = {
  /** Only tasks of these documents (ids). */
  documents?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Whether generic phrases (`các cơ quan liên quan`, kind GENERIC) count as partners; default true. */
  includeGeneric?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only tasks of documents issued on or after this date (ISO `YYYY-MM-DD`); undated documents drop out. */
  issuedFrom?: InputMaybe<Scalars['String']['input']>;
  /** Only tasks of documents issued on or before this date (ISO `YYYY-MM-DD`); undated documents drop out. */
  issuedTo?: InputMaybe<Scalars['String']['input']>;
  /**
   * Only tasks of documents issued in this jurisdiction: `tw`, a province id (its districts
   * included) or `province/district`.
   */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
};

/** One hop of a chain: two actors and every task they share. */
export type CoordinationHop = {
  __typename?: 'CoordinationHop';
  /** The actor on the `from` side of the hop. */
  from: Actor;
  /** Every task the two share (not only the one the search went through), by document id and text order. */
  tasks: Array<SharedTask>;
  /** The actor on the `to` side of the hop. */
  to: Actor;
};

/** One partner and the tasks shared with it. */
export type CoordinationPartner = {
  __typename?: 'CoordinationPartner';
  /** The shared tasks by direction. */
  counts: CoordinationCounts;
  /** Whether the partner is a generic phrase (`các cơ quan liên quan`) rather than a named body. */
  generic: Scalars['Boolean']['output'];
  /** The partner. */
  partner: Actor;
  /** The shared tasks, by document id and then text order. */
  tasks: Array<SharedTask>;
};

/** Who an actor works with, and on which tasks. */
export type CoordinationPartners = {
  __typename?: 'CoordinationPartners';
  /** Partner–task pairs by direction, over all partners. */
  counts: CoordinationCounts;
  /** The actor asked about. */
  organization: Actor;
  /** The partners, most shared tasks first, then by id; at most `first`. */
  partners: Array<CoordinationPartner>;
  /** How many partners there are in all (before `first`). */
  totalPartners: Scalars['Int']['output'];
  /** How many distinct tasks it shares with at least one partner. */
  totalTasks: Scalars['Int']['output'];
};

/** The shortest chain of shared tasks between two actors. */
export type CoordinationPath = {
  __typename?: 'CoordinationPath';
  /** Whether a chain of at most `maxHops` hops exists. */
  found: Scalars['Boolean']['output'];
  /** The actor the chain starts from. */
  from: Actor;
  /** The hops in order from `from` to `to`; null when none was found. */
  hops: Maybe<Array<CoordinationHop>>;
  /** Number of hops; 0 from an actor to itself; null when none was found. */
  length: Maybe<Scalars['Int']['output']>;
  /** The bound the search used. */
  maxHops: Scalars['Int']['output'];
  /** The actor the chain ends at. */
  to: Actor;
};

/** Bounds on a count; all given bounds apply. */
export type CountWhere = {
  /** Exactly this many. */
  eq?: InputMaybe<Scalars['Int']['input']>;
  /** More than this many. */
  gt?: InputMaybe<Scalars['Int']['input']>;
  /** At least this many. */
  gte?: InputMaybe<Scalars['Int']['input']>;
  /** Fewer than this many. */
  lt?: InputMaybe<Scalars['Int']['input']>;
  /** At most this many. */
  lte?: InputMaybe<Scalars['Int']['input']>;
};

/** What the documents of a coverage report must match. */
export type CoverageFilter = {
  /** Id of a document they implement (IMPLEMENTS). */
  implements?: InputMaybe<Scalars['ID']['input']>;
  /** Issued on or after this date (ISO `YYYY-MM-DD`). */
  issuedFrom?: InputMaybe<Scalars['String']['input']>;
  /** Issued on or before this date (ISO `YYYY-MM-DD`). */
  issuedTo?: InputMaybe<Scalars['String']['input']>;
  /** Id of an issuing body (ISSUED_BY). */
  issuer?: InputMaybe<Scalars['ID']['input']>;
  /** `tw`, a province id (`quang-tri`, its districts included) or `province/district`. */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** Level of the issuing body: `TW`, `tinh`, `huyen` or `xa`. */
  level?: InputMaybe<Scalars['String']['input']>;
  /** Document type as written, e.g. `Kế hoạch`. */
  type?: InputMaybe<Scalars['String']['input']>;
};

/** A page of a coverage report. */
export type CoverageReportConnection = {
  __typename?: 'CoverageReportConnection';
  /** The rows of this page. */
  edges: Array<CoverageReportEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many documents the report spans, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A row in a page of a coverage report. */
export type CoverageReportEdge = {
  __typename?: 'CoverageReportEdge';
  /** Opaque position of this row (for `after`). */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: CoverageReportRow;
};

/** One document's coverage figures. */
export type CoverageReportRow = {
  __typename?: 'CoverageReportRow';
  /** The document. */
  document: Document;
  /** Its figures. */
  summary: CoverageSummary;
};

/** Whether a task actor is among the document's recipients. */
export type CoverageStatus =
  /** At least one way reaches it. */
  | 'COVERED'
  /** Nobody to check: a generic phrase, an unresolved mention, a publication, or a role whose body is not in the graph. */
  | 'NOT_CHECKABLE'
  /** No way reaches it: given a task, not sent the document. */
  | 'NOT_COVERED';

/** A document's coverage figures. */
export type CoverageSummary = {
  __typename?: 'CoverageSummary';
  /** Distinct actors with a role in a task. */
  bodies: Scalars['Int']['output'];
  /** covered / (covered + notCovered); null when no actor can be checked. */
  coverageRatio: Maybe<Scalars['Float']['output']>;
  /** Actors the document reaches. */
  covered: Scalars['Int']['output'];
  /** Covered actors reached only through archive lines. */
  coveredOnlyThroughArchive: Scalars['Int']['output'];
  /** Actors with nobody to check. */
  notCheckable: Scalars['Int']['output'];
  /** Actors given a task but not reached. */
  notCovered: Scalars['Int']['output'];
  /** Publication lines (`Đăng website`). */
  publications: Scalars['Int']['output'];
  /** Recipient lines, publication lines excluded. */
  recipients: Scalars['Int']['output'];
  /** Recipient lines with no task (see `RecipientCoverage.recipientsWithoutTask`). */
  recipientsWithoutTask: Scalars['Int']['output'];
};

/** A task naming the actor in one role. */
export type CoverageTask = {
  __typename?: 'CoverageTask';
  /** The quote naming the actor in that role. */
  evidence: Evidence;
  /** The task's outline path in the graph (`5.3.1`; part IV of 10-KH/TW is `5.x`). */
  outlineId: Scalars['String']['output'];
  /** The role the actor plays in it. */
  role: TaskRole;
  /** The section number as printed (`IV.3`). */
  section: Scalars['String']['output'];
  /** The task. */
  task: Task;
  /** The task's id (`<document id>#<outline>`). */
  taskId: Scalars['ID']['output'];
};

/** One way the document reaches a task actor, with the evidence of the recipient line or issuer. */
export type CoverageWay = {
  __typename?: 'CoverageWay';
  /** The recipient line is an archive copy (purpose `lưu`): the body only got the archive copy. */
  archiveOnly: Scalars['Boolean']['output'];
  /** STANDING_BODY: the standing body or the body it stands for; THROUGH_BODY: the role's body. */
  body: Maybe<Actor>;
  /** THROUGH_BODY: how the body is covered. */
  bodyWay: Maybe<CoverageWayKind>;
  /** GROUP / GROUP_WITHIN_GROUP: the recipient group's membership rule in words. */
  groupRule: Maybe<Scalars['String']['output']>;
  /** ISSUER (or THROUGH_BODY over it): the issuing or signing fact, with its evidence. */
  issuer: Maybe<ActorEdge>;
  /** How it goes. */
  kind: CoverageWayKind;
  /** GROUP: a stored link or the rule re-applied. */
  membershipSource: Maybe<MembershipSource>;
  /** Why it holds: the MEMBER_OF reason, the clauses lying within, the PART_OF link. */
  reason: Maybe<Scalars['String']['output']>;
  /** The recipient line it goes through (its quote, span and purpose); null for ISSUER. */
  recipient: Maybe<RecipientEdge>;
};

/** How a way of coverage goes. */
export type CoverageWayKind =
  /** The actor itself is a recipient line. */
  | 'DIRECT'
  /** An organization is a member of a recipient group (stored MEMBER_OF link, or the group's rule re-applied). */
  | 'GROUP'
  /** A group whose every rule clause lies within a recipient group's clauses. */
  | 'GROUP_WITHIN_GROUP'
  /** The actor issued or signed the document. */
  | 'ISSUER'
  /** A recipient is the body's Ban Thường vụ / Thường trực, or the actor is the standing body of a recipient. */
  | 'STANDING_BODY'
  /** A role or person whose body is covered (`bodyWay` says how). */
  | 'THROUGH_BODY';

/** A user just created, with its key: shown this once, only its digest is stored. */
export type CreatedUser = {
  __typename?: 'CreatedUser';
  key: Scalars['String']['output'];
  user: User;
};

/** A date range on an ISO `YYYY-MM-DD` field; all given bounds apply. */
export type DateWhere = {
  /** On this date. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** After this date. */
  gt?: InputMaybe<Scalars['String']['input']>;
  /** On or after this date. */
  gte?: InputMaybe<Scalars['String']['input']>;
  /** Before this date. */
  lt?: InputMaybe<Scalars['String']['input']>;
  /** On or before this date. */
  lte?: InputMaybe<Scalars['String']['input']>;
};

/** A deadline as written and normalised. */
export type Deadline = {
  __typename?: 'Deadline';
  /** End of the interval (ISO date): the date the task falls due. */
  end: Maybe<Scalars['String']['output']>;
  /** Whether it is inherited from the enclosing section. */
  inherited: Scalars['Boolean']['output'];
  /** Recurrence (`yearly`, `continuous`, ISO durations such as `P5Y`); null when one-off. */
  recurrence: Maybe<Scalars['String']['output']>;
  /** Start of the interval (ISO date), e.g. for `thực hiện từ năm 2023`. */
  start: Maybe<Scalars['String']['output']>;
  /** The deadline as written (`hoàn thành trong quý I/2023`). */
  text: Scalars['String']['output'];
};

/** A count of cascade documents at one depth. */
export type DepthCount = {
  __typename?: 'DepthCount';
  /** Steps from the root. */
  depth: Scalars['Int']['output'];
  /** How many documents. */
  documents: Scalars['Int']['output'];
};

/** A directive document: ingested from its text, or only referenced by another document. */
export type Document = Node & {
  __typename?: 'Document';
  /** What newer documents in the graph do to this one. */
  affectedBy: Array<DocumentEffect>;
  /** What this document does to older documents it names (thay thế, sửa đổi / bổ sung, bãi bỏ). */
  effects: Array<DocumentEffect>;
  /** Stable id: number, issuing scope and year (`doc:10-KH/TW@tw:2022`), or a content hash. */
  id: Scalars['ID']['output'];
  /** The documents that implement this one. */
  implementedBy: Array<DocumentLink>;
  /** The documents this one implements (IMPLEMENTS). */
  implements: Array<DocumentLink>;
  /** Date of issue, ISO `YYYY-MM-DD`. */
  issuedDate: Maybe<Scalars['String']['output']>;
  /** The issuing bodies (ISSUED_BY), with evidence. */
  issuers: Array<ActorEdge>;
  /** Jurisdiction of the issuing body: `tw`, a province id, or `province/district`. */
  jurisdiction: Maybe<Scalars['String']['output']>;
  /** Level of the issuing body: `TW`, `tinh`, `huyen` or `xa`. */
  level: Maybe<Scalars['String']['output']>;
  /** The document number (số hiệu), e.g. `10-KH/TW`; null when the text has none. */
  number: Maybe<Scalars['String']['output']>;
  /** Place of issue (địa danh). */
  place: Maybe<Scalars['String']['output']>;
  /** The recipients (Nơi nhận, SENT_TO), in the document's order, with their purpose. */
  recipients: Array<RecipientEdge>;
  /**
   * Its secrecy mark, read from the header ("MẬT", "TỐI MẬT", "TUYỆT MẬT"); null when unmarked. A
   * key sees a marked document only when cleared to its level; anonymous readers see none.
   */
  secrecy: Maybe<SecrecyLevel>;
  /** The original file the text was read from; null when `text` is. */
  source: Maybe<DocumentSource>;
  /** INGESTED when its text is in the graph, REFERENCED when only cited by another document. */
  status: DocumentStatus;
  /** The quantified targets the document sets. */
  targets: Array<Target>;
  /** The tasks the document sets, in outline order. */
  tasks: Array<Task>;
  /**
   * The tasks the document sets, a page at a time by id (for long documents; `tasks` returns them
   * all in outline order).
   */
  tasksConnection: TaskConnection;
  /**
   * The text the document's facts were read from: every evidence `start`/`end` counts in it. For
   * a PDF, scan, DOCX or HTML file, the text the formats layer read (layout to text). Null for a
   * referenced document, and for one ingested before texts were kept (ingest it again).
   */
  text: Maybe<Scalars['String']['output']>;
  /** The title (trích yếu). */
  title: Maybe<Scalars['String']['output']>;
  /** The document type: Nghị quyết, Kế hoạch, Chương trình hành động, Sao y… */
  type: Maybe<Scalars['String']['output']>;
  /** Whether it is in force on `asOf` (ISO date; default today). Its tasks are open only while it is. */
  validity: DocumentValidity;
};


/** A directive document: ingested from its text, or only referenced by another document. */
export type DocumentTasksConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A directive document: ingested from its text, or only referenced by another document. */
export type DocumentValidityArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};

/** Counts of documents. */
export type DocumentAggregate = {
  __typename?: 'DocumentAggregate';
  /** How many documents match. */
  count: Scalars['Int']['output'];
  /** Counts per group, largest first (ties by key). */
  groups: Array<DocumentGroup>;
  /** The latest date of issue among them. */
  issuedDateMax: Maybe<Scalars['String']['output']>;
  /** The earliest date of issue among them. */
  issuedDateMin: Maybe<Scalars['String']['output']>;
};

/** A page of documents. */
export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  /** The documents of this page. */
  edges: Array<DocumentEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many documents match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A document in a page. */
export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  /** Opaque position of this edge (for `after`). */
  cursor: Scalars['String']['output'];
  /** The document. */
  node: Document;
};

/** One effect between two documents, with the words of the newer one that state it. */
export type DocumentEffect = {
  __typename?: 'DocumentEffect';
  /** The other document: the older one under `effects`, the newer one under `affectedBy`. */
  document: Document;
  effect: DocumentEffectType;
  /** The words that say so (from the verb through the older document's name). */
  evidence: Evidence;
};

/** What a newer document does to an older one it names. */
export type DocumentEffectType =
  /** Sửa đổi, bổ sung: the older one stays in force, changed. */
  | 'AMENDS'
  /** Hướng dẫn: it guides the older one (a Hướng dẫn of what it implements, "hướng dẫn thi hành …" in a title); no change of validity. */
  | 'GUIDES'
  /** Bãi bỏ (or "… hết hiệu lực"): the older one, or the part named, is no longer in force. */
  | 'REPEALS'
  /** Thay thế: the older one is no longer in force. */
  | 'REPLACES';

/** Which ingests to hear of. */
export type DocumentEventFilter = {
  /** `tw`, a province id, or `province/district`; a province also matches its districts. */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** Level of the issuer: `TW`, `tinh`, `huyen`, `xa`. */
  level?: InputMaybe<Scalars['String']['input']>;
  /** Type as read (`Kế hoạch`, `Báo cáo`…). */
  type?: InputMaybe<Scalars['String']['input']>;
};

/** A document file sent in a request. */
export type DocumentFile = {
  /** Its bytes, base64-encoded. The kind is told from the content, not from the name. */
  contentBase64: Scalars['String']['input'];
  /** Its file name (without folders): names it like `name` does when `name` is not given. */
  name: Scalars['String']['input'];
};

/** What documents must match. */
export type DocumentFilter = {
  /** Id of a document they implement (IMPLEMENTS). */
  implements?: InputMaybe<Scalars['ID']['input']>;
  /** Issued on or after this date (ISO `YYYY-MM-DD`). */
  issuedFrom?: InputMaybe<Scalars['String']['input']>;
  /** Issued on or before this date (ISO `YYYY-MM-DD`). */
  issuedTo?: InputMaybe<Scalars['String']['input']>;
  /** Id of an issuing body (ISSUED_BY). */
  issuer?: InputMaybe<Scalars['ID']['input']>;
  /** `tw`, a province id (`quang-tri`, its districts included) or `province/district`. */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** Ingested or only referenced. */
  status?: InputMaybe<DocumentStatus>;
  /** Document type as written, e.g. `Kế hoạch`. */
  type?: InputMaybe<Scalars['String']['input']>;
};

/** How a kept file was read. */
export type DocumentFormat =
  /** A Word document. */
  | 'DOCX'
  /** A web page saved from a portal or by Word. */
  | 'HTML'
  /** A page image (OCR). */
  | 'IMAGE'
  /** A PDF (its text layer, or OCR for pages without one). */
  | 'PDF'
  /** UTF-8 text or Markdown. */
  | 'TEXT';

/** The documents of one group; a key not grouped by is null. */
export type DocumentGroup = {
  __typename?: 'DocumentGroup';
  /** How many documents. */
  count: Scalars['Int']['output'];
  /** The latest date of issue in the group. */
  issuedDateMax: Maybe<Scalars['String']['output']>;
  /** The earliest date of issue in the group. */
  issuedDateMin: Maybe<Scalars['String']['output']>;
  /** The issuer's id. */
  issuer: Maybe<Scalars['ID']['output']>;
  /** The jurisdiction. */
  jurisdiction: Maybe<Scalars['String']['output']>;
  /** The level. */
  level: Maybe<Scalars['String']['output']>;
  /** INGESTED or REFERENCED. */
  status: Maybe<Scalars['String']['output']>;
  /** The type. */
  type: Maybe<Scalars['String']['output']>;
  /** The year of issue. */
  year: Maybe<Scalars['Int']['output']>;
};

/** What documents can be grouped by. */
export type DocumentGroupKey =
  /** The id of an issuing body. */
  | 'ISSUER'
  /** The jurisdiction of the issuer. */
  | 'JURISDICTION'
  /** The level of the issuer. */
  | 'LEVEL'
  /** INGESTED or REFERENCED. */
  | 'STATUS'
  /** The document type. */
  | 'TYPE'
  /** The year of issue. */
  | 'YEAR';

/** A document ingested. */
export type DocumentIngestedEvent = {
  __typename?: 'DocumentIngestedEvent';
  /** When (ISO date-time, UTC). */
  at: Scalars['String']['output'];
  /** The document as now in the graph. */
  document: Document;
  /** CREATED, UPDATED or UNCHANGED. */
  outcome: IngestOutcome;
};

/** A reference between two documents, with the citing document's evidence. */
export type DocumentLink = {
  __typename?: 'DocumentLink';
  /** The document at the other end of the reference. */
  document: Document;
  /** Where the citing document makes the reference. */
  evidence: Evidence;
};

/** Metadata supplied beside a document's text. */
export type DocumentMetadata = {
  /** District id of the issuing body, e.g. `vinh-linh`. */
  district?: InputMaybe<Scalars['String']['input']>;
  /** Date of issue, ISO `YYYY-MM-DD`. */
  issuedDate?: InputMaybe<Scalars['String']['input']>;
  /** The issuing body's name. */
  issuer?: InputMaybe<Scalars['String']['input']>;
  /** Level of the issuing body: `TW`, `tinh`, `huyen` or `xa`. */
  level?: InputMaybe<Scalars['String']['input']>;
  /** The document number, e.g. `67-KH/HU`. */
  number?: InputMaybe<Scalars['String']['input']>;
  /** Province id of the issuing body, e.g. `quang-tri`. */
  province?: InputMaybe<Scalars['String']['input']>;
};

/** How `documents` are ordered. Ties, and documents without a date, are ordered by id. */
export type DocumentOrder =
  /** By id (the default). */
  | 'ID'
  /** Oldest first; documents without an issue date come first. */
  | 'ISSUED_DATE'
  /** Newest first; documents without an issue date come last. */
  | 'ISSUED_DATE_DESC';

/** A sort of documents. */
export type DocumentSort = {
  /** Which way (ascending unless told). */
  direction?: InputMaybe<SortDirection>;
  /** The field or count to sort by. */
  field: DocumentSortField;
};

/** What documents can be sorted by; ties go by id. */
export type DocumentSortField =
  /** The id. */
  | 'ID'
  /** How many documents implement it. */
  | 'IMPLEMENTED_BY_COUNT'
  /** The date of issue. */
  | 'ISSUED_DATE'
  /** The level of the issuer. */
  | 'LEVEL'
  /** The document number. */
  | 'NUMBER'
  /** The place of issue. */
  | 'PLACE'
  /** How many recipients it lists. */
  | 'RECIPIENT_COUNT'
  /** Ingested or referenced. */
  | 'STATUS'
  /** How many tasks it sets. */
  | 'TASK_COUNT'
  /** The title. */
  | 'TITLE'
  /** The type. */
  | 'TYPE';

/** An ingested document's original file, kept by content hash beside the graph. */
export type DocumentSource = {
  __typename?: 'DocumentSource';
  /** Its file name when ingested (an upload's given name; `api:<hash>` for a bare text). */
  fileName: Scalars['String']['output'];
  /** How it was read. */
  format: DocumentFormat;
  /** Its media type, told from its content (`application/pdf`, …). */
  mediaType: Scalars['String']['output'];
  /** Each page's size and how its text was obtained (PDF and images). */
  pageInfo: Array<SourcePage>;
  /** Its number of pages (PDF and images; 0 for DOCX, HTML and text). */
  pages: Scalars['Int']['output'];
  /** SHA-256 of its bytes: its name in the source store. */
  sha256: Scalars['String']['output'];
  /** Its size in bytes. */
  size: Scalars['Int']['output'];
  /** Where the server serves it: `/sources/<sha256>` on the API's host (needs the read key when reads do). */
  url: Scalars['String']['output'];
};

/** Whether a document's text is in the graph. */
export type DocumentStatus =
  /** Its text has been ingested. */
  | 'INGESTED'
  /** Known only from a citation in another document. */
  | 'REFERENCED';

/** A document's validity on a date, from what newer documents in the graph do to it. */
export type DocumentValidity = {
  __typename?: 'DocumentValidity';
  /** Documents issued by then that amend it. */
  amendedBy: Array<Document>;
  /**
   * Its first day in force: the date of effect its text gives itself ("có hiệu lực từ ngày ký" is
   * its issue date; "… kể từ ngày 01/7/2025", "… thi hành từ ngày …"), else the day it was issued.
   */
  from: Maybe<Scalars['String']['output']>;
  /** The words giving the date of effect, in this document; null when its text gives none. */
  fromEvidence: Maybe<Evidence>;
  /** Documents issued by then that repeal it. */
  repealedBy: Array<Document>;
  /** Documents issued by then that replace it. */
  replacedBy: Array<Document>;
  status: ValidityStatus;
  /** Its last day in force: the day before the first replacing or repealing document; null while in force. */
  to: Maybe<Scalars['String']['output']>;
};

/**
 * A composable condition on documents: every field given must hold; `AND`, `OR` and `NOT` combine
 * conditions; a related-node field (`issuer`, `tasks`…) holds when some related node matches. At
 * most 3 levels of related nodes and 32 conditions (BAD_USER_INPUT beyond).
 */
export type DocumentWhere = {
  /** All of these. */
  AND?: InputMaybe<Array<DocumentWhere>>;
  /** Not this. */
  NOT?: InputMaybe<DocumentWhere>;
  /** At least one of these. */
  OR?: InputMaybe<Array<DocumentWhere>>;
  /** The document id. */
  id?: InputMaybe<StringWhere>;
  /** Some document implementing it matches. */
  implementedBy?: InputMaybe<DocumentWhere>;
  /** Some document it implements matches. */
  implements?: InputMaybe<DocumentWhere>;
  /** The date of issue. */
  issuedDate?: InputMaybe<DateWhere>;
  /** Some issuing body matches. */
  issuer?: InputMaybe<OrganizationWhere>;
  /** `tw`, a province id (its districts included) or `province/district`. */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** The level of the issuing body: `TW`, `tinh`, `huyen` or `xa`. */
  level?: InputMaybe<StringWhere>;
  /** The document number (`10-KH/TW`). */
  number?: InputMaybe<StringWhere>;
  /** The place of issue. */
  place?: InputMaybe<StringWhere>;
  /** Some recipient (Nơi nhận) matches. */
  recipient?: InputMaybe<OrganizationWhere>;
  /** Ingested or only referenced. */
  status?: InputMaybe<DocumentStatus>;
  /** How many tasks it sets. */
  taskCount?: InputMaybe<CountWhere>;
  /** Some task it sets matches. */
  tasks?: InputMaybe<TaskWhere>;
  /** The title. */
  title?: InputMaybe<StringWhere>;
  /** The document type as written (`Kế hoạch`). */
  type?: InputMaybe<StringWhere>;
};

/** Where a fact was read: a span of a document's text and the quote it holds. */
export type Evidence = {
  __typename?: 'Evidence';
  /** The document whose text holds the quote. */
  document: Document;
  /** Offset just past the quote's last character. */
  end: Scalars['Int']['output'];
  /** The page the quote starts on (PDF, image); null for DOCX, HTML and text. */
  page: Maybe<Scalars['Int']['output']>;
  /** The text the fact was read from. */
  quote: Scalars['String']['output'];
  /**
   * Where the quote stands in the original: one region per page it covers (with the box around
   * its words) or per paragraph (DOCX, HTML). Empty for a text file.
   */
  regions: Array<EvidenceRegion>;
  /** Offset of the quote's first character in the document's text. */
  start: Scalars['Int']['output'];
};

/** Where part of a quote stands in the original file. */
export type EvidenceRegion = {
  __typename?: 'EvidenceRegion';
  /** The box around the quote's words on that page, in the page's units, origin top-left. */
  box: Maybe<Box>;
  /** The lowest OCR word confidence of the quote's words on that page (scans only). */
  confidence: Maybe<Scalars['Float']['output']>;
  /** 1-based page (PDF, image). */
  page: Maybe<Scalars['Int']['output']>;
  /** 0-based paragraph (or table cell paragraph) of the body (DOCX, HTML). */
  paragraph: Maybe<Scalars['Int']['output']>;
};

/** Why a body is expected to issue a plan. */
export type ExpectationKind =
  /** It is a recipient one level below the document. */
  | 'RECIPIENT'
  /** It leads a task asking for a programme or plan. */
  | 'TASK';

/** One reason a body is expected to issue a plan. */
export type ExpectationReason = {
  __typename?: 'ExpectationReason';
  /** The lead mention (TASK) or the recipient line (RECIPIENT). */
  evidence: Evidence;
  /** A task or a recipient line. */
  kind: ExpectationKind;
  /** The task asking for a plan (TASK); null for a recipient. */
  task: Maybe<Task>;
};

/** A body expected to issue a programme or plan, why, and whether it has. */
export type ExpectedImplementation = {
  __typename?: 'ExpectedImplementation';
  /** The body or group. */
  body: Actor;
  /** Whether a document in the graph shows it implemented (for a group: every known member has). */
  implemented: Scalars['Boolean']['output'];
  /** The documents that show it (empty while pending). */
  implementedBy: Array<Document>;
  /** Why it is expected: the tasks asking it for a plan, the recipient lines. */
  reasons: Array<ExpectationReason>;
  /**
   * The bodies carrying its duties on the day asked (`asOf`): itself while it exists, else its
   * successors, each with its chain; empty when it ended without a known successor (not guessed).
   */
  responsibleAsOf: Array<ResponsibleBody>;
  /** The groups it was reached through (empty when named itself). */
  viaGroups: Array<Actor>;
};

/** A generic phrase such as `các cơ quan liên quan`. */
export type Generic = Actor & Node & {
  __typename?: 'Generic';
  /** Stable id, one per wording. */
  id: Scalars['ID']['output'];
  /** Always GENERIC. */
  kind: ActorKind;
  /** The phrase. */
  name: Scalars['String']['output'];
};

/** A group's admission of an organization. */
export type GroupMembership = {
  __typename?: 'GroupMembership';
  /** The group. */
  group: OrgGroup;
  /** Why the group's rule admits the organization. */
  reason: Maybe<Scalars['String']['output']>;
};

/** A cascade of documents, flat, with counts per depth and per level. */
export type ImplementationTree = {
  __typename?: 'ImplementationTree';
  /** How many documents at each depth (0 = the root). */
  byDepth: Array<DepthCount>;
  /** How many documents at each level (TW, tinh, huyen, xa — all four always listed; a last entry with a null level when some level is unknown). */
  byLevel: Array<LevelCount>;
  /** The depth bound used. */
  depth: Scalars['Int']['output'];
  /** The direction followed. */
  direction: CascadeDirection;
  /** Every document of the cascade, breadth-first: by depth, then in the order met. */
  nodes: Array<CascadeNode>;
  /** The document the cascade starts from (also the node at depth 0). */
  root: Document;
};

/** What an ingest did to the document. */
export type IngestOutcome =
  /** It was not in the graph. */
  | 'CREATED'
  /** The same text was already ingested. */
  | 'UNCHANGED'
  /** Its facts were replaced by this text's. */
  | 'UPDATED';

/** What an ingest did. */
export type IngestResult = {
  __typename?: 'IngestResult';
  /** The document as now in the graph. */
  document: Document;
  /** CREATED, UPDATED, or UNCHANGED (same text as before). */
  outcome: IngestOutcome;
  /** What the parser noticed (missing number or date, normalised number…). */
  warnings: Array<IngestWarning>;
};

/** A parser warning. */
export type IngestWarning = {
  __typename?: 'IngestWarning';
  /** Stable code, e.g. `no-number`. */
  code: Scalars['String']['output'];
  /** What was noticed. */
  message: Scalars['String']['output'];
};

/** A task that came to a body through successions: led by a predecessor. */
export type InheritedTask = {
  __typename?: 'InheritedTask';
  /** The successions from that predecessor to this body, oldest first. */
  chain: Array<SuccessionStep>;
  /** The predecessor that leads it in its document. */
  from: Organization;
  task: Task;
};

/** A count of cascade documents at one level. */
export type LevelCount = {
  __typename?: 'LevelCount';
  /** How many documents (placeholders included). */
  documents: Scalars['Int']['output'];
  /** `TW`, `tinh`, `huyen`, `xa`, or null when unknown. */
  level: Maybe<Scalars['String']['output']>;
  /** How many of them are placeholders (not ingested). */
  placeholders: Scalars['Int']['output'];
};

/** Where a GROUP way's membership comes from. */
export type MembershipSource =
  /** No stored link: the recipient group's stored rule, re-applied at query time, admits the body. */
  | 'RULE_REAPPLIED'
  /** A MEMBER_OF link the ingest stored, with its reason. */
  | 'STORED_LINK';

/** Writes. Each needs the API key (header `x-api-key`) the server is configured with (`API_KEY`). */
export type Mutation = {
  __typename?: 'Mutation';
  /** Creates a user with a new key (shown once). Admins only. */
  createUser: CreatedUser;
  /**
   * Ingests one document through the same pipeline as the CLI (read, parse, resolve, one write
   * transaction): its `text`, or a kept `file` (PDF, scan, DOCX, HTML, text) read by the same
   * readers as `ingest` — exactly one of the two. Without a key or with a wrong one:
   * UNAUTHENTICATED; on a server without API_KEY mutations are off: FORBIDDEN. A text that is not
   * a directive document, or a file that cannot be read: BAD_USER_INPUT.
   */
  ingestDocument: IngestResult;
  /** Revokes a user's key; its writes stay in the audit trail. Admins only. Unknown id: NOT_FOUND. */
  revokeUser: User;
  /**
   * Records a manual status of a task, with why (`note`) and on what (`evidence`), as a new
   * TaskStatusUpdate (the trail is never overwritten). Needs the API key like every mutation.
   * Unknown task: NOT_FOUND.
   */
  updateTaskStatus: TaskStatusUpdate;
};


/** Writes. Each needs the API key (header `x-api-key`) the server is configured with (`API_KEY`). */
export type MutationCreateUserArgs = {
  agencies?: InputMaybe<Array<Scalars['ID']['input']>>;
  clearance?: InputMaybe<Scalars['Int']['input']>;
  jurisdictions?: InputMaybe<Array<Scalars['String']['input']>>;
  name: Scalars['String']['input'];
  role: UserRole;
};


/** Writes. Each needs the API key (header `x-api-key`) the server is configured with (`API_KEY`). */
export type MutationIngestDocumentArgs = {
  file?: InputMaybe<DocumentFile>;
  metadata?: InputMaybe<DocumentMetadata>;
  name?: InputMaybe<Scalars['String']['input']>;
  replace?: InputMaybe<Scalars['Boolean']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};


/** Writes. Each needs the API key (header `x-api-key`) the server is configured with (`API_KEY`). */
export type MutationRevokeUserArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Each needs the API key (header `x-api-key`) the server is configured with (`API_KEY`). */
export type MutationUpdateTaskStatusArgs = {
  by?: InputMaybe<Scalars['String']['input']>;
  evidence?: InputMaybe<Scalars['String']['input']>;
  note: Scalars['String']['input'];
  status: TaskStatus;
  task: Scalars['ID']['input'];
};

/** The nodes and relationships around a node. */
export type Neighbourhood = {
  __typename?: 'Neighbourhood';
  /** The depth asked for. */
  depth: Scalars['Int']['output'];
  /** The relationships among them, by source, type, target and text position. */
  edges: Array<NeighbourhoodEdge>;
  /** The nodes, nearest first, then by id (the centre first). */
  nodes: Array<NeighbourhoodNode>;
  /** The node at the centre. */
  root: Node;
};

/** A relationship of a neighbourhood. */
export type NeighbourhoodEdge = {
  __typename?: 'NeighbourhoodEdge';
  /** Where the text states it; null for links not read from text (PART_OF, MEMBER_OF, HAS_TASK…). */
  evidence: Maybe<Evidence>;
  /** Stable id made of its ends and type (`a-[LED_BY]->b`, `#2`… when repeated). */
  id: Scalars['ID']['output'];
  /** What a document is sent for (SENT_TO), as written. */
  purpose: Maybe<Scalars['String']['output']>;
  /** Why a group's rule admits the organization (MEMBER_OF). */
  reason: Maybe<Scalars['String']['output']>;
  /** Id of the node it starts from. */
  source: Scalars['ID']['output'];
  /** Id of the node it points to. */
  target: Scalars['ID']['output'];
  /** The relationship type (`LED_BY`, `SENT_TO`, `PART_OF`…). */
  type: Scalars['String']['output'];
};

/** A node of a neighbourhood and how far it is from the centre. */
export type NeighbourhoodNode = {
  __typename?: 'NeighbourhoodNode';
  /** Hops from the centre (0 for the centre). */
  depth: Scalars['Int']['output'];
  /** The node. */
  node: Node;
};

/** Anything with a global id (see `Query.node`). */
export type Node = {
  /** The global id: the graph id as it is. */
  id: Scalars['ID']['output'];
};

/** A collective named by a rule, e.g. `Các tỉnh ủy, thành ủy trực thuộc Trung ương`. */
export type OrgGroup = Actor & Node & {
  __typename?: 'OrgGroup';
  /** Stable id (`group:…`). */
  id: Scalars['ID']['output'];
  /** Always GROUP. */
  kind: ActorKind;
  /** Known organizations the rule admits, by id. */
  members: Array<Organization>;
  /** Known organizations the rule admits, a page at a time by id (for long lists; `members` returns them all). */
  membersConnection: OrganizationConnection;
  /** The collective as written. */
  name: Scalars['String']['output'];
  /** The membership rule in words. */
  rule: Maybe<Scalars['String']['output']>;
};


/** A collective named by a rule, e.g. `Các tỉnh ủy, thành ủy trực thuộc Trung ương`. */
export type OrgGroupMembersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A body: Party committee, board, ministry, People's Committee, mass organization… */
export type Organization = Actor & Node & {
  __typename?: 'Organization';
  /** Other names the body is known by. */
  aliases: Array<Scalars['String']['output']>;
  /** Documents it issued (ISSUED_BY), by id. */
  documentsIssued: Array<Document>;
  /** Documents it issued, a page at a time by id (for long lists; `documentsIssued` returns them all). */
  documentsIssuedConnection: DocumentConnection;
  /**
   * Documents sent to it (Nơi nhận), directly or through a group whose rule admits it (`via`),
   * by document id.
   */
  documentsReceived: Array<ReceivedDocument>;
  /** The groups whose membership rule admits it (MEMBER_OF), with the reason. */
  groups: Array<GroupMembership>;
  /** Stable id, e.g. `tw/ban-tuyen-giao`, `quang-tri/vinh-linh/ubnd-huyen`. */
  id: Scalars['ID']['output'];
  /**
   * The open tasks that came to it through successions taken by `asOf` (default today): tasks led
   * by a body it succeeded, at any remove, each with the chain; a task of a document replaced or
   * repealed by then is not open.
   */
  inheritedTasks: Array<InheritedTask>;
  /** Jurisdiction: `tw`, a province id or `province/district`; null when unknown. */
  jurisdiction: Maybe<Scalars['String']['output']>;
  /** Always ORGANIZATION. */
  kind: ActorKind;
  /** Level: `TW`, `tinh`, `huyen` or `xa`. */
  level: Maybe<Scalars['String']['output']>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Kind of body as the registry names it (`ban-dang`, `chinh-quyen`, `ban-thuong-vu`…). */
  orgKind: Maybe<Scalars['String']['output']>;
  /** The body it is part of (PART_OF). */
  partOf: Maybe<Organization>;
  /** The bodies it took over from (SUCCEEDED_BY into it), by id. */
  predecessors: Array<Succession>;
  /** The actors that report to it: the leads of the tasks reported to it. */
  reportedToBy: Array<Actor>;
  /** The actors it reports to: where the tasks it leads are reported. */
  reportsTo: Array<Actor>;
  /**
   * The bodies carrying its duties on `date` (default: today): itself while it exists, else its
   * successors followed to that date, each with its chain. Several answers mean the duties were
   * divided (each comes with its basis); none means it ended without a known successor.
   */
  responsibleOn: Array<ResponsibleBody>;
  /** The bodies that took over from it (SUCCEEDED_BY from it), by id. */
  successors: Array<Succession>;
  /** Tasks it coordinates on (phối hợp, COORDINATES_WITH), by id. */
  tasksCoordinated: Array<Task>;
  /** Tasks it coordinates on, a page at a time by id (for long lists; `tasksCoordinated` returns them all). */
  tasksCoordinatedConnection: TaskConnection;
  /** Tasks it leads (chủ trì, LED_BY), by id. */
  tasksLed: Array<Task>;
  /** Tasks it leads, a page at a time by id (for long lists; `tasksLed` returns them all). */
  tasksLedConnection: TaskConnection;
  /** Tasks whose results are reported to it (REPORTS_TO), by id. */
  tasksReportedTo: Array<Task>;
  /** Tasks reported to it, a page at a time by id (for long lists; `tasksReportedTo` returns them all). */
  tasksReportedToConnection: TaskConnection;
  /** The bodies that are part of it. */
  units: Array<Organization>;
  /** First day the body existed, when the registry knows it (ISO date). */
  validFrom: Maybe<Scalars['String']['output']>;
  /** Last day the body existed, when it has ended (ISO date). */
  validTo: Maybe<Scalars['String']['output']>;
};


/** A body: Party committee, board, ministry, People's Committee, mass organization… */
export type OrganizationDocumentsIssuedConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: Party committee, board, ministry, People's Committee, mass organization… */
export type OrganizationInheritedTasksArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A body: Party committee, board, ministry, People's Committee, mass organization… */
export type OrganizationResponsibleOnArgs = {
  date?: InputMaybe<Scalars['String']['input']>;
};


/** A body: Party committee, board, ministry, People's Committee, mass organization… */
export type OrganizationTasksCoordinatedConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: Party committee, board, ministry, People's Committee, mass organization… */
export type OrganizationTasksLedConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A body: Party committee, board, ministry, People's Committee, mass organization… */
export type OrganizationTasksReportedToConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Counts of organizations. */
export type OrganizationAggregate = {
  __typename?: 'OrganizationAggregate';
  /** How many organizations match. */
  count: Scalars['Int']['output'];
  /** Counts per group, largest first (ties by key). */
  groups: Array<OrganizationGroup>;
};

/** A page of organizations. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** The organizations of this page. */
  edges: Array<OrganizationEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many organizations match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An organization in a page. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Opaque position of this edge (for `after`). */
  cursor: Scalars['String']['output'];
  /** The organization. */
  node: Organization;
};

/** What organizations must match. */
export type OrganizationFilter = {
  /** Only bodies that existed on this day (ISO date): the registry as it stood then. */
  asOf?: InputMaybe<Scalars['String']['input']>;
  /** `tw`, a province id (its districts included) or `province/district`. */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** Kind of body (`orgKind`), e.g. `ban-dang`. */
  kind?: InputMaybe<Scalars['String']['input']>;
  /** Level: `TW`, `tinh`, `huyen` or `xa`. */
  level?: InputMaybe<Scalars['String']['input']>;
  /** Accent-insensitive words of the name (`ban tuyen giao`), all required. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** The organizations of one group; a key not grouped by is null. */
export type OrganizationGroup = {
  __typename?: 'OrganizationGroup';
  /** How many organizations. */
  count: Scalars['Int']['output'];
  /** The jurisdiction. */
  jurisdiction: Maybe<Scalars['String']['output']>;
  /** The level. */
  level: Maybe<Scalars['String']['output']>;
  /** The kind of body. */
  orgKind: Maybe<Scalars['String']['output']>;
};

/** What organizations can be grouped by. */
export type OrganizationGroupKey =
  /** The jurisdiction. */
  | 'JURISDICTION'
  /** The level. */
  | 'LEVEL'
  /** The kind of body. */
  | 'ORG_KIND';

/** A sort of organizations. */
export type OrganizationSort = {
  /** Which way (ascending unless told). */
  direction?: InputMaybe<SortDirection>;
  /** The field or count to sort by. */
  field: OrganizationSortField;
};

/** What organizations can be sorted by; ties go by id. */
export type OrganizationSortField =
  /** How many documents it issued. */
  | 'DOCUMENTS_ISSUED_COUNT'
  /** The id. */
  | 'ID'
  /** The level. */
  | 'LEVEL'
  /** The canonical name. */
  | 'NAME'
  /** The kind of body. */
  | 'ORG_KIND'
  /** How many tasks it coordinates on. */
  | 'TASKS_COORDINATED_COUNT'
  /** How many tasks it leads. */
  | 'TASKS_LED_COUNT';

/**
 * A composable condition on organizations, or on any actor where it applies to a task's or a
 * document's actors (see DocumentWhere for how conditions combine and are bounded).
 */
export type OrganizationWhere = {
  /** All of these. */
  AND?: InputMaybe<Array<OrganizationWhere>>;
  /** Not this. */
  NOT?: InputMaybe<OrganizationWhere>;
  /** At least one of these. */
  OR?: InputMaybe<Array<OrganizationWhere>>;
  /** Some task it coordinates on matches (bodies that coordinate with X: `coordinates: {lead: {id: {eq: X}}}`). */
  coordinates?: InputMaybe<TaskWhere>;
  /** The actor id. */
  id?: InputMaybe<StringWhere>;
  /** Some document it issued matches. */
  issued?: InputMaybe<DocumentWhere>;
  /** `tw`, a province id (its districts included) or `province/district`. */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** Some task it leads matches. */
  leads?: InputMaybe<TaskWhere>;
  /** Level: `TW`, `tinh`, `huyen` or `xa`. */
  level?: InputMaybe<StringWhere>;
  /** The canonical name. */
  name?: InputMaybe<StringWhere>;
  /** Kind of body as the registry names it (`ban-dang`, `chinh-quyen`…). */
  orgKind?: InputMaybe<StringWhere>;
  /** The body it is part of matches. */
  partOf?: InputMaybe<OrganizationWhere>;
  /** How many tasks it coordinates on. */
  tasksCoordinatedCount?: InputMaybe<CountWhere>;
  /** How many tasks it leads. */
  tasksLedCount?: InputMaybe<CountWhere>;
};

/** Where a page of a connection stands. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge of this page (pass it as `after`); null on an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Bodies expected to issue their own programme or plan for a document. */
export type PendingImplementations = {
  __typename?: 'PendingImplementations';
  /** The day the answer is for (ISO date). */
  asOf: Scalars['String']['output'];
  /** Every expected body, by id, implemented or not. */
  bodies: Array<ExpectedImplementation>;
  /**
   * What had replaced or repealed the document by `asOf`, earliest first: then no body owes it a
   * plan any more (`owedBy` is empty, and `plansOwed` leaves it out); `bodies` still say who had.
   */
  closedBy: Array<Closure>;
  /** The document checked. */
  document: Document;
  /** How many bodies have implemented. */
  implementedCount: Scalars['Int']['output'];
  /** The bodies of that day that still owe a plan: the pending bodies, or their successors, by id. */
  owedBy: Array<Organization>;
  /** How many bodies have not implemented. */
  pendingCount: Scalars['Int']['output'];
  /** The level of the recipients expected to issue (one below the document's); null below xã or when unknown. */
  recipientLevel: Maybe<Scalars['String']['output']>;
};

/** A named person (a signer, a named recipient). */
export type Person = Actor & Node & {
  __typename?: 'Person';
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Always PERSON. */
  kind: ActorKind;
  /** The person's name. */
  name: Scalars['String']['output'];
};

/** A publication channel (`Đăng Website`). */
export type Publication = Actor & Node & {
  __typename?: 'Publication';
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Always PUBLICATION. */
  kind: ActorKind;
  /** The channel as written. */
  name: Scalars['String']['output'];
};

/**
 * Directive Graph: Vietnamese Party and State directive documents (nghị quyết, kế hoạch,
 * chương trình hành động, chỉ thị…) as a knowledge graph of documents, issuing bodies, tasks,
 * deadlines, targets and recipients. Every fact read from a document carries its evidence.
 *
 * Lists are Relay connections ordered by id unless `orderBy` says otherwise (stable across
 * pages); `first` defaults to 20 and
 * may not exceed 100 (BAD_USER_INPUT). Cursors are opaque.
 */
export type Query = {
  __typename?: 'Query';
  /** Writes and who made them, newest first, by user, action or target. Admins only. */
  auditLog: Array<AuditEvent>;
  /**
   * The bodies an actor shares tasks with (LED_BY / COORDINATES_WITH on the same task), in every
   * direction: partners it leads (it chủ trì, they phối hợp), partners it works under (they lead, it
   * coordinates), co-leads and co-coordinators. Each partner comes with the shared tasks and both
   * role links' evidence. Partners are ordered by number of shared tasks (most first), then id.
   * Reporting (REPORTS_TO) is not coordination and is not counted. An unknown id is NOT_FOUND
   * (`extensions.id`).
   */
  coordinationPartners: Maybe<CoordinationPartners>;
  /**
   * The shortest chain of shared tasks between two actors: each hop joins two actors that lead or
   * coordinate the same task. Intermediate actors are organizations (and groups only with
   * `throughGroups`): generic phrases (`các cơ quan liên quan`), unresolved mentions, publications,
   * roles and persons never join two bodies. REPORTS_TO is not followed. An unknown id is NOT_FOUND
   * (`extensions.id`); `maxHops` outside 1–6 is BAD_USER_INPUT. From an actor to itself: length 0.
   */
  coordinationPath: Maybe<CoordinationPath>;
  /**
   * One row per ingested document matching the filter, with its coverage figures, worst coverage
   * first: ratio ascending (documents without a checkable body last), then the most bodies not
   * covered, then id. Cursors are stable: a page starts after the cursor's position in that order.
   * Coverage is computed for every matching document in one statement; a report spans at most
   * 2,000 documents — more is BAD_USER_INPUT giving the number matched (`extensions.matched`):
   * narrow the filter.
   */
  coverageReport: CoverageReportConnection;
  /**
   * One document by id or by number (exactly one of the two). A number shared by several
   * documents (numbers recur across bodies and years) is BAD_USER_INPUT: use `documents` or the id.
   * Null when nothing matches.
   */
  document: Maybe<Document>;
  /** Documents matching the filter, in the order asked for (by id unless told otherwise). */
  documents: DocumentConnection;
  /** Counts and issue-date bounds of the documents a filter matches, and grouped counts. */
  documentsAggregate: DocumentAggregate;
  /**
   * The implementation cascade of a document as a flat list (GraphQL cannot recurse): DOWN, the
   * documents implementing it level by level (IMPLEMENTS, transitively) with certified copies
   * (COPY_OF) as their own nodes; UP, what it implements, up to the root. Placeholders (status
   * REFERENCED) are nodes too. A document reached twice keeps its shortest path; a direct link that
   * a two-step chain implies is dropped, so a document sits under the most specific document it
   * implements. An open placeholder a lower document names beside the resolution (`47-CTr/TU` in
   * 67-KH/HU beside `20-NQ/TW`) is placed between them, marked `inferred`. NOT_FOUND (with `id`) for
   * an unknown document.
   */
  implementationTree: Maybe<ImplementationTree>;
  /** Derived tasks due after the task they restate (of one document when given, either side). */
  lateDerivedTasks: Array<TaskLineage>;
  /**
   * The graph around any node (document, actor, task or target): every node within `depth` hops
   * over any relationship, either direction, and the relationships followed to reach them — the
   * same traversal as `GET /export/neighbourhood.graphml` and `.json`. An unknown id is NOT_FOUND
   * (`extensions.id`); `depth` outside 1–3, or more than 2,000 nodes, is BAD_USER_INPUT.
   */
  neighbourhood: Maybe<Neighbourhood>;
  /**
   * Any node by its global id. Global ids are the graph ids as they are (`doc:10-KH/TW@tw:2022`,
   * `tw/ban-tuyen-giao`, `doc:10-KH/TW@tw:2022#3.2`, …); null when no node has that id.
   */
  node: Maybe<Node>;
  /** One organization by id; null when unknown, or when it did not exist on `asOf`. */
  organization: Maybe<Organization>;
  /** Organizations matching the filter, by id unless sorted. */
  organizations: OrganizationConnection;
  /** Counts of the organizations a filter matches, and grouped counts. */
  organizationsAggregate: OrganizationAggregate;
  /**
   * One-off tasks overdue at a date: due (deadline end) strictly before `at`, as `TaskFilter.overdueAt`,
   * and not recurring (a recurring task — `thường xuyên`, `hằng năm` — never falls behind once and
   * for all), nor closed by then (its document replaced or repealed: `Task.closedBy`); oldest
   * first, then by id.
   */
  overdue: TaskConnection;
  /**
   * Bodies a document told to issue their own programme or plan, and whether the graph holds it:
   * the leads (chủ trì) of tasks that ask for one (`xây dựng chương trình, kế hoạch…`, `cụ thể hoá
   * … bằng các chương trình, kế hoạch`), and the recipients one level below the document's (TW →
   * tỉnh → huyện → xã); organizations and groups only, groups listed and expanded to their known
   * members. A body has implemented when a document — not a copy (sao y) — implementing this
   * document or what it implements, directly or through the cascade, was issued by it or by a body
   * at its level that is part of it; a placeholder without issuer counts for the party committee of
   * its scope. NOT_FOUND (with `id`) for an unknown document.
   */
  pendingImplementations: Maybe<PendingImplementations>;
  /**
   * The plans a body still owes: for each ingested document that may expect a programme or plan
   * of it (it leads one of the document's tasks or receives it, itself or through a group it is a
   * member of), the document's pending check (`pendingImplementations`), kept where the body itself
   * is expected and has not implemented, and not for a document replaced or repealed by `asOf`
   * (`pendingImplementations.closedBy` says by what). By document id, at most 200 documents.
   */
  plansOwed: Array<PendingImplementations>;
  /**
   * Recipient coverage of one document, for auditors: was every body given a task (lead = chủ trì,
   * coordinator = phối hợp, reported to = báo cáo) also sent the document — listed in its Nơi nhận
   * directly, or through a group, a standing body, as the issuer or through the body a role belongs
   * to — and which recipients have no task. One Cypher statement.
   *
   * Unknown id: NOT_FOUND (`extensions.id`). A document only referenced by others (status
   * REFERENCED) has no text, hence no tasks and no Nơi nhận: BAD_USER_INPUT saying so.
   */
  recipientCoverage: Maybe<RecipientCoverage>;
  /**
   * Per body (lead), the tasks due in [from, to] and how they stand at `asOf` (today by default).
   * CSV: `/export/scorecard.csv`.
   */
  scorecard: Array<ScorecardRow>;
  /**
   * Accent-insensitive full-text search ("ban tuyen giao" finds "Ban Tuyên giáo") over document
   * titles, actor names, task texts and target metrics. Every word is required; Lucene syntax in
   * the text is taken literally. Best hits first, with the matched text highlighted.
   */
  search: SearchResult;
  /** Counts of the main node kinds, read from Neo4j. */
  stats: Stats;
  /**
   * Targets (chỉ tiêu) compared across jurisdictions: grouped by year and normalised metric (accents,
   * tone placement and punctuation ignored) with unit and per-year flag, one entry per document.
   */
  targets: TargetComparison;
  /**
   * Task counts (assigned, done on time, done late, overdue, open…) for the tasks the filter
   * matches, grouped by any of LEAD, JURISDICTION, LEVEL, YEAR, STATUS, DOCUMENT. Statuses as
   * `Task.status` derives them at `asOf`. At most 5,000 tasks (BAD_USER_INPUT with the number
   * matched: narrow the filter). CSV: `/export/task-stats.csv`.
   */
  taskStats: TaskStats;
  /** Tasks matching the filter, by id unless sorted. */
  tasks: TaskConnection;
  /**
   * Counts and due-date bounds of the tasks a filter matches, and counts grouped by the keys asked
   * for (the keys `taskStats` groups by, with the same meanings). A task with several leads counts
   * once in each lead's group. Grouped by STATUS, the status is the one `Task.status` and
   * `taskStats` derive at `asOf`, counted as `taskStats` counts it (at most 5,000 tasks then:
   * BAD_USER_INPUT with the number matched beyond that).
   */
  tasksAggregate: TaskAggregate;
  /**
   * Tasks by deadline: the end of the due interval ascending, then id, with keyset cursors. Tasks
   * without a due date are not on the timeline (`tasks` lists them). Due dates and recurrence mean
   * what they mean in `tasks` (TaskFilter).
   */
  timeline: TaskConnection;
  /** The API's users, revoked ones included. Admins only (FORBIDDEN otherwise). */
  users: Array<User>;
  /** Who the request's key stands for: role, clearance, scopes. */
  viewer: Viewer;
};


/**
 * Directive Graph: Vietnamese Party and State directive documents (nghị quyết, kế hoạch,
 * chương trình hành động, chỉ thị…) as a knowledge graph of documents, issuing bodies, tasks,
 * deadlines, targets and recipients. Every fact read from a document carries its evidence.
 *
 * Lists are Relay connections ordered by id unless `orderBy` says otherwise (stable across
 * pages); `first` defaults to 20 and
 * may not exceed 100 (BAD_USER_INPUT). Cursors are opaque.
 */
export type QueryAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  target?: InputMaybe<Scalars['String']['input']>;
  user?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Directive Graph: Vietnamese Party and State directive documents (nghị quyết, kế hoạch,
 * chương trình hành động, chỉ thị…) as a knowledge graph of documents, issuing bodies, tasks,
 * deadlines, targets and recipients. Every fact read from a document carries its evidence.
 *
 * Lists are Relay connections ordered by id unless `orderBy` says otherwise (stable across
 * pages); `first` defaults to 20 and
 * may not exceed 100 (BAD_USER_INPUT). Cursors are opaque.
 */
export type QueryCoordinationPartnersArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CoordinationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organization: Scalars['ID']['input'];
};


/**
 * Directive Graph: Vietnamese Party and State directive documents (nghị quyết, kế hoạch,
 * chương trình hành động, chỉ thị…) as a knowledge graph of documents, issuing bodies, tasks,
 * deadlines, targets and recipients. Every fact read from a document carries its evidence.
 *
 * Lists are Relay connections ordered by id unless `orderBy` says otherwise (stable across
 * pages); `first` defaults to 20 and
 * may not exceed 100 (BAD_USER_INPUT). Cursors are opaque.
 */
export type QueryCoordinationPathArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  throughGroups?: InputMaybe<Scalars['Boolean']['input']>;
  to: Scalars['ID']['input'];
};


/**
 * Directive Graph: Vietnamese Party and State directive documents (nghị quyết, kế hoạch,
 * chương trình hành động, chỉ thị…) as a knowledge graph of documents, issuing bodies, tasks,
 * deadlines, targets and recipients. Every fact read from a document carries its evidence.
 *
 * Lists are Relay connections ordered by id unless `orderBy` says otherwise (stable across
 * pages); `first` defaults to 20 and
 * may not exceed 100 (BAD_USER_INPUT). Cursors are opaque.
 */
export type QueryCoverageReportArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CoverageFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Directive Graph: Vietnamese Party and State directive documents (nghị quyết, kế hoạch,
 * chương trình hành động, chỉ thị…) as a knowledge graph of documents, issuing bodies, tasks,
 * deadlines, targets and recipients. Every fact read from a document carries its evidence.
 *
 * Lists are Relay connections ordered by id unless `orderBy` says otherwise (stable across
 * pages); `first` defaults to 20 and
 * may not exceed 100 (BAD_USER_INPUT). Cursors are opaque.
 */
export type QueryDocumentArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  number?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Directive Graph: Vietnamese Party and State directive documents (nghị quyết, kế hoạch,
 * chương trình hành động, chỉ thị…) as a knowledge graph of documents, issuing bodies, tasks,
 * deadlines, targets and recipients. Every fact read from a document carries its evidence.
 *
 * Lists are Relay connections ordered by id unless `orderBy` says otherwise (stable across
 * pages); `first` defaults to 20 and
 * may not exceed 100 (BAD_USER_INPUT). Cursors are opaque.
 */
export type QueryDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DocumentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DocumentOrder>;
  sort?: InputMaybe<DocumentSort>;
  where?: InputMaybe<DocumentWhere>;
};


/**
 * Directive Graph: Vietnamese Party and State directive documents (nghị quyết, kế hoạch,
 * chương trình hành động, chỉ thị…) as a knowledge graph of documents, issuing bodies, tasks,
 * deadlines, targets and recipients. Every fact read from a document carries its evidence.
 *
 * Lists are Relay connections ordered by id unless `orderBy` says otherwise (stable across
 * pages); `first` defaults to 20 and
 * may not exceed 100 (BAD_USER_INPUT). Cursors are opaque.
 */
export type QueryDocumentsAggregateArgs = {
  filter?: InputMaybe<DocumentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  groupBy?: InputMaybe<Array<DocumentGroupKey>>;
  where?: InputMaybe<DocumentWhere>;
};


/**
 * Directive Graph: Vietnamese Party and State directive documents (nghị quyết, kế hoạch,
 * chương trình hành động, chỉ thị…) as a knowledge graph of documents, issuing bodies, tasks,
 * deadlines, targets and recipients. Every fact read from a document carries its evidence.
 *
 * Lists are Relay connections ordered by id unless `orderBy` says otherwise (stable across
 * pages); `first` defaults to 20 and
 * may not exceed 100 (BAD_USER_INPUT). Cursors are opaque.
 */
export type QueryImplementationTreeArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  direction?: InputMaybe<CascadeDirection>;
  document: Scalars['ID']['input'];
};


/**
 * Directive Graph: Vietnamese Party and State directive documents (nghị quyết, kế hoạch,
 * chương trình hành động, chỉ thị…) as a knowledge graph of documents, issuing bodies, tasks,
 * deadlines, targets and recipients. Every fact read from a document carries its evidence.
 *
 * Lists are Relay connections ordered by id unless `orderBy` says otherwise (stable across
 * pages); `first` defaults to 20 and
 * may not exceed 100 (BAD_USER_INPUT). Cursors are opaque.
 */
export type QueryLateDerivedTasksArgs = {
  document?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Directive Graph: Vietnamese Party and State directive documents (nghị quyết, kế hoạch,
 * chương trình hành động, chỉ thị…) as a knowledge graph of documents, issuing bodies, tasks,
 * deadlines, targets and recipients. Every fact read from a document carries its evidence.
 *
 * Lists are Relay connections ordered by id unless `orderBy` says otherwise (stable across
 * pages); `first` defaults to 20 and
 * may not exceed 100 (BAD_USER_INPUT). Cursors are opaque.
 */
export type QueryNeighbourhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  node: Scalars['ID']['input'];
};


/**
 * Directive Graph: Vietnamese Party and State directive documents (nghị quyết, kế hoạch,
 * chương trình hành động, chỉ thị…) as a knowledge graph of documents, issuing bodies, tasks,
 * deadlines, targets and recipients. Every fact read from a document carries its evidence.
 *
 * Lists are Relay connections ordered by id unless `orderBy` says otherwise (stable across
 * pages); `first` defaults to 20 and
 * may not exceed 100 (BAD_USER_INPUT). Cursors are opaque.
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Directive Graph: Vietnamese Party and State directive documents (nghị quyết, kế hoạch,
 * chương trình hành động, chỉ thị…) as a knowledge graph of documents, issuing bodies, tasks,
 * deadlines, targets and recipients. Every fact read from a document carries its evidence.
 *
 * Lists are Relay connections ordered by id unless `orderBy` says otherwise (stable across
 * pages); `first` defaults to 20 and
 * may not exceed 100 (BAD_USER_INPUT). Cursors are opaque.
 */
export type QueryOrganizationArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Directive Graph: Vietnamese Party and State directive documents (nghị quyết, kế hoạch,
 * chương trình hành động, chỉ thị…) as a knowledge graph of documents, issuing bodies, tasks,
 * deadlines, targets and recipients. Every fact read from a document carries its evidence.
 *
 * Lists are Relay connections ordered by id unless `orderBy` says otherwise (stable across
 * pages); `first` defaults to 20 and
 * may not exceed 100 (BAD_USER_INPUT). Cursors are opaque.
 */
export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<OrganizationSort>;
  where?: InputMaybe<OrganizationWhere>;
};


/**
 * Directive Graph: Vietnamese Party and State directive documents (nghị quyết, kế hoạch,
 * chương trình hành động, chỉ thị…) as a knowledge graph of documents, issuing bodies, tasks,
 * deadlines, targets and recipients. Every fact read from a document carries its evidence.
 *
 * Lists are Relay connections ordered by id unless `orderBy` says otherwise (stable across
 * pages); `first` defaults to 20 and
 * may not exceed 100 (BAD_USER_INPUT). Cursors are opaque.
 */
export type QueryOrganizationsAggregateArgs = {
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  groupBy?: InputMaybe<Array<OrganizationGroupKey>>;
  where?: InputMaybe<OrganizationWhere>;
};


/**
 * Directive Graph: Vietnamese Party and State directive documents (nghị quyết, kế hoạch,
 * chương trình hành động, chỉ thị…) as a knowledge graph of documents, issuing bodies, tasks,
 * deadlines, targets and recipients. Every fact read from a document carries its evidence.
 *
 * Lists are Relay connections ordered by id unless `orderBy` says otherwise (stable across
 * pages); `first` defaults to 20 and
 * may not exceed 100 (BAD_USER_INPUT). Cursors are opaque.
 */
export type QueryOverdueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  at: Scalars['String']['input'];
  filter?: InputMaybe<TimelineFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Directive Graph: Vietnamese Party and State directive documents (nghị quyết, kế hoạch,
 * chương trình hành động, chỉ thị…) as a knowledge graph of documents, issuing bodies, tasks,
 * deadlines, targets and recipients. Every fact read from a document carries its evidence.
 *
 * Lists are Relay connections ordered by id unless `orderBy` says otherwise (stable across
 * pages); `first` defaults to 20 and
 * may not exceed 100 (BAD_USER_INPUT). Cursors are opaque.
 */
export type QueryPendingImplementationsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  document: Scalars['ID']['input'];
};


/**
 * Directive Graph: Vietnamese Party and State directive documents (nghị quyết, kế hoạch,
 * chương trình hành động, chỉ thị…) as a knowledge graph of documents, issuing bodies, tasks,
 * deadlines, targets and recipients. Every fact read from a document carries its evidence.
 *
 * Lists are Relay connections ordered by id unless `orderBy` says otherwise (stable across
 * pages); `first` defaults to 20 and
 * may not exceed 100 (BAD_USER_INPUT). Cursors are opaque.
 */
export type QueryPlansOwedArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  body: Scalars['ID']['input'];
};


/**
 * Directive Graph: Vietnamese Party and State directive documents (nghị quyết, kế hoạch,
 * chương trình hành động, chỉ thị…) as a knowledge graph of documents, issuing bodies, tasks,
 * deadlines, targets and recipients. Every fact read from a document carries its evidence.
 *
 * Lists are Relay connections ordered by id unless `orderBy` says otherwise (stable across
 * pages); `first` defaults to 20 and
 * may not exceed 100 (BAD_USER_INPUT). Cursors are opaque.
 */
export type QueryRecipientCoverageArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  document: Scalars['ID']['input'];
};


/**
 * Directive Graph: Vietnamese Party and State directive documents (nghị quyết, kế hoạch,
 * chương trình hành động, chỉ thị…) as a knowledge graph of documents, issuing bodies, tasks,
 * deadlines, targets and recipients. Every fact read from a document carries its evidence.
 *
 * Lists are Relay connections ordered by id unless `orderBy` says otherwise (stable across
 * pages); `first` defaults to 20 and
 * may not exceed 100 (BAD_USER_INPUT). Cursors are opaque.
 */
export type QueryScorecardArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


/**
 * Directive Graph: Vietnamese Party and State directive documents (nghị quyết, kế hoạch,
 * chương trình hành động, chỉ thị…) as a knowledge graph of documents, issuing bodies, tasks,
 * deadlines, targets and recipients. Every fact read from a document carries its evidence.
 *
 * Lists are Relay connections ordered by id unless `orderBy` says otherwise (stable across
 * pages); `first` defaults to 20 and
 * may not exceed 100 (BAD_USER_INPUT). Cursors are opaque.
 */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
  to?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<SearchType>>;
};


/**
 * Directive Graph: Vietnamese Party and State directive documents (nghị quyết, kế hoạch,
 * chương trình hành động, chỉ thị…) as a knowledge graph of documents, issuing bodies, tasks,
 * deadlines, targets and recipients. Every fact read from a document carries its evidence.
 *
 * Lists are Relay connections ordered by id unless `orderBy` says otherwise (stable across
 * pages); `first` defaults to 20 and
 * may not exceed 100 (BAD_USER_INPUT). Cursors are opaque.
 */
export type QueryTargetsArgs = {
  filter?: InputMaybe<TargetFilter>;
};


/**
 * Directive Graph: Vietnamese Party and State directive documents (nghị quyết, kế hoạch,
 * chương trình hành động, chỉ thị…) as a knowledge graph of documents, issuing bodies, tasks,
 * deadlines, targets and recipients. Every fact read from a document carries its evidence.
 *
 * Lists are Relay connections ordered by id unless `orderBy` says otherwise (stable across
 * pages); `first` defaults to 20 and
 * may not exceed 100 (BAD_USER_INPUT). Cursors are opaque.
 */
export type QueryTaskStatsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  dueSoonDays?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<TaskFilter>;
  groupBy?: Array<TaskGroupBy>;
};


/**
 * Directive Graph: Vietnamese Party and State directive documents (nghị quyết, kế hoạch,
 * chương trình hành động, chỉ thị…) as a knowledge graph of documents, issuing bodies, tasks,
 * deadlines, targets and recipients. Every fact read from a document carries its evidence.
 *
 * Lists are Relay connections ordered by id unless `orderBy` says otherwise (stable across
 * pages); `first` defaults to 20 and
 * may not exceed 100 (BAD_USER_INPUT). Cursors are opaque.
 */
export type QueryTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<TaskSort>;
  where?: InputMaybe<TaskWhere>;
};


/**
 * Directive Graph: Vietnamese Party and State directive documents (nghị quyết, kế hoạch,
 * chương trình hành động, chỉ thị…) as a knowledge graph of documents, issuing bodies, tasks,
 * deadlines, targets and recipients. Every fact read from a document carries its evidence.
 *
 * Lists are Relay connections ordered by id unless `orderBy` says otherwise (stable across
 * pages); `first` defaults to 20 and
 * may not exceed 100 (BAD_USER_INPUT). Cursors are opaque.
 */
export type QueryTasksAggregateArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  dueSoonDays?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  groupBy?: InputMaybe<Array<TaskGroupKey>>;
  where?: InputMaybe<TaskWhere>;
};


/**
 * Directive Graph: Vietnamese Party and State directive documents (nghị quyết, kế hoạch,
 * chương trình hành động, chỉ thị…) as a knowledge graph of documents, issuing bodies, tasks,
 * deadlines, targets and recipients. Every fact read from a document carries its evidence.
 *
 * Lists are Relay connections ordered by id unless `orderBy` says otherwise (stable across
 * pages); `first` defaults to 20 and
 * may not exceed 100 (BAD_USER_INPUT). Cursors are opaque.
 */
export type QueryTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TimelineFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A document an organization receives. */
export type ReceivedDocument = {
  __typename?: 'ReceivedDocument';
  /** The document. */
  document: Document;
  /** Where the recipient (the organization or the group) is listed. */
  evidence: Evidence;
  /** What it is sent for as written (`báo cáo`, `lưu`…); null for plain action. */
  purpose: Maybe<Scalars['String']['output']>;
  /** The group it is sent to that admits the organization; null when sent to it directly. */
  via: Maybe<OrgGroup>;
};

/** Recipient coverage of one document. */
export type RecipientCoverage = {
  __typename?: 'RecipientCoverage';
  /** Every distinct actor with a role in a task, in the order its first task appears. */
  bodies: Array<BodyCoverage>;
  /** The document audited. */
  document: Document;
  /** Why there is little to check: a certified copy (sao y) whose tasks are the original's, or no task actor. */
  note: Maybe<Scalars['String']['output']>;
  /** Publication lines (`Đăng website`): not a body, so neither covering nor lacking a task. */
  publications: Array<RecipientEdge>;
  /** The recipient lines (Nơi nhận), in the document's order; publication lines excluded. */
  recipients: Array<RecipientEdge>;
  /**
   * Recipient lines that are neither an actor of a task nor a recipient some task actor is covered
   * through (archive lines `lưu` included, with their purpose). Publication lines are not here.
   */
  recipientsWithoutTask: Array<RecipientEdge>;
  /** The figures. */
  summary: CoverageSummary;
};

/** A recipient of a document (Nơi nhận). */
export type RecipientEdge = {
  __typename?: 'RecipientEdge';
  /** The body, group or person the document is sent to. */
  actor: Actor;
  /** Where the recipient is listed. */
  evidence: Evidence;
  /** What it is sent for as written (`báo cáo`, `lưu`, `đăng tải`…); null for plain action. */
  purpose: Maybe<Scalars['String']['output']>;
};

/** A body carrying another's duties on a date, and the successions that lead to it. */
export type ResponsibleBody = {
  __typename?: 'ResponsibleBody';
  /** The successions followed, oldest first; empty when the body itself still exists. */
  chain: Array<SuccessionStep>;
  /** The body of that date. */
  organization: Organization;
};

/** A position rather than a body (`Bí thư Huyện ủy`). */
export type Role = Actor & Node & {
  __typename?: 'Role';
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Always ROLE. */
  kind: ActorKind;
  /** The position as written. */
  name: Scalars['String']['output'];
};

/** One body's record over a period. */
export type ScorecardRow = {
  __typename?: 'ScorecardRow';
  /** Its tasks due in the period, by where they stand at `asOf`. */
  counts: TaskCounts;
  /** The body (a lead). */
  lead: Maybe<Actor>;
  /** Its id. */
  leadId: Maybe<Scalars['ID']['output']>;
  /** Its name. */
  leadName: Maybe<Scalars['String']['output']>;
  /** Done on time over its tasks due in the period (0–1). */
  onTimeRate: Maybe<Scalars['Float']['output']>;
};

/** A node that matches, with the matching text. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** Opaque position of this hit (for `after`). */
  cursor: Scalars['String']['output'];
  /** Where the query's words occur in `snippet` (compared without diacritics). */
  highlights: Array<TextRange>;
  /** The document, actor, task or target. */
  node: Node;
  /** Relevance as the full-text index scores it. */
  score: Scalars['Float']['output'];
  /** Up to 200 characters of the matched text (title, name, task text or metric) around the first match. */
  snippet: Scalars['String']['output'];
};

/** The best hits of a search. */
export type SearchResult = {
  __typename?: 'SearchResult';
  /** The hits, best first (ties by id). */
  hits: Array<SearchHit>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many nodes match, over all types asked for. */
  totalCount: Scalars['Int']['output'];
};

/** What search looks in. */
export type SearchType =
  /** Document titles. */
  | 'DOCUMENT'
  /** Group names. */
  | 'GROUP'
  /** Organization names. */
  | 'ORGANIZATION'
  /** Person names. */
  | 'PERSON'
  /** Target metrics. */
  | 'TARGET'
  /** Task texts. */
  | 'TASK';

/** A secrecy mark (độ mật) stamped in a document's header. */
export type SecrecyLevel =
  /** Mật (level 1). */
  | 'MAT'
  /** Tối mật (level 2). */
  | 'TOI_MAT'
  /** Tuyệt mật (level 3). */
  | 'TUYET_MAT';

/** A task two actors share, with each one's role and the evidence of both links. */
export type SharedTask = {
  __typename?: 'SharedTask';
  /** How they share it, seen from the first actor. */
  direction: CoordinationDirection;
  /** The document that sets the task. */
  document: Document;
  /** Where the text names the first actor in this role. */
  evidence: Evidence;
  /** Where the text names the partner in its role. */
  partnerEvidence: Evidence;
  /** The partner's role (or the hop's `to`). */
  partnerRole: TaskRole;
  /** The first actor's role (the organization asked about, or the hop's `from`). */
  role: TaskRole;
  /** The task. */
  task: Task;
};

/** Which way a sort runs. */
export type SortDirection =
  /** Smallest first; a missing value first. */
  | 'ASC'
  /** Largest first; a missing value last. */
  | 'DESC';

/** A page of a PDF or image. */
export type SourcePage = {
  __typename?: 'SourcePage';
  /** Mean OCR word confidence, 0–100 (OCR pages only). */
  confidence: Maybe<Scalars['Float']['output']>;
  /** Height in the page's units. */
  height: Scalars['Float']['output'];
  /** Whether its text came from OCR (else the PDF's text layer). */
  ocr: Scalars['Boolean']['output'];
  /** 1-based. */
  page: Scalars['Int']['output'];
  /** Width in the page's units (PDF points, image pixels). */
  width: Scalars['Float']['output'];
};

/** Counts of what the graph holds. */
export type Stats = {
  __typename?: 'Stats';
  /** Documents, ingested or only referenced by another document. */
  documents: Scalars['Int']['output'];
  /** Documents whose text has been ingested. */
  ingestedDocuments: Scalars['Int']['output'];
  /** Organizations (issuing bodies, task actors, recipients). */
  organizations: Scalars['Int']['output'];
  /** Tasks (nhiệm vụ) read from documents. */
  tasks: Scalars['Int']['output'];
};

/** One thing a status rests on, the deciding one first. */
export type StatusEvidence = {
  __typename?: 'StatusEvidence';
  /** What the report's item answers: the section and the task's words it quotes. */
  answers: Maybe<Scalars['String']['output']>;
  /** The document that replaced or repealed the task's, for CLOSURE. */
  closedBy: Maybe<Document>;
  /** When the report says the task was completed (ISO date). */
  completedOn: Maybe<Scalars['String']['output']>;
  /** What the report says was done. */
  done: Maybe<Scalars['String']['output']>;
  /** The passage it was read from (the report's item, the replacing clause), when from text. */
  evidence: Maybe<Evidence>;
  /** In words: `report 85-BC/BTGTW says it was done on 2022-08-25 (due 2022-08-31)`. */
  explanation: Scalars['String']['output'];
  /** The report, for REPORT. */
  report: Maybe<Document>;
  /** What kind of fact it is. */
  source: StatusSource;
  /** The manual update, for MANUAL. */
  update: Maybe<TaskStatusUpdate>;
};

/** What a status rests on. */
export type StatusSource =
  /** The task's document was replaced or repealed (REPLACES / REPEALS). */
  | 'CLOSURE'
  /** Its due date against the date asked. */
  | 'DEADLINE'
  /** A manual update (updateTaskStatus). */
  | 'MANUAL'
  /** A report (báo cáo) that answers the task (REPORTS_ON). */
  | 'REPORT';

/**
 * Operators on a string field. `eq` and `in` compare exactly (served by the field's index where it
 * has one); `startsWith` and `contains` compare without case and diacritics (`tuyen giao` meets
 * `Tuyên giáo`). All given operators apply.
 */
export type StringWhere = {
  /** Contains this text, without case and diacritics. */
  contains?: InputMaybe<Scalars['String']['input']>;
  /** Exactly this value. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** One of these values. */
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Starts with this text, without case and diacritics. */
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

/**
 * The change feed for integrators, over WebSocket (`ws://…/graphql`, protocol `graphql-transport-ws`
 * of the `graphql-ws` library). Events are what this API process writes: `ingestDocument` and
 * `updateTaskStatus` (the CLI's ingests, in another process, are not seen).
 */
export type Subscription = {
  __typename?: 'Subscription';
  /** A document was ingested through this API (filter: all given must match). */
  documentIngested: DocumentIngestedEvent;
  /** A task's status was set by hand (updateTaskStatus); of one task or one document when given. */
  taskStatusChanged: TaskStatusUpdate;
  /** The tasks due from today to `withinDays` ahead: now, then again after every change. */
  tasksDueSoon: Array<Task>;
};


/**
 * The change feed for integrators, over WebSocket (`ws://…/graphql`, protocol `graphql-transport-ws`
 * of the `graphql-ws` library). Events are what this API process writes: `ingestDocument` and
 * `updateTaskStatus` (the CLI's ingests, in another process, are not seen).
 */
export type SubscriptionDocumentIngestedArgs = {
  filter?: InputMaybe<DocumentEventFilter>;
};


/**
 * The change feed for integrators, over WebSocket (`ws://…/graphql`, protocol `graphql-transport-ws`
 * of the `graphql-ws` library). Events are what this API process writes: `ingestDocument` and
 * `updateTaskStatus` (the CLI's ingests, in another process, are not seen).
 */
export type SubscriptionTaskStatusChangedArgs = {
  document?: InputMaybe<Scalars['ID']['input']>;
  task?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The change feed for integrators, over WebSocket (`ws://…/graphql`, protocol `graphql-transport-ws`
 * of the `graphql-ws` library). Events are what this API process writes: `ingestDocument` and
 * `updateTaskStatus` (the CLI's ingests, in another process, are not seen).
 */
export type SubscriptionTasksDueSoonArgs = {
  withinDays?: InputMaybe<Scalars['Int']['input']>;
};

/** One succession between two bodies, with the document that decided it. */
export type Succession = {
  __typename?: 'Succession';
  /** The deciding document, as it names itself. */
  basis: Scalars['String']['output'];
  /** The day the successor took over (ISO date). */
  date: Scalars['String']['output'];
  /** The other body: the successor under `successors`, the predecessor under `predecessors`. */
  organization: Organization;
  /** Whole or part. */
  share: SuccessionShare;
  /** Where the basis was checked (a URL or the data set), when not the basis itself. */
  source: Maybe<Scalars['String']['output']>;
};

/** How much of a body's duties its successor took. */
export type SuccessionShare =
  /** A part (a district's remaining duties to the province; the rest went to the communes). */
  | 'PART'
  /** All of them (a province merged whole into the new one). */
  | 'WHOLE';

/** One step of a chain of successions. */
export type SuccessionStep = {
  __typename?: 'SuccessionStep';
  /** The deciding document. */
  basis: Scalars['String']['output'];
  /** The day it took over (ISO date). */
  date: Scalars['String']['output'];
  /** The body that ended. */
  from: Organization;
  /** Whole or part. */
  share: SuccessionShare;
  /** The body that took over. */
  to: Organization;
};

/** A quantified target a document sets (chỉ tiêu). */
export type Target = Node & {
  __typename?: 'Target';
  /** Where the target is stated. */
  evidence: Evidence;
  /** Stable id: the document id and the target's ordinal. */
  id: Scalars['ID']['output'];
  /** Upper bound of a range. */
  max: Maybe<Scalars['Float']['output']>;
  /** What is measured. */
  metric: Scalars['String']['output'];
  /** Lower bound of a range. */
  min: Maybe<Scalars['Float']['output']>;
  /** Whether the value is per year. */
  perYear: Scalars['Boolean']['output'];
  /** Qualifier as read (`about`, `at least`…). */
  qualifier: Maybe<Scalars['String']['output']>;
  /** Unit of the value. */
  unit: Maybe<Scalars['String']['output']>;
  /** The value, when a single one is given. */
  value: Maybe<Scalars['Float']['output']>;
  /** Year the target is set for. */
  year: Maybe<Scalars['Int']['output']>;
};

/** Targets grouped for comparison. */
export type TargetComparison = {
  __typename?: 'TargetComparison';
  /** The groups: by year, then metric key. */
  groups: Array<TargetGroup>;
  /** How many groups hold targets of more than one document. */
  sharedCount: Scalars['Int']['output'];
};

/** A target and where it was set. */
export type TargetEntry = {
  __typename?: 'TargetEntry';
  /** The document that sets it. */
  document: Document;
  /** Jurisdiction of the document (`tw`, province, `province/district`); null when the graph does not know it. */
  jurisdiction: Maybe<Scalars['String']['output']>;
  /** Level of the document, as the graph knows it. */
  level: Maybe<Scalars['String']['output']>;
  /** The target (value, range, unit, qualifier, evidence). */
  target: Target;
};

/** Which targets to compare. */
export type TargetFilter = {
  /** Only targets set by these documents. */
  documents?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Level of the setting document: `TW`, `tinh`, `huyen` or `xa` (else BAD_USER_INPUT). */
  level?: InputMaybe<Scalars['String']['input']>;
  /** Words of the metric, accent-insensitive (`hop tac xa`). */
  metric?: InputMaybe<Scalars['String']['input']>;
  /** Province id of the setting document. */
  province?: InputMaybe<Scalars['String']['input']>;
  /** Year the targets are set for (e.g. 2030). */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Targets of one year and one normalised metric, one entry per setting target. */
export type TargetGroup = {
  __typename?: 'TargetGroup';
  /** The targets, widest level first, then by document. */
  entries: Array<TargetEntry>;
  /** The grouping key: year, folded metric, folded unit, `per-year` or `total`. */
  key: Scalars['String']['output'];
  /** The metric as the first entry writes it. */
  metric: Scalars['String']['output'];
  /** Whether the values are per year. */
  perYear: Scalars['Boolean']['output'];
  /** Unit of the values. */
  unit: Maybe<Scalars['String']['output']>;
  /** Year the targets are set for. */
  year: Maybe<Scalars['Int']['output']>;
};

/** A task (nhiệm vụ) a document sets, with who leads, coordinates and is reported to. */
export type Task = Node & {
  __typename?: 'Task';
  /**
   * What had closed the task by `asOf` (ISO date; default today): the documents that replaced or
   * repealed its document by then, earliest first. Empty while it is open. A closed task is
   * `CLOSED` in `status`, `taskStats` and `tasksAggregate`, and is in no overdue list (`overdue`,
   * `TaskFilter.overdueAt`).
   */
  closedBy: Array<Closure>;
  /** Who coordinates (phối hợp). */
  coordinators: Array<ActorEdge>;
  /** The deadline, when the text gives one (or the task inherits its section's). */
  deadline: Maybe<Deadline>;
  /** The tasks of upper documents this task restates (DERIVED_FROM), best score first. */
  derivedFrom: Array<TaskLineage>;
  /** The tasks of lower documents that restate this one, transitively (up to 4 hops), highest level first. */
  derivedTasks: Array<TaskLineage>;
  /** The document that sets it. */
  document: Document;
  /** Where the task is stated. */
  evidence: Evidence;
  /** Stable id: the document id and the task's outline path (`doc:10-KH/TW@tw:2022#3.2`). */
  id: Scalars['ID']['output'];
  /** Who leads (chủ trì, or the sole assignee). */
  leads: Array<ActorEdge>;
  /** The reports that answer this task, with what each says. */
  reports: Array<StatusEvidence>;
  /** Who the results are reported to. */
  reportsTo: Array<ActorEdge>;
  /**
   * The bodies responsible for the task today: each lead (chủ trì) followed through its
   * successions to the bodies of today, with the chain as evidence.
   */
  responsibleNow: Array<ResponsibleBody>;
  /** The roles an actor plays in this task (empty when none). */
  rolesOf: Array<TaskRole>;
  /** Section number as printed (`IV.3`). */
  section: Scalars['String']['output'];
  /** Titles of the enclosing sections, outermost first. */
  sectionTitles: Array<Scalars['String']['output']>;
  /**
   * Where the task stands at `asOf` (today by default): a manual update first, then CLOSED when its
   * document was replaced or repealed, then what reports issued by then say, then its due date.
   */
  status: TaskStatus;
  /** What `status` rests on, the deciding fact first (same arguments). */
  statusEvidence: Array<StatusEvidence>;
  /** Every manual update of this task, oldest first. */
  statusHistory: Array<TaskStatusUpdate>;
  /** The task's text. */
  text: Scalars['String']['output'];
};


/** A task (nhiệm vụ) a document sets, with who leads, coordinates and is reported to. */
export type TaskClosedByArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A task (nhiệm vụ) a document sets, with who leads, coordinates and is reported to. */
export type TaskRolesOfArgs = {
  actor: Scalars['ID']['input'];
};


/** A task (nhiệm vụ) a document sets, with who leads, coordinates and is reported to. */
export type TaskStatusArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  dueSoonDays?: InputMaybe<Scalars['Int']['input']>;
};


/** A task (nhiệm vụ) a document sets, with who leads, coordinates and is reported to. */
export type TaskStatusEvidenceArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  dueSoonDays?: InputMaybe<Scalars['Int']['input']>;
};

/** Counts of tasks. */
export type TaskAggregate = {
  __typename?: 'TaskAggregate';
  /** How many tasks match. */
  count: Scalars['Int']['output'];
  /** The latest due date among them. */
  dueEndMax: Maybe<Scalars['String']['output']>;
  /** The earliest due date among them. */
  dueEndMin: Maybe<Scalars['String']['output']>;
  /** Counts per group, largest first (ties by key). */
  groups: Array<TaskGroup>;
};

/** A page of tasks. */
export type TaskConnection = {
  __typename?: 'TaskConnection';
  /** The tasks of this page. */
  edges: Array<TaskEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** How many tasks match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** How many tasks stand where. */
export type TaskCounts = {
  __typename?: 'TaskCounts';
  /** Tasks counted. */
  assigned: Scalars['Int']['output'];
  /** Their document was replaced or repealed. */
  closed: Scalars['Int']['output'];
  /** Done after their due date. */
  doneLate: Scalars['Int']['output'];
  /** Done by their due date (a report says so, or a manual update). */
  doneOnTime: Scalars['Int']['output'];
  /** Due within `dueSoonDays`. */
  dueSoon: Scalars['Int']['output'];
  /** Not due yet (or no end date). */
  notDue: Scalars['Int']['output'];
  /** Still to do and not overdue: not due or due soon. */
  open: Scalars['Int']['output'];
  /** Past due and not reported done. */
  overdue: Scalars['Int']['output'];
};

/** A task in a page. */
export type TaskEdge = {
  __typename?: 'TaskEdge';
  /** Opaque position of this edge (for `after`). */
  cursor: Scalars['String']['output'];
  /** The task. */
  node: Task;
};

/** What tasks must match. */
export type TaskFilter = {
  /** Id of an actor that leads, coordinates or is reported to. */
  anyActor?: InputMaybe<Scalars['ID']['input']>;
  /** Id of an actor that coordinates on them. */
  coordinator?: InputMaybe<Scalars['ID']['input']>;
  /** Id of the document that sets them. */
  document?: InputMaybe<Scalars['ID']['input']>;
  /** Due (deadline end) on or after this date (ISO `YYYY-MM-DD`). */
  dueFrom?: InputMaybe<Scalars['String']['input']>;
  /** Due (deadline end) on or before this date (ISO `YYYY-MM-DD`). */
  dueTo?: InputMaybe<Scalars['String']['input']>;
  /** Id of an actor that leads them. */
  lead?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Due strictly before this date (the graph records no completion, so this is the date test), and
   * not closed by then: a task whose document a newer one replaced or repealed (`Task.closedBy`) is
   * left out.
   */
  overdueAt?: InputMaybe<Scalars['String']['input']>;
  /** true: recurring tasks only; false: one-off only. */
  recurring?: InputMaybe<Scalars['Boolean']['input']>;
  /** Accent-insensitive words of the task text (`tuyen truyen`), all required. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** The tasks of one group; a key not grouped by is null. */
export type TaskGroup = {
  __typename?: 'TaskGroup';
  /** How many tasks. */
  count: Scalars['Int']['output'];
  /** The document's id. */
  document: Maybe<Scalars['ID']['output']>;
  /** The latest due date in the group. */
  dueEndMax: Maybe<Scalars['String']['output']>;
  /** The earliest due date in the group. */
  dueEndMin: Maybe<Scalars['String']['output']>;
  /** The document's jurisdiction. */
  jurisdiction: Maybe<Scalars['String']['output']>;
  /** The lead's id. */
  lead: Maybe<Scalars['ID']['output']>;
  /** The document's level. */
  level: Maybe<Scalars['String']['output']>;
  /** The task's status at `asOf` (a TaskStatus value). */
  status: Maybe<Scalars['String']['output']>;
  /** The year due. */
  year: Maybe<Scalars['Int']['output']>;
};

/** What tasks can be grouped by in `taskStats`. */
export type TaskGroupBy =
  /** The task's document. */
  | 'DOCUMENT'
  /** The jurisdiction of the task's document (`tw`, a province, `province/district`). */
  | 'JURISDICTION'
  /** The body that leads (a task with several leads counts under each). */
  | 'LEAD'
  /** The level of the task's document. */
  | 'LEVEL'
  /** The task's status at `asOf`. */
  | 'STATUS'
  /** The year the task falls due (null: no end date). */
  | 'YEAR';

/** What tasks can be grouped by. */
export type TaskGroupKey =
  /** The id of the task's document. */
  | 'DOCUMENT'
  /** The jurisdiction of the task's document: `tw`, a province id or `province/district`. */
  | 'JURISDICTION'
  /** The id of a lead (LED_BY); null for tasks without one. */
  | 'LEAD'
  /** The level of the task's document: `TW`, `tinh`, `huyen` or `xa`. */
  | 'LEVEL'
  /** The task's status at `asOf`, as `Task.status` derives it (NOT_DUE, DUE_SOON, OVERDUE…). */
  | 'STATUS'
  /** The year the task falls due (deadline end); null for tasks without a date. */
  | 'YEAR';

/**
 * One hop of lineage down the cascade: a lower document's task (`derived`) restating an upper
 * document's task (`source`), with how closely (score) and the evidence of both.
 */
export type TaskLineage = {
  __typename?: 'TaskLineage';
  /** Whether the derived task falls due after its source (deadline consistency). */
  deadlineLater: Scalars['Boolean']['output'];
  /** Hops from the task asked about (1 for a direct restatement). */
  depth: Scalars['Int']['output'];
  /** The task that restates (in the lower document). */
  derived: Task;
  /** The derived task's due date (ISO). */
  derivedDeadline: Maybe<Scalars['String']['output']>;
  /** The derived task's passage. */
  derivedEvidence: Evidence;
  /** Whether the lower document implements the upper one itself. */
  direct: Scalars['Boolean']['output'];
  /** Where the lower document says what it implements. */
  implementsQuote: Maybe<Scalars['String']['output']>;
  /** Level of the derived task's document (`TW`, `tinh`, `huyen`, `xa`). */
  level: Maybe<Scalars['String']['output']>;
  /** How closely the texts agree: TF-IDF cosine of their words and word pairs, diacritics folded (0–1). */
  score: Scalars['Float']['output'];
  /** Runs of four or more words both say, as the derived task writes them, longest first. */
  sharedPhrases: Array<Scalars['String']['output']>;
  /** The task it restates (in the upper document). */
  source: Task;
  /** The source task's due date (ISO). */
  sourceDeadline: Maybe<Scalars['String']['output']>;
  /** The source task's passage. */
  sourceEvidence: Evidence;
  /** Where the upper document says the same (when both implement a third). */
  sourceImplementsQuote: Maybe<Scalars['String']['output']>;
  /** The document carried out: the upper one itself, or one both documents implement. */
  via: Maybe<Document>;
};

/** A role in a task. */
export type TaskRole =
  /** Coordinates on it (COORDINATES_WITH). */
  | 'COORDINATOR'
  /** Leads it (LED_BY). */
  | 'LEAD'
  /** Receives its report (REPORTS_TO). */
  | 'REPORTED_TO';

/** A sort of tasks. */
export type TaskSort = {
  /** Which way (ascending unless told). */
  direction?: InputMaybe<SortDirection>;
  /** The field or count to sort by. */
  field: TaskSortField;
};

/** What tasks can be sorted by; ties go by id. */
export type TaskSortField =
  /** How many coordinators it has. */
  | 'COORDINATOR_COUNT'
  /** The id of the document that sets it. */
  | 'DOCUMENT'
  /** End of the deadline interval. */
  | 'DUE_END'
  /** Start of the deadline interval. */
  | 'DUE_START'
  /** The id. */
  | 'ID'
  /** How many leads it has. */
  | 'LEAD_COUNT'
  /** The section number as printed. */
  | 'SECTION'
  /** The text. */
  | 'TEXT';

/** Task counts for a filter, in all and per group. */
export type TaskStats = {
  __typename?: 'TaskStats';
  /** The date the statuses are judged at. */
  asOf: Scalars['String']['output'];
  /** Counts per group, in the order of the grouped values (nulls last). */
  groups: Array<TaskStatsGroup>;
  /** Tasks the filter matched. */
  matched: Scalars['Int']['output'];
  /** Counts over every matched task (each once). */
  totals: TaskCounts;
};

/** One group of `taskStats`: the values it is grouped by (null for those not asked), and its counts. */
export type TaskStatsGroup = {
  __typename?: 'TaskStatsGroup';
  /** The counts of the group. */
  counts: TaskCounts;
  /** When grouped by DOCUMENT. */
  document: Maybe<Document>;
  /** When grouped by JURISDICTION. */
  jurisdiction: Maybe<Scalars['String']['output']>;
  /** The lead, when grouped by LEAD (null: tasks with no lead). */
  lead: Maybe<Actor>;
  /** The lead's id, when grouped by LEAD. */
  leadId: Maybe<Scalars['ID']['output']>;
  /** The lead's name, when grouped by LEAD. */
  leadName: Maybe<Scalars['String']['output']>;
  /** When grouped by LEVEL. */
  level: Maybe<Scalars['String']['output']>;
  /** When grouped by STATUS. */
  status: Maybe<TaskStatus>;
  /** When grouped by YEAR. */
  year: Maybe<Scalars['Int']['output']>;
};

/** Where a task stands (derived; see `Task.status`). */
export type TaskStatus =
  /** Its document was replaced or repealed by a newer one. */
  | 'CLOSED'
  /** A report says it was done after its due date. */
  | 'DONE_LATE'
  /** A report says it was done by its due date (or it has none). */
  | 'DONE_ON_TIME'
  /** Due within the window asked (`dueSoonDays`, 30 by default). */
  | 'DUE_SOON'
  /** Not yet due: its due date is further than the window asked, or it has no end date. */
  | 'NOT_DUE'
  /** Past its due date, and no report says it was done. */
  | 'OVERDUE';

/** A manual status update: who set what, when and why. Never overwritten; the latest counts. */
export type TaskStatusUpdate = {
  __typename?: 'TaskStatusUpdate';
  /** When (ISO date-time, UTC). */
  at: Scalars['String']['output'];
  /** Who, as given (`by`). */
  by: Maybe<Scalars['String']['output']>;
  /** What it rests on (a document number, a link, a passage), as given. */
  evidence: Maybe<Scalars['String']['output']>;
  /** Stable id of this update. */
  id: Scalars['ID']['output'];
  /** Which key wrote it: the user's id (`user:…`), or `env` for the shared API_KEY (before users: the first 12 hex digits of the key's SHA-256). */
  keyId: Maybe<Scalars['String']['output']>;
  /** Why. */
  note: Scalars['String']['output'];
  /** The status set. */
  status: TaskStatus;
  /** The task, when it is still in the graph. */
  task: Maybe<Task>;
  /** The task's id (kept even when its document is ingested again). */
  taskId: Scalars['ID']['output'];
};

/** A composable condition on tasks (see DocumentWhere for how conditions combine and are bounded). */
export type TaskWhere = {
  /** All of these. */
  AND?: InputMaybe<Array<TaskWhere>>;
  /** Not this. */
  NOT?: InputMaybe<TaskWhere>;
  /** At least one of these. */
  OR?: InputMaybe<Array<TaskWhere>>;
  /** Some coordinator matches. */
  coordinator?: InputMaybe<OrganizationWhere>;
  /** How many coordinators it has. */
  coordinatorCount?: InputMaybe<CountWhere>;
  /** The document that sets it matches. */
  document?: InputMaybe<DocumentWhere>;
  /** End of the deadline interval: the date the task falls due. */
  dueEnd?: InputMaybe<DateWhere>;
  /** Start of the deadline interval. */
  dueStart?: InputMaybe<DateWhere>;
  /** The task id. */
  id?: InputMaybe<StringWhere>;
  /** Some lead matches (on any kind of actor: body, group, person…). */
  lead?: InputMaybe<OrganizationWhere>;
  /** How many leads it has. */
  leadCount?: InputMaybe<CountWhere>;
  /** true: recurring tasks only; false: one-off only. */
  recurring?: InputMaybe<Scalars['Boolean']['input']>;
  /** Some actor reported to matches. */
  reportsTo?: InputMaybe<OrganizationWhere>;
  /** The section number as printed (`IV.3`). */
  section?: InputMaybe<StringWhere>;
  /** The task's text. */
  text?: InputMaybe<StringWhere>;
};

/** A span of a string: `start` inclusive, `end` exclusive (UTF-16 offsets). */
export type TextRange = {
  __typename?: 'TextRange';
  /** Offset just past the last character. */
  end: Scalars['Int']['output'];
  /** Offset of the first character. */
  start: Scalars['Int']['output'];
};

/** What timeline tasks must match. */
export type TimelineFilter = {
  /** Id of an actor that leads, coordinates or is reported to. */
  actor?: InputMaybe<Scalars['ID']['input']>;
  /** Id of the document that sets them. */
  document?: InputMaybe<Scalars['ID']['input']>;
  /** Due (deadline end) on or after this date (ISO `YYYY-MM-DD`). */
  dueFrom?: InputMaybe<Scalars['String']['input']>;
  /** Due (deadline end) on or before this date (ISO `YYYY-MM-DD`). */
  dueTo?: InputMaybe<Scalars['String']['input']>;
  /** With `document`: also the tasks of the documents implementing or copying it (IMPLEMENTS, COPY_OF), transitively. */
  includeCascade?: InputMaybe<Scalars['Boolean']['input']>;
  /** Jurisdiction of the task's document: `tw`, a province id (its districts included) or `province/district`. */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** true: recurring tasks only; false: one-off only. */
  recurring?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A mention no body could be named from (`các cấp`). */
export type Unresolved = Actor & Node & {
  __typename?: 'Unresolved';
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Always UNRESOLVED. */
  kind: ActorKind;
  /** The mention as written. */
  name: Scalars['String']['output'];
};

/** A user of the API: one key, a role, a clearance and optional scopes. */
export type User = {
  __typename?: 'User';
  /** Organizations whose documents it sees (issued by or sent to one); null: every agency. */
  agencies: Maybe<Array<Scalars['ID']['output']>>;
  /** 0 (unmarked documents only) … 3 (Tuyệt mật). */
  clearance: Scalars['Int']['output'];
  createdAt: Scalars['String']['output'];
  /** Who created it: a user's id, `env`, or `cli:<login>`. */
  createdBy: Scalars['String']['output'];
  /** `user:<12 hex digits>`. */
  id: Scalars['ID']['output'];
  /** Provinces whose documents it sees (issued in, by or to a body of one); null: every province. */
  jurisdictions: Maybe<Array<Scalars['String']['output']>>;
  /** The key's first characters (the key itself is shown once, at creation). */
  keyHint: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** When its key was revoked; null while it works. */
  revokedAt: Maybe<Scalars['String']['output']>;
  revokedBy: Maybe<Scalars['String']['output']>;
  role: UserRole;
};

/** What a user's key may do: readers read, editors also ingest and update task status, admins also manage users and read the audit trail. */
export type UserRole =
  | 'ADMIN'
  | 'EDITOR'
  | 'READER';

/** Whether a document is in force on a date. */
export type ValidityStatus =
  | 'IN_FORCE'
  /** Its date of effect ("có hiệu lực từ ngày 01/7/2025") is after the date asked. */
  | 'NOT_YET_IN_FORCE'
  | 'REPEALED'
  | 'REPLACED';

/** Who the request's key stands for. */
export type Viewer = {
  __typename?: 'Viewer';
  agencies: Maybe<Array<Scalars['ID']['output']>>;
  clearance: Scalars['Int']['output'];
  /** The user's id, `env` for the shared API_KEY, null when anonymous. */
  id: Maybe<Scalars['ID']['output']>;
  jurisdictions: Maybe<Array<Scalars['String']['output']>>;
  name: Scalars['String']['output'];
  /** Null when anonymous. */
  role: Maybe<UserRole>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Actor:
    | ( ActorModel )
    | ( ActorModel )
    | ( ActorModel )
    | ( ActorModel )
    | ( ActorModel )
    | ( ActorModel )
    | ( ActorModel )
  ;
  Node:
    | ( DocumentModel )
    | ( ActorModel )
    | ( ActorModel )
    | ( ActorModel )
    | ( ActorModel )
    | ( ActorModel )
    | ( ActorModel )
    | ( TargetModel )
    | ( TaskModel )
    | ( ActorModel )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Actor']>;
  ActorEdge: ResolverTypeWrapper<ActorEdgeModel>;
  ActorKind: ActorKind;
  AuditEvent: ResolverTypeWrapper<AuditEventModel>;
  BodyCoverage: ResolverTypeWrapper<BodyCoverageModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Box: ResolverTypeWrapper<Box>;
  CascadeDirection: CascadeDirection;
  CascadeNode: ResolverTypeWrapper<CascadeNodeModel>;
  CascadeRelation: CascadeRelation;
  Closure: ResolverTypeWrapper<ClosureFact>;
  CoordinationCounts: ResolverTypeWrapper<CoordinationCountsModel>;
  CoordinationDirection: CoordinationDirection;
  CoordinationFilter: CoordinationFilter;
  CoordinationHop: ResolverTypeWrapper<CoordinationHopModel>;
  CoordinationPartner: ResolverTypeWrapper<CoordinationPartnerModel>;
  CoordinationPartners: ResolverTypeWrapper<CoordinationPartnersModel>;
  CoordinationPath: ResolverTypeWrapper<CoordinationPathModel>;
  CountWhere: CountWhere;
  CoverageFilter: CoverageFilter;
  CoverageReportConnection: ResolverTypeWrapper<CoverageReportPage>;
  CoverageReportEdge: ResolverTypeWrapper<Omit<CoverageReportEdge, 'node'> & { node: ResolversTypes['CoverageReportRow'] }>;
  CoverageReportRow: ResolverTypeWrapper<DocumentCoverage>;
  CoverageStatus: CoverageStatus;
  CoverageSummary: ResolverTypeWrapper<CoverageSummaryModel>;
  CoverageTask: ResolverTypeWrapper<CoverageTaskRole>;
  CoverageWay: ResolverTypeWrapper<CoverageWayModel>;
  CoverageWayKind: CoverageWayKind;
  CreatedUser: ResolverTypeWrapper<Omit<CreatedUser, 'user'> & { user: ResolversTypes['User'] }>;
  DateWhere: DateWhere;
  Deadline: ResolverTypeWrapper<Deadline>;
  DepthCount: ResolverTypeWrapper<DepthCount>;
  Document: ResolverTypeWrapper<DocumentModel>;
  DocumentAggregate: ResolverTypeWrapper<AggregateModel>;
  DocumentConnection: ResolverTypeWrapper<DocumentConnectionModel>;
  DocumentEdge: ResolverTypeWrapper<Omit<DocumentEdge, 'node'> & { node: ResolversTypes['Document'] }>;
  DocumentEffect: ResolverTypeWrapper<DocumentEffectModel>;
  DocumentEffectType: DocumentEffectType;
  DocumentEventFilter: DocumentEventFilter;
  DocumentFile: DocumentFile;
  DocumentFilter: DocumentFilter;
  DocumentFormat: DocumentFormat;
  DocumentGroup: ResolverTypeWrapper<DocumentGroup>;
  DocumentGroupKey: DocumentGroupKey;
  DocumentIngestedEvent: ResolverTypeWrapper<DocumentIngestedModel>;
  DocumentLink: ResolverTypeWrapper<DocumentLinkModel>;
  DocumentMetadata: DocumentMetadata;
  DocumentOrder: DocumentOrder;
  DocumentSort: DocumentSort;
  DocumentSortField: DocumentSortField;
  DocumentSource: ResolverTypeWrapper<DocumentTextModel>;
  DocumentStatus: DocumentStatus;
  DocumentValidity: ResolverTypeWrapper<DocumentValidityModel>;
  DocumentWhere: DocumentWhere;
  Evidence: ResolverTypeWrapper<EvidenceModel>;
  EvidenceRegion: ResolverTypeWrapper<EvidenceRegion>;
  ExpectationKind: ExpectationKind;
  ExpectationReason: ResolverTypeWrapper<ExpectationModel>;
  ExpectedImplementation: ResolverTypeWrapper<ExpectedBodyModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Generic: ResolverTypeWrapper<ActorModel>;
  GroupMembership: ResolverTypeWrapper<GroupMembershipModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImplementationTree: ResolverTypeWrapper<ImplementationTreeModel>;
  IngestOutcome: IngestOutcome;
  IngestResult: ResolverTypeWrapper<IngestResultModel>;
  IngestWarning: ResolverTypeWrapper<IngestWarning>;
  InheritedTask: ResolverTypeWrapper<InheritedTaskModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LevelCount: ResolverTypeWrapper<LevelCountModel>;
  MembershipSource: MembershipSource;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Neighbourhood: ResolverTypeWrapper<NeighbourhoodGraph>;
  NeighbourhoodEdge: ResolverTypeWrapper<GraphEdge>;
  NeighbourhoodNode: ResolverTypeWrapper<GraphNode>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OrgGroup: ResolverTypeWrapper<ActorModel>;
  Organization: ResolverTypeWrapper<ActorModel>;
  OrganizationAggregate: ResolverTypeWrapper<AggregateModel>;
  OrganizationConnection: ResolverTypeWrapper<OrganizationConnectionModel>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OrganizationFilter: OrganizationFilter;
  OrganizationGroup: ResolverTypeWrapper<OrganizationGroup>;
  OrganizationGroupKey: OrganizationGroupKey;
  OrganizationSort: OrganizationSort;
  OrganizationSortField: OrganizationSortField;
  OrganizationWhere: OrganizationWhere;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PendingImplementations: ResolverTypeWrapper<PendingImplementationsModel>;
  Person: ResolverTypeWrapper<ActorModel>;
  Publication: ResolverTypeWrapper<ActorModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReceivedDocument: ResolverTypeWrapper<ReceivedDocumentModel>;
  RecipientCoverage: ResolverTypeWrapper<DocumentCoverage>;
  RecipientEdge: ResolverTypeWrapper<RecipientEdgeModel>;
  ResponsibleBody: ResolverTypeWrapper<ResponsibleBodyModel>;
  Role: ResolverTypeWrapper<ActorModel>;
  ScorecardRow: ResolverTypeWrapper<ScorecardRowModel>;
  SearchHit: ResolverTypeWrapper<SearchHitModel>;
  SearchResult: ResolverTypeWrapper<SearchResultModel>;
  SearchType: SearchType;
  SecrecyLevel: SecrecyLevel;
  SharedTask: ResolverTypeWrapper<SharedTaskModel>;
  SortDirection: SortDirection;
  SourcePage: ResolverTypeWrapper<SourcePage>;
  Stats: ResolverTypeWrapper<Stats>;
  StatusEvidence: ResolverTypeWrapper<StatusEvidenceModel>;
  StatusSource: StatusSource;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  StringWhere: StringWhere;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Succession: ResolverTypeWrapper<SuccessionModel>;
  SuccessionShare: SuccessionShare;
  SuccessionStep: ResolverTypeWrapper<SuccessionStepModel>;
  Target: ResolverTypeWrapper<TargetModel>;
  TargetComparison: ResolverTypeWrapper<TargetComparisonModel>;
  TargetEntry: ResolverTypeWrapper<TargetEntryModel>;
  TargetFilter: TargetFilter;
  TargetGroup: ResolverTypeWrapper<TargetGroupModel>;
  Task: ResolverTypeWrapper<TaskModel>;
  TaskAggregate: ResolverTypeWrapper<AggregateModel>;
  TaskConnection: ResolverTypeWrapper<TaskConnectionModel>;
  TaskCounts: ResolverTypeWrapper<TaskCounts>;
  TaskEdge: ResolverTypeWrapper<Omit<TaskEdge, 'node'> & { node: ResolversTypes['Task'] }>;
  TaskFilter: TaskFilter;
  TaskGroup: ResolverTypeWrapper<TaskGroup>;
  TaskGroupBy: TaskGroupBy;
  TaskGroupKey: TaskGroupKey;
  TaskLineage: ResolverTypeWrapper<LineageEdgeModel>;
  TaskRole: TaskRole;
  TaskSort: TaskSort;
  TaskSortField: TaskSortField;
  TaskStats: ResolverTypeWrapper<TaskStatsModel>;
  TaskStatsGroup: ResolverTypeWrapper<StatsGroupModel>;
  TaskStatus: TaskStatus;
  TaskStatusUpdate: ResolverTypeWrapper<StatusUpdateModel>;
  TaskWhere: TaskWhere;
  TextRange: ResolverTypeWrapper<TextRange>;
  TimelineFilter: TimelineFilter;
  Unresolved: ResolverTypeWrapper<ActorModel>;
  User: ResolverTypeWrapper<UserRecord>;
  UserRole: UserRole;
  ValidityStatus: ValidityStatus;
  Viewer: ResolverTypeWrapper<ViewerModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: ResolversInterfaceTypes<ResolversParentTypes>['Actor'];
  ActorEdge: ActorEdgeModel;
  AuditEvent: AuditEventModel;
  BodyCoverage: BodyCoverageModel;
  Boolean: Scalars['Boolean']['output'];
  Box: Box;
  CascadeNode: CascadeNodeModel;
  Closure: ClosureFact;
  CoordinationCounts: CoordinationCountsModel;
  CoordinationFilter: CoordinationFilter;
  CoordinationHop: CoordinationHopModel;
  CoordinationPartner: CoordinationPartnerModel;
  CoordinationPartners: CoordinationPartnersModel;
  CoordinationPath: CoordinationPathModel;
  CountWhere: CountWhere;
  CoverageFilter: CoverageFilter;
  CoverageReportConnection: CoverageReportPage;
  CoverageReportEdge: Omit<CoverageReportEdge, 'node'> & { node: ResolversParentTypes['CoverageReportRow'] };
  CoverageReportRow: DocumentCoverage;
  CoverageSummary: CoverageSummaryModel;
  CoverageTask: CoverageTaskRole;
  CoverageWay: CoverageWayModel;
  CreatedUser: Omit<CreatedUser, 'user'> & { user: ResolversParentTypes['User'] };
  DateWhere: DateWhere;
  Deadline: Deadline;
  DepthCount: DepthCount;
  Document: DocumentModel;
  DocumentAggregate: AggregateModel;
  DocumentConnection: DocumentConnectionModel;
  DocumentEdge: Omit<DocumentEdge, 'node'> & { node: ResolversParentTypes['Document'] };
  DocumentEffect: DocumentEffectModel;
  DocumentEventFilter: DocumentEventFilter;
  DocumentFile: DocumentFile;
  DocumentFilter: DocumentFilter;
  DocumentGroup: DocumentGroup;
  DocumentIngestedEvent: DocumentIngestedModel;
  DocumentLink: DocumentLinkModel;
  DocumentMetadata: DocumentMetadata;
  DocumentSort: DocumentSort;
  DocumentSource: DocumentTextModel;
  DocumentValidity: DocumentValidityModel;
  DocumentWhere: DocumentWhere;
  Evidence: EvidenceModel;
  EvidenceRegion: EvidenceRegion;
  ExpectationReason: ExpectationModel;
  ExpectedImplementation: ExpectedBodyModel;
  Float: Scalars['Float']['output'];
  Generic: ActorModel;
  GroupMembership: GroupMembershipModel;
  ID: Scalars['ID']['output'];
  ImplementationTree: ImplementationTreeModel;
  IngestResult: IngestResultModel;
  IngestWarning: IngestWarning;
  InheritedTask: InheritedTaskModel;
  Int: Scalars['Int']['output'];
  LevelCount: LevelCountModel;
  Mutation: Record<PropertyKey, never>;
  Neighbourhood: NeighbourhoodGraph;
  NeighbourhoodEdge: GraphEdge;
  NeighbourhoodNode: GraphNode;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  OrgGroup: ActorModel;
  Organization: ActorModel;
  OrganizationAggregate: AggregateModel;
  OrganizationConnection: OrganizationConnectionModel;
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationFilter: OrganizationFilter;
  OrganizationGroup: OrganizationGroup;
  OrganizationSort: OrganizationSort;
  OrganizationWhere: OrganizationWhere;
  PageInfo: PageInfo;
  PendingImplementations: PendingImplementationsModel;
  Person: ActorModel;
  Publication: ActorModel;
  Query: Record<PropertyKey, never>;
  ReceivedDocument: ReceivedDocumentModel;
  RecipientCoverage: DocumentCoverage;
  RecipientEdge: RecipientEdgeModel;
  ResponsibleBody: ResponsibleBodyModel;
  Role: ActorModel;
  ScorecardRow: ScorecardRowModel;
  SearchHit: SearchHitModel;
  SearchResult: SearchResultModel;
  SharedTask: SharedTaskModel;
  SourcePage: SourcePage;
  Stats: Stats;
  StatusEvidence: StatusEvidenceModel;
  String: Scalars['String']['output'];
  StringWhere: StringWhere;
  Subscription: Record<PropertyKey, never>;
  Succession: SuccessionModel;
  SuccessionStep: SuccessionStepModel;
  Target: TargetModel;
  TargetComparison: TargetComparisonModel;
  TargetEntry: TargetEntryModel;
  TargetFilter: TargetFilter;
  TargetGroup: TargetGroupModel;
  Task: TaskModel;
  TaskAggregate: AggregateModel;
  TaskConnection: TaskConnectionModel;
  TaskCounts: TaskCounts;
  TaskEdge: Omit<TaskEdge, 'node'> & { node: ResolversParentTypes['Task'] };
  TaskFilter: TaskFilter;
  TaskGroup: TaskGroup;
  TaskLineage: LineageEdgeModel;
  TaskSort: TaskSort;
  TaskStats: TaskStatsModel;
  TaskStatsGroup: StatsGroupModel;
  TaskStatusUpdate: StatusUpdateModel;
  TaskWhere: TaskWhere;
  TextRange: TextRange;
  TimelineFilter: TimelineFilter;
  Unresolved: ActorModel;
  User: UserRecord;
  Viewer: ViewerModel;
};

export type ActorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  __resolveType: TypeResolveFn<'Generic' | 'OrgGroup' | 'Organization' | 'Person' | 'Publication' | 'Role' | 'Unresolved', ParentType, ContextType>;
};

export type ActorEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActorEdge'] = ResolversParentTypes['ActorEdge']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BodyCoverageResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['BodyCoverage'] = ResolversParentTypes['BodyCoverage']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  onlyThroughArchive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['TaskRole']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CoverageStatus'], ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['CoverageTask']>, ParentType, ContextType>;
  ways?: Resolver<Array<ResolversTypes['CoverageWay']>, ParentType, ContextType>;
};

export type BoxResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Box'] = ResolversParentTypes['Box']> = {
  height?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  width?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  x?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CascadeNodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CascadeNode'] = ResolversParentTypes['CascadeNode']> = {
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  inferredFrom?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['CascadeRelation']>, ParentType, ContextType>;
};

export type ClosureResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Closure'] = ResolversParentTypes['Closure']> = {
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['DocumentEffectType'], ParentType, ContextType>;
};

export type CoordinationCountsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CoordinationCounts'] = ResolversParentTypes['CoordinationCounts']> = {
  coCoordinates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coLeads?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  leads?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  worksUnder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoordinationHopResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CoordinationHop'] = ResolversParentTypes['CoordinationHop']> = {
  from?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['SharedTask']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type CoordinationPartnerResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CoordinationPartner'] = ResolversParentTypes['CoordinationPartner']> = {
  counts?: Resolver<ResolversTypes['CoordinationCounts'], ParentType, ContextType>;
  generic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['SharedTask']>, ParentType, ContextType>;
};

export type CoordinationPartnersResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CoordinationPartners'] = ResolversParentTypes['CoordinationPartners']> = {
  counts?: Resolver<ResolversTypes['CoordinationCounts'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['CoordinationPartner']>, ParentType, ContextType>;
  totalPartners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalTasks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoordinationPathResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CoordinationPath'] = ResolversParentTypes['CoordinationPath']> = {
  found?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  hops?: Resolver<Maybe<Array<ResolversTypes['CoordinationHop']>>, ParentType, ContextType>;
  length?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxHops?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type CoverageReportConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CoverageReportConnection'] = ResolversParentTypes['CoverageReportConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CoverageReportEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoverageReportEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CoverageReportEdge'] = ResolversParentTypes['CoverageReportEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CoverageReportRow'], ParentType, ContextType>;
};

export type CoverageReportRowResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CoverageReportRow'] = ResolversParentTypes['CoverageReportRow']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['CoverageSummary'], ParentType, ContextType>;
};

export type CoverageSummaryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CoverageSummary'] = ResolversParentTypes['CoverageSummary']> = {
  bodies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coverageRatio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  covered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coveredOnlyThroughArchive?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notCheckable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notCovered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  publications?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recipients?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recipientsWithoutTask?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoverageTaskResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CoverageTask'] = ResolversParentTypes['CoverageTask']> = {
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  outlineId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['TaskRole'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  task?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
  taskId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CoverageWayResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CoverageWay'] = ResolversParentTypes['CoverageWay']> = {
  archiveOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  bodyWay?: Resolver<Maybe<ResolversTypes['CoverageWayKind']>, ParentType, ContextType>;
  groupRule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issuer?: Resolver<Maybe<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CoverageWayKind'], ParentType, ContextType>;
  membershipSource?: Resolver<Maybe<ResolversTypes['MembershipSource']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recipient?: Resolver<Maybe<ResolversTypes['RecipientEdge']>, ParentType, ContextType>;
};

export type CreatedUserResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CreatedUser'] = ResolversParentTypes['CreatedUser']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type DeadlineResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Deadline'] = ResolversParentTypes['Deadline']> = {
  end?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inherited?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recurrence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DepthCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DepthCount'] = ResolversParentTypes['DepthCount']> = {
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DocumentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  affectedBy?: Resolver<Array<ResolversTypes['DocumentEffect']>, ParentType, ContextType>;
  effects?: Resolver<Array<ResolversTypes['DocumentEffect']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implementedBy?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType>;
  implements?: Resolver<Array<ResolversTypes['DocumentLink']>, ParentType, ContextType>;
  issuedDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issuers?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recipients?: Resolver<Array<ResolversTypes['RecipientEdge']>, ParentType, ContextType>;
  secrecy?: Resolver<Maybe<ResolversTypes['SecrecyLevel']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['DocumentSource']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DocumentStatus'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  tasksConnection?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, RequireFields<DocumentTasksConnectionArgs, 'first'>>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validity?: Resolver<ResolversTypes['DocumentValidity'], ParentType, ContextType, Partial<DocumentValidityArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DocumentAggregateResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DocumentAggregate'] = ResolversParentTypes['DocumentAggregate']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['DocumentGroup']>, ParentType, ContextType>;
  issuedDateMax?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issuedDateMin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DocumentConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DocumentConnection'] = ResolversParentTypes['DocumentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DocumentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DocumentEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DocumentEdge'] = ResolversParentTypes['DocumentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
};

export type DocumentEffectResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DocumentEffect'] = ResolversParentTypes['DocumentEffect']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  effect?: Resolver<ResolversTypes['DocumentEffectType'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
};

export type DocumentGroupResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DocumentGroup'] = ResolversParentTypes['DocumentGroup']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  issuedDateMax?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issuedDateMin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issuer?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DocumentIngestedEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DocumentIngestedEvent'] = ResolversParentTypes['DocumentIngestedEvent']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['IngestOutcome'], ParentType, ContextType>;
};

export type DocumentLinkResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DocumentLink'] = ResolversParentTypes['DocumentLink']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
};

export type DocumentSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DocumentSource'] = ResolversParentTypes['DocumentSource']> = {
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['DocumentFormat'], ParentType, ContextType>;
  mediaType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pageInfo?: Resolver<Array<ResolversTypes['SourcePage']>, ParentType, ContextType>;
  pages?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DocumentValidityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DocumentValidity'] = ResolversParentTypes['DocumentValidity']> = {
  amendedBy?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromEvidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  repealedBy?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  replacedBy?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ValidityStatus'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  page?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['EvidenceRegion']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvidenceRegionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EvidenceRegion'] = ResolversParentTypes['EvidenceRegion']> = {
  box?: Resolver<Maybe<ResolversTypes['Box']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  page?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  paragraph?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ExpectationReasonResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ExpectationReason'] = ResolversParentTypes['ExpectationReason']> = {
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ExpectationKind'], ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
};

export type ExpectedImplementationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ExpectedImplementation'] = ResolversParentTypes['ExpectedImplementation']> = {
  body?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  implemented?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  implementedBy?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['ExpectationReason']>, ParentType, ContextType>;
  responsibleAsOf?: Resolver<Array<ResolversTypes['ResponsibleBody']>, ParentType, ContextType>;
  viaGroups?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
};

export type GenericResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Generic'] = ResolversParentTypes['Generic']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GroupMembershipResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GroupMembership'] = ResolversParentTypes['GroupMembership']> = {
  group?: Resolver<ResolversTypes['OrgGroup'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ImplementationTreeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImplementationTree'] = ResolversParentTypes['ImplementationTree']> = {
  byDepth?: Resolver<Array<ResolversTypes['DepthCount']>, ParentType, ContextType>;
  byLevel?: Resolver<Array<ResolversTypes['LevelCount']>, ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['CascadeDirection'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CascadeNode']>, ParentType, ContextType>;
  root?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['IngestOutcome'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['IngestWarning']>, ParentType, ContextType>;
};

export type IngestWarningResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestWarning'] = ResolversParentTypes['IngestWarning']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InheritedTaskResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['InheritedTask'] = ResolversParentTypes['InheritedTask']> = {
  chain?: Resolver<Array<ResolversTypes['SuccessionStep']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  task?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
};

export type LevelCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LevelCount'] = ResolversParentTypes['LevelCount']> = {
  documents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  placeholders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createUser?: Resolver<ResolversTypes['CreatedUser'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'clearance' | 'name' | 'role'>>;
  ingestDocument?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, Partial<MutationIngestDocumentArgs>>;
  revokeUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationRevokeUserArgs, 'id'>>;
  updateTaskStatus?: Resolver<ResolversTypes['TaskStatusUpdate'], ParentType, ContextType, RequireFields<MutationUpdateTaskStatusArgs, 'note' | 'status' | 'task'>>;
};

export type NeighbourhoodResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Neighbourhood'] = ResolversParentTypes['Neighbourhood']> = {
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NeighbourhoodEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['NeighbourhoodNode']>, ParentType, ContextType>;
  root?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
};

export type NeighbourhoodEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NeighbourhoodEdge'] = ResolversParentTypes['NeighbourhoodEdge']> = {
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NeighbourhoodNodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NeighbourhoodNode'] = ResolversParentTypes['NeighbourhoodNode']> = {
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Document' | 'Generic' | 'OrgGroup' | 'Organization' | 'Person' | 'Publication' | 'Role' | 'Target' | 'Task' | 'Unresolved', ParentType, ContextType>;
};

export type OrgGroupResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OrgGroup'] = ResolversParentTypes['OrgGroup']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  membersConnection?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<OrgGroupMembersConnectionArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  documentsIssued?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  documentsIssuedConnection?: Resolver<ResolversTypes['DocumentConnection'], ParentType, ContextType, RequireFields<OrganizationDocumentsIssuedConnectionArgs, 'first'>>;
  documentsReceived?: Resolver<Array<ResolversTypes['ReceivedDocument']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['GroupMembership']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inheritedTasks?: Resolver<Array<ResolversTypes['InheritedTask']>, ParentType, ContextType, Partial<OrganizationInheritedTasksArgs>>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orgKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  predecessors?: Resolver<Array<ResolversTypes['Succession']>, ParentType, ContextType>;
  reportedToBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  reportsTo?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  responsibleOn?: Resolver<Array<ResolversTypes['ResponsibleBody']>, ParentType, ContextType, Partial<OrganizationResponsibleOnArgs>>;
  successors?: Resolver<Array<ResolversTypes['Succession']>, ParentType, ContextType>;
  tasksCoordinated?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  tasksCoordinatedConnection?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, RequireFields<OrganizationTasksCoordinatedConnectionArgs, 'first'>>;
  tasksLed?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  tasksLedConnection?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, RequireFields<OrganizationTasksLedConnectionArgs, 'first'>>;
  tasksReportedTo?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  tasksReportedToConnection?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, RequireFields<OrganizationTasksReportedToConnectionArgs, 'first'>>;
  units?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationAggregateResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OrganizationAggregate'] = ResolversParentTypes['OrganizationAggregate']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['OrganizationGroup']>, ParentType, ContextType>;
};

export type OrganizationConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type OrganizationGroupResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OrganizationGroup'] = ResolversParentTypes['OrganizationGroup']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  orgKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PendingImplementationsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PendingImplementations'] = ResolversParentTypes['PendingImplementations']> = {
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bodies?: Resolver<Array<ResolversTypes['ExpectedImplementation']>, ParentType, ContextType>;
  closedBy?: Resolver<Array<ResolversTypes['Closure']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  implementedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  owedBy?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  pendingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recipientLevel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PublicationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Publication'] = ResolversParentTypes['Publication']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  auditLog?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  coordinationPartners?: Resolver<Maybe<ResolversTypes['CoordinationPartners']>, ParentType, ContextType, RequireFields<QueryCoordinationPartnersArgs, 'first' | 'organization'>>;
  coordinationPath?: Resolver<Maybe<ResolversTypes['CoordinationPath']>, ParentType, ContextType, RequireFields<QueryCoordinationPathArgs, 'from' | 'maxHops' | 'throughGroups' | 'to'>>;
  coverageReport?: Resolver<ResolversTypes['CoverageReportConnection'], ParentType, ContextType, RequireFields<QueryCoverageReportArgs, 'first'>>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType, Partial<QueryDocumentArgs>>;
  documents?: Resolver<ResolversTypes['DocumentConnection'], ParentType, ContextType, RequireFields<QueryDocumentsArgs, 'first' | 'orderBy'>>;
  documentsAggregate?: Resolver<ResolversTypes['DocumentAggregate'], ParentType, ContextType, RequireFields<QueryDocumentsAggregateArgs, 'first' | 'groupBy'>>;
  implementationTree?: Resolver<Maybe<ResolversTypes['ImplementationTree']>, ParentType, ContextType, RequireFields<QueryImplementationTreeArgs, 'depth' | 'direction' | 'document'>>;
  lateDerivedTasks?: Resolver<Array<ResolversTypes['TaskLineage']>, ParentType, ContextType, RequireFields<QueryLateDerivedTasksArgs, 'first'>>;
  neighbourhood?: Resolver<Maybe<ResolversTypes['Neighbourhood']>, ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'depth' | 'node'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first'>>;
  organizationsAggregate?: Resolver<ResolversTypes['OrganizationAggregate'], ParentType, ContextType, RequireFields<QueryOrganizationsAggregateArgs, 'first' | 'groupBy'>>;
  overdue?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, RequireFields<QueryOverdueArgs, 'at' | 'first'>>;
  pendingImplementations?: Resolver<Maybe<ResolversTypes['PendingImplementations']>, ParentType, ContextType, RequireFields<QueryPendingImplementationsArgs, 'document'>>;
  plansOwed?: Resolver<Array<ResolversTypes['PendingImplementations']>, ParentType, ContextType, RequireFields<QueryPlansOwedArgs, 'body'>>;
  recipientCoverage?: Resolver<Maybe<ResolversTypes['RecipientCoverage']>, ParentType, ContextType, RequireFields<QueryRecipientCoverageArgs, 'document'>>;
  scorecard?: Resolver<Array<ResolversTypes['ScorecardRow']>, ParentType, ContextType, RequireFields<QueryScorecardArgs, 'from' | 'to'>>;
  search?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  targets?: Resolver<ResolversTypes['TargetComparison'], ParentType, ContextType, Partial<QueryTargetsArgs>>;
  taskStats?: Resolver<ResolversTypes['TaskStats'], ParentType, ContextType, RequireFields<QueryTaskStatsArgs, 'dueSoonDays' | 'groupBy'>>;
  tasks?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, RequireFields<QueryTasksArgs, 'first'>>;
  tasksAggregate?: Resolver<ResolversTypes['TaskAggregate'], ParentType, ContextType, RequireFields<QueryTasksAggregateArgs, 'dueSoonDays' | 'first' | 'groupBy'>>;
  timeline?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, RequireFields<QueryTimelineArgs, 'first'>>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type ReceivedDocumentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReceivedDocument'] = ResolversParentTypes['ReceivedDocument']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['OrgGroup']>, ParentType, ContextType>;
};

export type RecipientCoverageResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RecipientCoverage'] = ResolversParentTypes['RecipientCoverage']> = {
  bodies?: Resolver<Array<ResolversTypes['BodyCoverage']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publications?: Resolver<Array<ResolversTypes['RecipientEdge']>, ParentType, ContextType>;
  recipients?: Resolver<Array<ResolversTypes['RecipientEdge']>, ParentType, ContextType>;
  recipientsWithoutTask?: Resolver<Array<ResolversTypes['RecipientEdge']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['CoverageSummary'], ParentType, ContextType>;
};

export type RecipientEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RecipientEdge'] = ResolversParentTypes['RecipientEdge']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ResponsibleBodyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ResponsibleBody'] = ResolversParentTypes['ResponsibleBody']> = {
  chain?: Resolver<Array<ResolversTypes['SuccessionStep']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type RoleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ScorecardRowResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ScorecardRow'] = ResolversParentTypes['ScorecardRow']> = {
  counts?: Resolver<ResolversTypes['TaskCounts'], ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  leadId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  leadName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  highlights?: Resolver<Array<ResolversTypes['TextRange']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SearchResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = {
  hits?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SharedTaskResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SharedTask'] = ResolversParentTypes['SharedTask']> = {
  direction?: Resolver<ResolversTypes['CoordinationDirection'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  partnerEvidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  partnerRole?: Resolver<ResolversTypes['TaskRole'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['TaskRole'], ParentType, ContextType>;
  task?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
};

export type SourcePageResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SourcePage'] = ResolversParentTypes['SourcePage']> = {
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  height?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ocr?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  page?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  width?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type StatsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  documents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ingestedDocuments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tasks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatusEvidenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatusEvidence'] = ResolversParentTypes['StatusEvidence']> = {
  answers?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closedBy?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  completedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  done?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StatusSource'], ParentType, ContextType>;
  update?: Resolver<Maybe<ResolversTypes['TaskStatusUpdate']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  documentIngested?: SubscriptionResolver<ResolversTypes['DocumentIngestedEvent'], "documentIngested", ParentType, ContextType, Partial<SubscriptionDocumentIngestedArgs>>;
  taskStatusChanged?: SubscriptionResolver<ResolversTypes['TaskStatusUpdate'], "taskStatusChanged", ParentType, ContextType, Partial<SubscriptionTaskStatusChangedArgs>>;
  tasksDueSoon?: SubscriptionResolver<Array<ResolversTypes['Task']>, "tasksDueSoon", ParentType, ContextType, RequireFields<SubscriptionTasksDueSoonArgs, 'withinDays'>>;
};

export type SuccessionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Succession'] = ResolversParentTypes['Succession']> = {
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['SuccessionShare'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SuccessionStepResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SuccessionStep'] = ResolversParentTypes['SuccessionStep']> = {
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['SuccessionShare'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type TargetResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Target'] = ResolversParentTypes['Target']> = {
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  perYear?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  qualifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TargetComparisonResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TargetComparison'] = ResolversParentTypes['TargetComparison']> = {
  groups?: Resolver<Array<ResolversTypes['TargetGroup']>, ParentType, ContextType>;
  sharedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TargetEntryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TargetEntry'] = ResolversParentTypes['TargetEntry']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Target'], ParentType, ContextType>;
};

export type TargetGroupResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TargetGroup'] = ResolversParentTypes['TargetGroup']> = {
  entries?: Resolver<Array<ResolversTypes['TargetEntry']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  perYear?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TaskResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Task'] = ResolversParentTypes['Task']> = {
  closedBy?: Resolver<Array<ResolversTypes['Closure']>, ParentType, ContextType, Partial<TaskClosedByArgs>>;
  coordinators?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['Deadline']>, ParentType, ContextType>;
  derivedFrom?: Resolver<Array<ResolversTypes['TaskLineage']>, ParentType, ContextType>;
  derivedTasks?: Resolver<Array<ResolversTypes['TaskLineage']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leads?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['StatusEvidence']>, ParentType, ContextType>;
  reportsTo?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  responsibleNow?: Resolver<Array<ResolversTypes['ResponsibleBody']>, ParentType, ContextType>;
  rolesOf?: Resolver<Array<ResolversTypes['TaskRole']>, ParentType, ContextType, RequireFields<TaskRolesOfArgs, 'actor'>>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sectionTitles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TaskStatus'], ParentType, ContextType, RequireFields<TaskStatusArgs, 'dueSoonDays'>>;
  statusEvidence?: Resolver<Array<ResolversTypes['StatusEvidence']>, ParentType, ContextType, RequireFields<TaskStatusEvidenceArgs, 'dueSoonDays'>>;
  statusHistory?: Resolver<Array<ResolversTypes['TaskStatusUpdate']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TaskAggregateResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TaskAggregate'] = ResolversParentTypes['TaskAggregate']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dueEndMax?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueEndMin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['TaskGroup']>, ParentType, ContextType>;
};

export type TaskConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TaskConnection'] = ResolversParentTypes['TaskConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TaskEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TaskCountsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TaskCounts'] = ResolversParentTypes['TaskCounts']> = {
  assigned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  doneLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  doneOnTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dueSoon?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notDue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TaskEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TaskEdge'] = ResolversParentTypes['TaskEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
};

export type TaskGroupResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TaskGroup'] = ResolversParentTypes['TaskGroup']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  dueEndMax?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueEndMin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TaskLineageResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TaskLineage'] = ResolversParentTypes['TaskLineage']> = {
  deadlineLater?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  derived?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
  derivedDeadline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  derivedEvidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  direct?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  implementsQuote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sharedPhrases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
  sourceDeadline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceEvidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  sourceImplementsQuote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
};

export type TaskStatsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TaskStats'] = ResolversParentTypes['TaskStats']> = {
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['TaskStatsGroup']>, ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['TaskCounts'], ParentType, ContextType>;
};

export type TaskStatsGroupResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TaskStatsGroup'] = ResolversParentTypes['TaskStatsGroup']> = {
  counts?: Resolver<ResolversTypes['TaskCounts'], ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  leadId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  leadName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['TaskStatus']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TaskStatusUpdateResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TaskStatusUpdate'] = ResolversParentTypes['TaskStatusUpdate']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keyId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TaskStatus'], ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  taskId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type TextRangeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TextRange'] = ResolversParentTypes['TextRange']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UnresolvedResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Unresolved'] = ResolversParentTypes['Unresolved']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type UserResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  agencies?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  clearance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdictions?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  keyHint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['UserRole'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  agencies?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  clearance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  jurisdictions?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['UserRole']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  Actor?: ActorResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  BodyCoverage?: BodyCoverageResolvers<ContextType>;
  Box?: BoxResolvers<ContextType>;
  CascadeNode?: CascadeNodeResolvers<ContextType>;
  Closure?: ClosureResolvers<ContextType>;
  CoordinationCounts?: CoordinationCountsResolvers<ContextType>;
  CoordinationHop?: CoordinationHopResolvers<ContextType>;
  CoordinationPartner?: CoordinationPartnerResolvers<ContextType>;
  CoordinationPartners?: CoordinationPartnersResolvers<ContextType>;
  CoordinationPath?: CoordinationPathResolvers<ContextType>;
  CoverageReportConnection?: CoverageReportConnectionResolvers<ContextType>;
  CoverageReportEdge?: CoverageReportEdgeResolvers<ContextType>;
  CoverageReportRow?: CoverageReportRowResolvers<ContextType>;
  CoverageSummary?: CoverageSummaryResolvers<ContextType>;
  CoverageTask?: CoverageTaskResolvers<ContextType>;
  CoverageWay?: CoverageWayResolvers<ContextType>;
  CreatedUser?: CreatedUserResolvers<ContextType>;
  Deadline?: DeadlineResolvers<ContextType>;
  DepthCount?: DepthCountResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  DocumentAggregate?: DocumentAggregateResolvers<ContextType>;
  DocumentConnection?: DocumentConnectionResolvers<ContextType>;
  DocumentEdge?: DocumentEdgeResolvers<ContextType>;
  DocumentEffect?: DocumentEffectResolvers<ContextType>;
  DocumentGroup?: DocumentGroupResolvers<ContextType>;
  DocumentIngestedEvent?: DocumentIngestedEventResolvers<ContextType>;
  DocumentLink?: DocumentLinkResolvers<ContextType>;
  DocumentSource?: DocumentSourceResolvers<ContextType>;
  DocumentValidity?: DocumentValidityResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  EvidenceRegion?: EvidenceRegionResolvers<ContextType>;
  ExpectationReason?: ExpectationReasonResolvers<ContextType>;
  ExpectedImplementation?: ExpectedImplementationResolvers<ContextType>;
  Generic?: GenericResolvers<ContextType>;
  GroupMembership?: GroupMembershipResolvers<ContextType>;
  ImplementationTree?: ImplementationTreeResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  IngestWarning?: IngestWarningResolvers<ContextType>;
  InheritedTask?: InheritedTaskResolvers<ContextType>;
  LevelCount?: LevelCountResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Neighbourhood?: NeighbourhoodResolvers<ContextType>;
  NeighbourhoodEdge?: NeighbourhoodEdgeResolvers<ContextType>;
  NeighbourhoodNode?: NeighbourhoodNodeResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  OrgGroup?: OrgGroupResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationAggregate?: OrganizationAggregateResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  OrganizationGroup?: OrganizationGroupResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PendingImplementations?: PendingImplementationsResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Publication?: PublicationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReceivedDocument?: ReceivedDocumentResolvers<ContextType>;
  RecipientCoverage?: RecipientCoverageResolvers<ContextType>;
  RecipientEdge?: RecipientEdgeResolvers<ContextType>;
  ResponsibleBody?: ResponsibleBodyResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  ScorecardRow?: ScorecardRowResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  SharedTask?: SharedTaskResolvers<ContextType>;
  SourcePage?: SourcePageResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  StatusEvidence?: StatusEvidenceResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Succession?: SuccessionResolvers<ContextType>;
  SuccessionStep?: SuccessionStepResolvers<ContextType>;
  Target?: TargetResolvers<ContextType>;
  TargetComparison?: TargetComparisonResolvers<ContextType>;
  TargetEntry?: TargetEntryResolvers<ContextType>;
  TargetGroup?: TargetGroupResolvers<ContextType>;
  Task?: TaskResolvers<ContextType>;
  TaskAggregate?: TaskAggregateResolvers<ContextType>;
  TaskConnection?: TaskConnectionResolvers<ContextType>;
  TaskCounts?: TaskCountsResolvers<ContextType>;
  TaskEdge?: TaskEdgeResolvers<ContextType>;
  TaskGroup?: TaskGroupResolvers<ContextType>;
  TaskLineage?: TaskLineageResolvers<ContextType>;
  TaskStats?: TaskStatsResolvers<ContextType>;
  TaskStatsGroup?: TaskStatsGroupResolvers<ContextType>;
  TaskStatusUpdate?: TaskStatusUpdateResolvers<ContextType>;
  TextRange?: TextRangeResolvers<ContextType>;
  Unresolved?: UnresolvedResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

