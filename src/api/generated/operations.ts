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
