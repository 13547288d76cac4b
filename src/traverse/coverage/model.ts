/**
 * What recipient coverage reads and answers (compute.ts): the statement's rows as input, and the
 * coverage of each body with the ways it is covered. The API maps its schema types onto these.
 */
import type { Evidence } from '../../graph/vocabulary.ts';

export type CoverageEvidence = Evidence;

/** A body as the statement returns it, with what coverage needs around it. */
export interface CoverageActor {
  id: string;
  name: string;
  /** Neo4j labels: `Actor` plus one of Organization, OrgGroup, Person, Role, Generic… */
  labels: string[];
  orgKind?: string | null;
  level?: string | null;
  province?: string | null;
  district?: string | null;
  /** OrgGroup: the membership rule as JSON (src/orgs GroupRule). */
  membership?: string | null;
  /** First and last day it exists (registry bodies; null: open). */
  validFrom?: string | null;
  validTo?: string | null;
  /** As of a date it did not exist then (as-of.ts): why it cannot be checked. */
  absent?: string | null;
  /** PART_OF parents. */
  parents: { id: string; name: string; orgKind?: string | null }[];
  /** Bodies PART_OF this one that the document is sent to. */
  recipientChildren: {
    id: string;
    name: string;
    orgKind?: string | null;
    validFrom?: string | null;
    validTo?: string | null;
  }[];
  /** MEMBER_OF links into groups the document is sent to, with the stored reason. */
  memberOf: { group: string; reason: string | null }[];
}

export interface CoverageDocument {
  id: string;
  number?: string | null;
  type?: string | null;
  title?: string | null;
  issuedDate?: string | null;
  /** The date of effect its text gives, when it gives one. */
  effectiveFrom?: string | null;
  status: string;
  level?: string | null;
  province?: string | null;
  district?: string | null;
  copiedIn?: string | null;
}

/** A recipient line of the Nơi nhận. */
export interface RecipientLine {
  actor: CoverageActor;
  /** As normalised by the parser: `báo cáo`, `lưu`, `đăng tải`…; null for plain action. */
  purpose: string | null;
  ordinal: number;
  evidence: CoverageEvidence;
}

export interface IssuerLine {
  type: 'ISSUED_BY' | 'SIGNED_BY';
  actor: { id: string; name: string; labels: string[] };
  evidence: CoverageEvidence;
}

export type TaskLinkType = 'LED_BY' | 'COORDINATES_WITH' | 'REPORTS_TO';

export interface TaskLink {
  type: TaskLinkType;
  actor: CoverageActor;
  task: { id: string; outlineId: string; section: string; ordinal: number };
  evidence: CoverageEvidence;
}

/** The body a role or person task actor belongs to (null when it is not in the graph). */
export interface BodyOf {
  of: string;
  bodyId: string | null;
  body: CoverageActor | null;
}

/** Everything the statement gathers for one document. */
export interface CoverageInput {
  document: CoverageDocument;
  issuers: IssuerLine[];
  recipients: RecipientLine[];
  links: TaskLink[];
  bodies: BodyOf[];
  /** Newer documents replacing or repealing it; `on`: the day each took effect. */
  enders?: { id: string; issuedDate: string | null; on?: string | null }[];
  /** As of a date it was no longer in force (as-of.ts): its tasks were closed. */
  closed?: string | null;
}

export type CoverageStatus = 'COVERED' | 'NOT_COVERED' | 'NOT_CHECKABLE';
export type CoverageRole = 'LEAD' | 'COORDINATOR' | 'REPORTED_TO';
export type CoverageWayKind =
  'DIRECT' | 'GROUP' | 'GROUP_WITHIN_GROUP' | 'STANDING_BODY' | 'ISSUER' | 'THROUGH_BODY';
export type MembershipSource = 'STORED_LINK' | 'RULE_REAPPLIED';

export interface CoverageWay {
  kind: CoverageWayKind;
  /** The recipient line the way goes through; null for ISSUER. */
  recipient: RecipientLine | null;
  /** The recipient line is only an archive copy (purpose `lưu`). */
  archiveOnly: boolean;
  /** ISSUER: the ISSUED_BY / SIGNED_BY fact. */
  issuer: IssuerLine | null;
  /** GROUP / GROUP_WITHIN_GROUP: the recipient group's rule in words. */
  groupRule: string | null;
  /** Why the way holds (the MEMBER_OF reason, the clauses that lie within, the PART_OF link…). */
  reason: string | null;
  /** GROUP: a link stored by the ingest, or the rule re-applied here. */
  membershipSource: MembershipSource | null;
  /** STANDING_BODY: the standing body or the body it stands for; THROUGH_BODY: the body. */
  body: { id: string; name: string; labels: string[] } | null;
  /** THROUGH_BODY: how the body is covered. */
  bodyWay: CoverageWayKind | null;
}

export interface CoverageTaskRole {
  taskId: string;
  outlineId: string;
  section: string;
  role: CoverageRole;
  /** The quote naming the actor in that role. */
  evidence: CoverageEvidence;
}

export interface BodyCoverage {
  actor: CoverageActor;
  status: CoverageStatus;
  roles: CoverageRole[];
  tasks: CoverageTaskRole[];
  ways: CoverageWay[];
  /** Covered, but every way goes through an archive line. */
  onlyThroughArchive: boolean;
  /** Why a role or person could not be checked. */
  note: string | null;
}

export interface CoverageSummary {
  /** Distinct actors with a role in a task. */
  bodies: number;
  covered: number;
  notCovered: number;
  notCheckable: number;
  coveredOnlyThroughArchive: number;
  /** Recipient lines, publication lines excluded. */
  recipients: number;
  recipientsWithoutTask: number;
  publications: number;
  /** covered / (covered + notCovered); null when no body can be checked. */
  ratio: number | null;
}

export interface DocumentCoverage {
  document: CoverageDocument;
  /** Why there is nothing (or little) to check: a certified copy, a document without tasks. */
  note: string | null;
  bodies: BodyCoverage[];
  /** Recipient lines, publication lines excluded, in the document's order. */
  recipients: RecipientLine[];
  recipientsWithoutTask: RecipientLine[];
  publications: RecipientLine[];
  summary: CoverageSummary;
}

/** A page of a coverage report, and the number of documents the report spans. */
export interface CoverageReportPage {
  rows: DocumentCoverage[];
  hasNextPage: boolean;
  totalCount: number;
}
