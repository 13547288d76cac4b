/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** How a document is linked to its parent in a cascade. */
export type CascadeRelation =
  /** The lower document is a certified copy (sao y) of the upper one. */
  | 'COPY_OF'
  /** The lower document implements the upper one. */
  | 'IMPLEMENTS';

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

/** What the documents of a coverage report must match. */
export type CoverageFilter = {
  /** Id of a document they implement (IMPLEMENTS). */
  implements?: string | null | undefined;
  /** Issued on or after this date (ISO `YYYY-MM-DD`). */
  issuedFrom?: string | null | undefined;
  /** Issued on or before this date (ISO `YYYY-MM-DD`). */
  issuedTo?: string | null | undefined;
  /** Id of an issuing body (ISSUED_BY). */
  issuer?: string | null | undefined;
  /** `tw`, a province id (`quang-tri`, its districts included) or `province/district`. */
  jurisdiction?: string | null | undefined;
  /** Level of the issuing body: `TW`, `tinh`, `huyen` or `xa`. */
  level?: string | null | undefined;
  /** Document type as written, e.g. `Kế hoạch`. */
  type?: string | null | undefined;
};

/** Whether a task actor is among the document's recipients. */
export type CoverageStatus =
  /** At least one way reaches it. */
  | 'COVERED'
  /** Nobody to check: a generic phrase, an unresolved mention, a publication, or a role whose body is not in the graph. */
  | 'NOT_CHECKABLE'
  /** No way reaches it: given a task, not sent the document. */
  | 'NOT_COVERED';

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

/** Whether a document's text is in the graph. */
export type DocumentStatus =
  /** Its text has been ingested. */
  | 'INGESTED'
  /** Known only from a citation in another document. */
  | 'REFERENCED';

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

/** Which targets to compare. */
export type TargetFilter = {
  /** Only targets set by these documents. */
  documents?: Array<string> | null | undefined;
  /** Level of the setting document: `TW`, `tinh`, `huyen` or `xa` (else BAD_USER_INPUT). */
  level?: string | null | undefined;
  /** Words of the metric, accent-insensitive (`hop tac xa`). */
  metric?: string | null | undefined;
  /** Province id of the setting document. */
  province?: string | null | undefined;
  /** Year the targets are set for (e.g. 2030). */
  year?: number | null | undefined;
};

/** A role in a task. */
export type TaskRole =
  /** Coordinates on it (COORDINATES_WITH). */
  | 'COORDINATOR'
  /** Leads it (LED_BY). */
  | 'LEAD'
  /** Receives its report (REPORTS_TO). */
  | 'REPORTED_TO';

/** What timeline tasks must match. */
export type TimelineFilter = {
  /** Id of an actor that leads, coordinates or is reported to. */
  actor?: string | null | undefined;
  /** Id of the document that sets them. */
  document?: string | null | undefined;
  /** Due (deadline end) on or after this date (ISO `YYYY-MM-DD`). */
  dueFrom?: string | null | undefined;
  /** Due (deadline end) on or before this date (ISO `YYYY-MM-DD`). */
  dueTo?: string | null | undefined;
  /** With `document`: also the tasks of the documents implementing or copying it (IMPLEMENTS, COPY_OF), transitively. */
  includeCascade?: boolean | null | undefined;
  /** Jurisdiction of the task's document: `tw`, a province id (its districts included) or `province/district`. */
  jurisdiction?: string | null | undefined;
  /** true: recurring tasks only; false: one-off only. */
  recurring?: boolean | null | undefined;
};

export type ActorTasksQueryVariables = Exact<{
  actor?: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ActorTasksQuery = { tasks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, section: string, text: string, rolesOf: Array<TaskRole>, deadline: { text: string, end: string | null } | null } }> } };

export type CoordinationPathQueryVariables = Exact<{
  from?: string;
  to?: string;
  maxHops?: number | null | undefined;
}>;


export type CoordinationPathQuery = { coordinationPath: { found: boolean, length: number | null, hops: Array<{ from:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , to:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , tasks: Array<{ direction: CoordinationDirection, task: { id: string }, evidence: { quote: string }, partnerEvidence: { quote: string } }> }> | null } | null };

export type DocumentByNumberQueryVariables = Exact<{
  number?: string;
}>;


export type DocumentByNumberQuery = { document: { id: string, number: string | null, type: string | null, title: string | null, issuedDate: string | null, status: DocumentStatus, jurisdiction: string | null, issuers: Array<{ actor:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }>, recipients: Array<{ purpose: string | null, actor:
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
      , evidence: { quote: string } }>, implements: Array<{ document: { id: string, number: string | null, status: DocumentStatus }, evidence: { quote: string } }>, targets: Array<{ metric: string, value: number | null, min: number | null, max: number | null, unit: string | null, year: number | null, evidence: { quote: string } }> } | null };

export type ImplementationCascadeQueryVariables = Exact<{
  root?: string;
  plan?: string;
}>;


export type ImplementationCascadeQuery = { implementationTree: { nodes: Array<{ depth: number, relation: CascadeRelation | null, inferred: boolean, document: { id: string, number: string | null, status: DocumentStatus }, parent: { id: string } | null, evidence: { quote: string } | null }>, byLevel: Array<{ level: string | null, documents: number, placeholders: number }> } | null, pendingImplementations: { pendingCount: number, implementedCount: number, bodies: Array<{ implemented: boolean, body:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , implementedBy: Array<{ id: string }> }> } | null };

export type ImplementersQueryVariables = Exact<{
  id?: string;
}>;


export type ImplementersQuery = { documents: { totalCount: number, edges: Array<{ node: { id: string, number: string | null, type: string | null, level: string | null, jurisdiction: string | null, issuedDate: string | null, issuers: Array<{ actor:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           }> } }> } };

export type OrganizationPartnersQueryVariables = Exact<{
  id?: string;
}>;


export type OrganizationPartnersQuery = { organization: { id: string, name: string, tasksLed: Array<{ id: string, section: string, text: string, document: { id: string, number: string | null }, coordinators: Array<{ actor:
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
        , evidence: { quote: string } }> }>, tasksCoordinated: Array<{ id: string, leads: Array<{ actor:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }> }> } | null };

export type RecipientCoverageQueryVariables = Exact<{
  document?: string;
}>;


export type RecipientCoverageQuery = { recipientCoverage: { summary: { bodies: number, covered: number, notCovered: number, notCheckable: number, recipientsWithoutTask: number, coverageRatio: number | null }, bodies: Array<{ status: CoverageStatus, roles: Array<TaskRole>, actor:
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
      , tasks: Array<{ outlineId: string, evidence: { quote: string } }>, ways: Array<{ kind: CoverageWayKind, reason: string | null, groupRule: string | null, archiveOnly: boolean, recipient: { purpose: string | null, evidence: { quote: string } } | null }> }>, recipientsWithoutTask: Array<{ purpose: string | null, actor:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }> } | null };

export type ReportingLinesQueryVariables = Exact<{
  id?: string;
}>;


export type ReportingLinesQuery = { organization: { name: string, reportedToBy: Array<
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
    >, tasksReportedTo: Array<{ id: string, text: string, reportsTo: Array<{ evidence: { quote: string } }> }> } | null };

export type SearchQueryVariables = Exact<{
  text?: string;
  types?: Array<SearchType> | SearchType | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, hits: Array<{ score: number, snippet: string, highlights: Array<{ start: number, end: number }>, node:
        | { __typename: 'Document', id: string }
        | { __typename: 'Generic', id: string }
        | { __typename: 'OrgGroup', id: string }
        | { __typename: 'Organization', id: string }
        | { __typename: 'Person', id: string }
        | { __typename: 'Publication', id: string }
        | { __typename: 'Role', id: string }
        | { __typename: 'Target', id: string }
        | { __typename: 'Task', id: string }
        | { __typename: 'Unresolved', id: string }
       }> } };

export type SearchOrganizationsQueryVariables = Exact<{
  text?: string;
  level?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchOrganizationsQuery = { organizations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, level: string | null, jurisdiction: string | null } }> } };

export type TasksDueQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  overdueAt?: string | null | undefined;
}>;


export type TasksDueQuery = { due: { totalCount: number, edges: Array<{ node: { id: string, text: string, deadline: { text: string, end: string | null } | null, leads: Array<{ actor:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
           }> } }> }, recurring: { totalCount: number, edges: Array<{ node: { id: string, deadline: { text: string, recurrence: string | null } | null } }> }, overdue: { totalCount: number, edges: Array<{ node: { id: string, deadline: { end: string | null } | null } }> } };

export type WebCoverageReportQueryVariables = Exact<{
  filter?: CoverageFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebCoverageReportQuery = { coverageReport: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { document: { id: string, number: string | null, title: string | null, level: string | null, jurisdiction: string | null }, summary: { bodies: number, covered: number, notCovered: number, notCheckable: number, coverageRatio: number | null } } }> } };

export type WebCoverageQueryVariables = Exact<{
  document: string;
}>;


export type WebCoverageQuery = { recipientCoverage: { document: { id: string, number: string | null, title: string | null }, bodies: Array<{ status: CoverageStatus, roles: Array<TaskRole>, actor:
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
      , tasks: Array<{ outlineId: string, role: TaskRole, evidence: { quote: string } }>, ways: Array<{ kind: CoverageWayKind, reason: string | null, recipient: { purpose: string | null, evidence: { quote: string } } | null }> }>, recipientsWithoutTask: Array<{ purpose: string | null, actor:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , evidence: { quote: string } }> } | null };

export type WebCascadePageQueryVariables = Exact<{
  id: string;
}>;


export type WebCascadePageQuery = { document: { id: string, number: string | null, title: string | null } | null, implementationTree: { byLevel: Array<{ level: string | null, documents: number, placeholders: number }>, nodes: Array<{ depth: number, relation: CascadeRelation | null, inferred: boolean, level: string | null, document: { id: string, number: string | null, status: DocumentStatus }, parent: { id: string } | null }> } | null, pendingImplementations: { bodies: Array<{ implemented: boolean, body:
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
       }> } | null };

export type WebDocumentIdQueryVariables = Exact<{
  number: string;
}>;


export type WebDocumentIdQuery = { document: { id: string } | null };

export type WebDeadlinesQueryVariables = Exact<{
  filter?: TimelineFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type WebDeadlinesQuery = { timeline: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, section: string, text: string, deadline: { text: string, end: string | null, recurrence: string | null } | null, document: { id: string, number: string | null } } }> } };

export type WebDocumentQueryVariables = Exact<{
  id: string;
}>;


export type WebDocumentQuery = { document: { id: string, number: string | null, type: string | null, title: string | null, issuedDate: string | null, place: string | null, status: DocumentStatus, level: string | null, jurisdiction: string | null, text: string | null, source: { format: DocumentFormat, fileName: string, url: string } | null, issuers: Array<{ actor:
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
      , evidence: { start: number, end: number, quote: string } }>, recipients: Array<{ purpose: string | null, actor:
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
      , evidence: { start: number, end: number, quote: string } }>, implements: Array<{ document: { id: string, number: string | null, status: DocumentStatus }, evidence: { start: number, end: number, quote: string } }>, implementedBy: Array<{ document: { id: string, number: string | null, status: DocumentStatus }, evidence: { start: number, end: number, quote: string } }>, tasks: Array<{ id: string, section: string, text: string, evidence: { start: number, end: number, quote: string }, deadline: { text: string, end: string | null, recurrence: string | null } | null, leads: Array<{ actor:
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
        , evidence: { start: number, end: number, quote: string } }>, coordinators: Array<{ actor:
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
        , evidence: { start: number, end: number, quote: string } }>, reportsTo: Array<{ actor:
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
        , evidence: { start: number, end: number, quote: string } }> }>, targets: Array<{ id: string, metric: string, value: number | null, min: number | null, max: number | null, unit: string | null, year: number | null, evidence: { start: number, end: number, quote: string } }> } | null };

export type WebSpanFragment = { start: number, end: number, quote: string };

export type WebActorEdgeFragment = { actor:
    | { id: string, name: string, kind: ActorKind }
    | { id: string, name: string, kind: ActorKind }
    | { id: string, name: string, kind: ActorKind }
    | { id: string, name: string, kind: ActorKind }
    | { id: string, name: string, kind: ActorKind }
    | { id: string, name: string, kind: ActorKind }
    | { id: string, name: string, kind: ActorKind }
  , evidence: { start: number, end: number, quote: string } };

export type WebDocumentLinkFragment = { document: { id: string, number: string | null, status: DocumentStatus }, evidence: { start: number, end: number, quote: string } };

export type WebDocumentSideQueryVariables = Exact<{
  id: string;
  ingested: boolean;
}>;


export type WebDocumentSideQuery = { recipientCoverage?: { summary: { bodies: number, covered: number, notCovered: number, notCheckable: number, coverageRatio: number | null }, bodies: Array<{ status: CoverageStatus, roles: Array<TaskRole>, actor:
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
       }>, recipientsWithoutTask: Array<{ purpose: string | null, actor:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }> } | null, up: { nodes: Array<{ depth: number, relation: CascadeRelation | null, inferred: boolean, level: string | null, document: { id: string, number: string | null, status: DocumentStatus }, parent: { id: string } | null }> } | null, down: { nodes: Array<{ depth: number, relation: CascadeRelation | null, inferred: boolean, level: string | null, document: { id: string, number: string | null, status: DocumentStatus }, parent: { id: string } | null }> } | null, pendingImplementations: { recipientLevel: string | null, pendingCount: number, implementedCount: number, bodies: Array<{ implemented: boolean, body:
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
      , implementedBy: Array<{ id: string, number: string | null }> }> } | null };

export type WebCascadeFragment = { nodes: Array<{ depth: number, relation: CascadeRelation | null, inferred: boolean, level: string | null, document: { id: string, number: string | null, status: DocumentStatus }, parent: { id: string } | null }> };

export type WebOrganizationQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  ledAfter?: string | null | undefined;
  coordinatedAfter?: string | null | undefined;
  reportedAfter?: string | null | undefined;
  today: string;
}>;


export type WebOrganizationQuery = { organization: { id: string, name: string, orgKind: string | null, level: string | null, jurisdiction: string | null, partOf: { id: string, name: string } | null, tasksLedConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, section: string, text: string, deadline: { text: string, end: string | null, recurrence: string | null } | null, document: { id: string, number: string | null } } }> }, tasksCoordinatedConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, section: string, text: string, deadline: { text: string, end: string | null, recurrence: string | null } | null, document: { id: string, number: string | null } } }> }, tasksReportedToConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, section: string, text: string, deadline: { text: string, end: string | null, recurrence: string | null } | null, document: { id: string, number: string | null } } }> }, documentsIssued: Array<{ id: string, number: string | null, title: string | null, issuedDate: string | null }>, documentsReceived: Array<{ purpose: string | null, via: { name: string } | null, document: { id: string, number: string | null, title: string | null, status: DocumentStatus } }> } | null, coordinationPartners: { partners: Array<{ generic: boolean, partner:
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
      , counts: { leads: number, worksUnder: number, coLeads: number, coCoordinates: number, total: number } }> } | null, timeline: { edges: Array<{ node: { id: string, section: string, text: string, deadline: { text: string, end: string | null, recurrence: string | null } | null, document: { id: string, number: string | null } } }> }, overdue: { totalCount: number, edges: Array<{ node: { id: string, section: string, text: string, deadline: { text: string, end: string | null, recurrence: string | null } | null, document: { id: string, number: string | null } } }> } };

export type WebTaskLineFragment = { id: string, section: string, text: string, deadline: { text: string, end: string | null, recurrence: string | null } | null, document: { id: string, number: string | null } };

export type WebTaskPageFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, section: string, text: string, deadline: { text: string, end: string | null, recurrence: string | null } | null, document: { id: string, number: string | null } } }> };

export type WebPlansOwedQueryVariables = Exact<{
  body: string;
}>;


export type WebPlansOwedQuery = { plansOwed: Array<{ document: { id: string, number: string | null } }> };

export type WebSearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type WebSearchQuery = { search: { totalCount: number, hits: Array<{ score: number, snippet: string, highlights: Array<{ start: number, end: number }>, node:
        | { __typename: 'Document', number: string | null, title: string | null, id: string }
        | { __typename: 'Generic', id: string }
        | { __typename: 'OrgGroup', name: string, id: string }
        | { __typename: 'Organization', name: string, level: string | null, jurisdiction: string | null, id: string }
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Publication', id: string }
        | { __typename: 'Role', id: string }
        | { __typename: 'Target', metric: string, id: string, evidence: { document: { id: string, number: string | null } } }
        | { __typename: 'Task', section: string, id: string, document: { id: string, number: string | null } }
        | { __typename: 'Unresolved', id: string }
       }> } };

export type WebTargetsQueryVariables = Exact<{
  filter?: TargetFilter | null | undefined;
}>;


export type WebTargetsQuery = { targets: { sharedCount: number, groups: Array<{ key: string, year: number | null, metric: string, unit: string | null, perYear: boolean, entries: Array<{ level: string | null, jurisdiction: string | null, document: { id: string, number: string | null }, target: { id: string, value: number | null, min: number | null, max: number | null, qualifier: string | null } }> }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const WebSpanFragmentDoc = new TypedDocumentString(`
    fragment WebSpan on Evidence {
  start
  end
  quote
}
    `, {"fragmentName":"WebSpan"}) as unknown as TypedDocumentString<WebSpanFragment, unknown>;
export const WebActorEdgeFragmentDoc = new TypedDocumentString(`
    fragment WebActorEdge on ActorEdge {
  actor {
    id
    name
    kind
  }
  evidence {
    ...WebSpan
  }
}
    fragment WebSpan on Evidence {
  start
  end
  quote
}`, {"fragmentName":"WebActorEdge"}) as unknown as TypedDocumentString<WebActorEdgeFragment, unknown>;
export const WebDocumentLinkFragmentDoc = new TypedDocumentString(`
    fragment WebDocumentLink on DocumentLink {
  document {
    id
    number
    status
  }
  evidence {
    ...WebSpan
  }
}
    fragment WebSpan on Evidence {
  start
  end
  quote
}`, {"fragmentName":"WebDocumentLink"}) as unknown as TypedDocumentString<WebDocumentLinkFragment, unknown>;
export const WebCascadeFragmentDoc = new TypedDocumentString(`
    fragment WebCascade on ImplementationTree {
  nodes {
    depth
    relation
    inferred
    level
    document {
      id
      number
      status
    }
    parent {
      id
    }
  }
}
    `, {"fragmentName":"WebCascade"}) as unknown as TypedDocumentString<WebCascadeFragment, unknown>;
export const WebTaskLineFragmentDoc = new TypedDocumentString(`
    fragment WebTaskLine on Task {
  id
  section
  text
  deadline {
    text
    end
    recurrence
  }
  document {
    id
    number
  }
}
    `, {"fragmentName":"WebTaskLine"}) as unknown as TypedDocumentString<WebTaskLineFragment, unknown>;
export const WebTaskPageFragmentDoc = new TypedDocumentString(`
    fragment WebTaskPage on TaskConnection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
  edges {
    node {
      ...WebTaskLine
    }
  }
}
    fragment WebTaskLine on Task {
  id
  section
  text
  deadline {
    text
    end
    recurrence
  }
  document {
    id
    number
  }
}`, {"fragmentName":"WebTaskPage"}) as unknown as TypedDocumentString<WebTaskPageFragment, unknown>;
export const ActorTasksDocument = new TypedDocumentString(`
    query ActorTasks($actor: ID! = "tw/ban-can-su-dang-chinh-phu", $first: Int = 20, $after: String) {
  tasks(filter: {anyActor: $actor}, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        section
        text
        rolesOf(actor: $actor)
        deadline {
          text
          end
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActorTasksQuery, ActorTasksQueryVariables>;
export const CoordinationPathDocument = new TypedDocumentString(`
    query CoordinationPath($from: ID! = "tw/ban-tuyen-giao", $to: ID! = "tw/dang-doan-mat-tran-to-quoc", $maxHops: Int = 4) {
  coordinationPath(from: $from, to: $to, maxHops: $maxHops) {
    found
    length
    hops {
      from {
        id
        name
      }
      to {
        id
        name
      }
      tasks {
        task {
          id
        }
        direction
        evidence {
          quote
        }
        partnerEvidence {
          quote
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CoordinationPathQuery, CoordinationPathQueryVariables>;
export const DocumentByNumberDocument = new TypedDocumentString(`
    query DocumentByNumber($number: String! = "67-KH/HU") {
  document(number: $number) {
    id
    number
    type
    title
    issuedDate
    status
    jurisdiction
    issuers {
      actor {
        id
        name
      }
    }
    recipients {
      purpose
      actor {
        id
        name
        kind
      }
      evidence {
        quote
      }
    }
    implements {
      document {
        id
        number
        status
      }
      evidence {
        quote
      }
    }
    targets {
      metric
      value
      min
      max
      unit
      year
      evidence {
        quote
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentByNumberQuery, DocumentByNumberQueryVariables>;
export const ImplementationCascadeDocument = new TypedDocumentString(`
    query ImplementationCascade($root: ID! = "doc:20-NQ/TW@tw:2022", $plan: ID! = "doc:10-KH/TW@tw:2022") {
  implementationTree(document: $root, direction: DOWN, depth: 3) {
    nodes {
      depth
      relation
      inferred
      document {
        id
        number
        status
      }
      parent {
        id
      }
      evidence {
        quote
      }
    }
    byLevel {
      level
      documents
      placeholders
    }
  }
  pendingImplementations(document: $plan) {
    pendingCount
    implementedCount
    bodies {
      body {
        id
        name
      }
      implemented
      implementedBy {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ImplementationCascadeQuery, ImplementationCascadeQueryVariables>;
export const ImplementersDocument = new TypedDocumentString(`
    query Implementers($id: ID! = "doc:20-NQ/TW@tw:2022") {
  documents(filter: {implements: $id}, first: 100) {
    totalCount
    edges {
      node {
        id
        number
        type
        level
        jurisdiction
        issuedDate
        issuers {
          actor {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ImplementersQuery, ImplementersQueryVariables>;
export const OrganizationPartnersDocument = new TypedDocumentString(`
    query OrganizationPartners($id: ID! = "tw/ban-tuyen-giao") {
  organization(id: $id) {
    id
    name
    tasksLed {
      id
      section
      text
      document {
        id
        number
      }
      coordinators {
        actor {
          id
          name
          kind
        }
        evidence {
          quote
        }
      }
    }
    tasksCoordinated {
      id
      leads {
        actor {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationPartnersQuery, OrganizationPartnersQueryVariables>;
export const RecipientCoverageDocument = new TypedDocumentString(`
    query RecipientCoverage($document: ID! = "doc:h:c17ea55ac633508e") {
  recipientCoverage(document: $document) {
    summary {
      bodies
      covered
      notCovered
      notCheckable
      recipientsWithoutTask
      coverageRatio
    }
    bodies {
      actor {
        id
        name
        kind
      }
      status
      roles
      tasks {
        outlineId
        evidence {
          quote
        }
      }
      ways {
        kind
        reason
        groupRule
        archiveOnly
        recipient {
          purpose
          evidence {
            quote
          }
        }
      }
    }
    recipientsWithoutTask {
      actor {
        id
        name
      }
      purpose
    }
  }
}
    `) as unknown as TypedDocumentString<RecipientCoverageQuery, RecipientCoverageQueryVariables>;
export const ReportingLinesDocument = new TypedDocumentString(`
    query ReportingLines($id: ID! = "quang-tri/vinh-linh/ban-thuong-vu-huyen-uy") {
  organization(id: $id) {
    name
    reportedToBy {
      id
      name
      kind
    }
    tasksReportedTo {
      id
      text
      reportsTo {
        evidence {
          quote
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportingLinesQuery, ReportingLinesQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String! = "ban tuyen giao", $types: [SearchType!], $first: Int = 20) {
  search(text: $text, types: $types, first: $first) {
    totalCount
    hits {
      score
      snippet
      highlights {
        start
        end
      }
      node {
        __typename
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const SearchOrganizationsDocument = new TypedDocumentString(`
    query SearchOrganizations($text: String! = "ban tuyen giao", $level: String, $after: String) {
  organizations(filter: {search: $text, level: $level}, first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        level
        jurisdiction
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchOrganizationsQuery, SearchOrganizationsQueryVariables>;
export const TasksDueDocument = new TypedDocumentString(`
    query TasksDue($from: String = "2023-01-01", $to: String = "2023-12-31", $overdueAt: String = "2023-01-01") {
  due: tasks(filter: {dueFrom: $from, dueTo: $to}, first: 100) {
    totalCount
    edges {
      node {
        id
        text
        deadline {
          text
          end
        }
        leads {
          actor {
            name
          }
        }
      }
    }
  }
  recurring: tasks(filter: {recurring: true}, first: 100) {
    totalCount
    edges {
      node {
        id
        deadline {
          text
          recurrence
        }
      }
    }
  }
  overdue: tasks(filter: {overdueAt: $overdueAt}, first: 100) {
    totalCount
    edges {
      node {
        id
        deadline {
          end
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TasksDueQuery, TasksDueQueryVariables>;
export const WebCoverageReportDocument = new TypedDocumentString(`
    query WebCoverageReport($filter: CoverageFilter, $first: Int = 50, $after: String) {
  coverageReport(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        document {
          id
          number
          title
          level
          jurisdiction
        }
        summary {
          bodies
          covered
          notCovered
          notCheckable
          coverageRatio
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebCoverageReportQuery, WebCoverageReportQueryVariables>;
export const WebCoverageDocument = new TypedDocumentString(`
    query WebCoverage($document: ID!) {
  recipientCoverage(document: $document) {
    document {
      id
      number
      title
    }
    bodies {
      actor {
        id
        name
        kind
      }
      status
      roles
      tasks {
        outlineId
        role
        evidence {
          quote
        }
      }
      ways {
        kind
        reason
        recipient {
          purpose
          evidence {
            quote
          }
        }
      }
    }
    recipientsWithoutTask {
      purpose
      actor {
        id
        name
      }
      evidence {
        quote
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebCoverageQuery, WebCoverageQueryVariables>;
export const WebCascadePageDocument = new TypedDocumentString(`
    query WebCascadePage($id: ID!) {
  document(id: $id) {
    id
    number
    title
  }
  implementationTree(document: $id, direction: DOWN, depth: 5) {
    ...WebCascade
    byLevel {
      level
      documents
      placeholders
    }
  }
  pendingImplementations(document: $id) {
    bodies {
      body {
        id
        name
        kind
      }
      implemented
    }
  }
}
    fragment WebCascade on ImplementationTree {
  nodes {
    depth
    relation
    inferred
    level
    document {
      id
      number
      status
    }
    parent {
      id
    }
  }
}`) as unknown as TypedDocumentString<WebCascadePageQuery, WebCascadePageQueryVariables>;
export const WebDocumentIdDocument = new TypedDocumentString(`
    query WebDocumentId($number: String!) {
  document(number: $number) {
    id
  }
}
    `) as unknown as TypedDocumentString<WebDocumentIdQuery, WebDocumentIdQueryVariables>;
export const WebDeadlinesDocument = new TypedDocumentString(`
    query WebDeadlines($filter: TimelineFilter, $after: String) {
  timeline(filter: $filter, first: 100, after: $after) {
    ...WebTaskPage
  }
}
    fragment WebTaskLine on Task {
  id
  section
  text
  deadline {
    text
    end
    recurrence
  }
  document {
    id
    number
  }
}
fragment WebTaskPage on TaskConnection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
  edges {
    node {
      ...WebTaskLine
    }
  }
}`) as unknown as TypedDocumentString<WebDeadlinesQuery, WebDeadlinesQueryVariables>;
export const WebDocumentDocument = new TypedDocumentString(`
    query WebDocument($id: ID!) {
  document(id: $id) {
    id
    number
    type
    title
    issuedDate
    place
    status
    level
    jurisdiction
    text
    source {
      format
      fileName
      url
    }
    issuers {
      ...WebActorEdge
    }
    recipients {
      purpose
      actor {
        id
        name
        kind
      }
      evidence {
        ...WebSpan
      }
    }
    implements {
      ...WebDocumentLink
    }
    implementedBy {
      ...WebDocumentLink
    }
    tasks {
      id
      section
      text
      evidence {
        ...WebSpan
      }
      deadline {
        text
        end
        recurrence
      }
      leads {
        ...WebActorEdge
      }
      coordinators {
        ...WebActorEdge
      }
      reportsTo {
        ...WebActorEdge
      }
    }
    targets {
      id
      metric
      value
      min
      max
      unit
      year
      evidence {
        ...WebSpan
      }
    }
  }
}
    fragment WebSpan on Evidence {
  start
  end
  quote
}
fragment WebActorEdge on ActorEdge {
  actor {
    id
    name
    kind
  }
  evidence {
    ...WebSpan
  }
}
fragment WebDocumentLink on DocumentLink {
  document {
    id
    number
    status
  }
  evidence {
    ...WebSpan
  }
}`) as unknown as TypedDocumentString<WebDocumentQuery, WebDocumentQueryVariables>;
export const WebDocumentSideDocument = new TypedDocumentString(`
    query WebDocumentSide($id: ID!, $ingested: Boolean!) {
  recipientCoverage(document: $id) @include(if: $ingested) {
    summary {
      bodies
      covered
      notCovered
      notCheckable
      coverageRatio
    }
    bodies {
      actor {
        id
        name
        kind
      }
      status
      roles
    }
    recipientsWithoutTask {
      purpose
      actor {
        id
        name
      }
    }
  }
  up: implementationTree(document: $id, direction: UP, depth: 5) {
    ...WebCascade
  }
  down: implementationTree(document: $id, direction: DOWN, depth: 5) {
    ...WebCascade
  }
  pendingImplementations(document: $id) {
    recipientLevel
    pendingCount
    implementedCount
    bodies {
      body {
        id
        name
        kind
      }
      implemented
      implementedBy {
        id
        number
      }
    }
  }
}
    fragment WebCascade on ImplementationTree {
  nodes {
    depth
    relation
    inferred
    level
    document {
      id
      number
      status
    }
    parent {
      id
    }
  }
}`) as unknown as TypedDocumentString<WebDocumentSideQuery, WebDocumentSideQueryVariables>;
export const WebOrganizationDocument = new TypedDocumentString(`
    query WebOrganization($id: ID!, $first: Int = 10, $ledAfter: String, $coordinatedAfter: String, $reportedAfter: String, $today: String!) {
  organization(id: $id) {
    id
    name
    orgKind
    level
    jurisdiction
    partOf {
      id
      name
    }
    tasksLedConnection(first: $first, after: $ledAfter) {
      ...WebTaskPage
    }
    tasksCoordinatedConnection(first: $first, after: $coordinatedAfter) {
      ...WebTaskPage
    }
    tasksReportedToConnection(first: $first, after: $reportedAfter) {
      ...WebTaskPage
    }
    documentsIssued {
      id
      number
      title
      issuedDate
    }
    documentsReceived {
      purpose
      via {
        name
      }
      document {
        id
        number
        title
        status
      }
    }
  }
  coordinationPartners(organization: $id) {
    partners {
      generic
      partner {
        id
        name
        kind
      }
      counts {
        leads
        worksUnder
        coLeads
        coCoordinates
        total
      }
    }
  }
  timeline(filter: {actor: $id}, first: 100) {
    edges {
      node {
        ...WebTaskLine
      }
    }
  }
  overdue(at: $today, filter: {actor: $id}, first: 100) {
    totalCount
    edges {
      node {
        ...WebTaskLine
      }
    }
  }
}
    fragment WebTaskLine on Task {
  id
  section
  text
  deadline {
    text
    end
    recurrence
  }
  document {
    id
    number
  }
}
fragment WebTaskPage on TaskConnection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
  edges {
    node {
      ...WebTaskLine
    }
  }
}`) as unknown as TypedDocumentString<WebOrganizationQuery, WebOrganizationQueryVariables>;
export const WebPlansOwedDocument = new TypedDocumentString(`
    query WebPlansOwed($body: ID!) {
  plansOwed(body: $body) {
    document {
      id
      number
    }
  }
}
    `) as unknown as TypedDocumentString<WebPlansOwedQuery, WebPlansOwedQueryVariables>;
export const WebSearchDocument = new TypedDocumentString(`
    query WebSearch($text: String!, $first: Int = 50) {
  search(text: $text, first: $first) {
    totalCount
    hits {
      score
      snippet
      highlights {
        start
        end
      }
      node {
        __typename
        id
        ... on Document {
          number
          title
        }
        ... on Organization {
          name
          level
          jurisdiction
        }
        ... on OrgGroup {
          name
        }
        ... on Person {
          name
        }
        ... on Task {
          section
          document {
            id
            number
          }
        }
        ... on Target {
          metric
          evidence {
            document {
              id
              number
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebSearchQuery, WebSearchQueryVariables>;
export const WebTargetsDocument = new TypedDocumentString(`
    query WebTargets($filter: TargetFilter) {
  targets(filter: $filter) {
    sharedCount
    groups {
      key
      year
      metric
      unit
      perYear
      entries {
        level
        jurisdiction
        document {
          id
          number
        }
        target {
          id
          value
          min
          max
          qualifier
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebTargetsQuery, WebTargetsQueryVariables>;