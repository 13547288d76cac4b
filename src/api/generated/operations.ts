/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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

/** A role in a task. */
export type TaskRole =
  /** Coordinates on it (COORDINATES_WITH). */
  | 'COORDINATOR'
  /** Leads it (LED_BY). */
  | 'LEAD'
  /** Receives its report (REPORTS_TO). */
  | 'REPORTED_TO';

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
