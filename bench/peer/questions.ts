/**
 * The seven questions, each as our API asks it and as the peer's generated API asks it, with a
 * normaliser that turns either answer into the same comparable shape (order kept where the
 * question orders, sets sorted where it does not) and counts its rows.
 */
export interface Picks {
  /** A provincial programme: issuer, recipients, references. */
  document: string;
  /** The body that leads the most tasks. */
  body: string;
  /** A resolution that many documents implement. */
  resolution: string;
  /** A half-year window holding due tasks. */
  dueFrom: string;
  dueTo: string;
  /** The province whose documents set the most tasks. */
  province: string;
}

type Json = Record<string, unknown>;
export interface Side {
  query: string;
  variables: Json;
  normalise: (data: Json) => unknown;
}
export interface Question {
  name: string;
  nested: boolean;
  ours: Side;
  peer: Side;
  /** Rows in a normalised answer (every question must return some). */
  rows: (normalised: unknown) => number;
}

const ids = (list: unknown[], key: (x: Json) => string): string[] =>
  [...new Set((list as Json[]).map(key))].sort();
const multiset = (list: unknown[], key: (x: Json) => string): string[] =>
  (list as Json[]).map(key).sort();
const get = (x: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((v, k) => (v as Json | null | undefined)?.[k], x);
const str = (x: unknown, ...path: string[]): string => String(get(x, ...path) ?? '');
const list = (x: unknown, ...path: string[]): unknown[] => (get(x, ...path) as unknown[]) ?? [];
const length = (x: unknown, key: string): number => list(x, key).length;

export function questions(p: Picks): Question[] {
  return [
    {
      name: 'document by id: issuer, recipients, references',
      nested: false,
      ours: {
        query: `query($id: ID!) { document(id: $id) { id number title
          issuers { actor { id name } evidence { quote } }
          recipients { purpose actor { id name } }
          implements { document { id number } } } }`,
        variables: { id: p.document },
        normalise: (d) => ({
          id: str(d, 'document', 'id'),
          title: str(d, 'document', 'title'),
          issuers: multiset(
            list(d, 'document', 'issuers'),
            (e) => `${str(e, 'actor', 'id')}|${str(e, 'evidence', 'quote')}`,
          ),
          recipients: multiset(
            list(d, 'document', 'recipients'),
            (e) => `${str(e, 'actor', 'id')}|${str(e, 'purpose')}`,
          ),
          implements: ids(list(d, 'document', 'implements'), (e) => str(e, 'document', 'id')),
        }),
      },
      peer: {
        query: `query($id: ID!) { documents(where: { id: { eq: $id } }) { id number title
          issuersConnection { edges { node { id name } properties { quote } } }
          recipientsConnection { edges { node { id name } properties { purpose } } }
          implements { id number } } }`,
        variables: { id: p.document },
        normalise: (d) => {
          const doc = list(d, 'documents')[0];
          return {
            id: str(doc, 'id'),
            title: str(doc, 'title'),
            issuers: multiset(
              list(doc, 'issuersConnection', 'edges'),
              (e) => `${str(e, 'node', 'id')}|${str(e, 'properties', 'quote')}`,
            ),
            recipients: multiset(
              list(doc, 'recipientsConnection', 'edges'),
              (e) => `${str(e, 'node', 'id')}|${str(e, 'properties', 'purpose')}`,
            ),
            implements: ids(list(doc, 'implements'), (e) => str(e, 'id')),
          };
        },
      },
      rows: (n) => length(n, 'recipients') + length(n, 'issuers'),
    },
    {
      name: "a body's led tasks with their documents and coordinators",
      nested: true,
      ours: {
        query: `query($id: ID!) { organization(id: $id) { id name
          tasksLed { id text document { id number } coordinators { actor { id name } } } } }`,
        variables: { id: p.body },
        normalise: (d) => ({
          tasks: list(d, 'organization', 'tasksLed')
            .map((t) => ({
              id: str(t, 'id'),
              document: str(t, 'document', 'id'),
              coordinators: ids(list(t, 'coordinators'), (c) => str(c, 'actor', 'id')),
            }))
            .sort((a, b) => a.id.localeCompare(b.id)),
        }),
      },
      peer: {
        query: `query($id: ID!) { actors(where: { id: { eq: $id } }) { id name
          tasksLed { id text document { id number } coordinators { id name } } } }`,
        variables: { id: p.body },
        normalise: (d) => ({
          tasks: list(list(d, 'actors')[0], 'tasksLed')
            .map((t) => ({
              id: str(t, 'id'),
              document: str(list(t, 'document')[0], 'id'),
              coordinators: ids(list(t, 'coordinators'), (c) => str(c, 'id')),
            }))
            .sort((a, b) => a.id.localeCompare(b.id)),
        }),
      },
      rows: (n) => length(n, 'tasks'),
    },
    {
      name: 'implementers of a resolution (first 100) with a total',
      nested: false,
      ours: {
        query: `query($id: ID!) { documents(filter: { implements: $id }, first: 100) { totalCount
          edges { node { id number issuedDate } } } }`,
        variables: { id: p.resolution },
        normalise: (d) => ({
          total: get(d, 'documents', 'totalCount'),
          ids: list(d, 'documents', 'edges').map((e) => str(e, 'node', 'id')),
        }),
      },
      peer: {
        query: `query($id: ID!) { documentsConnection(where: { implements: { some: { id: { eq: $id } } } },
          first: 100, sort: [{ id: ASC }]) { totalCount edges { node { id number issuedDate } } } }`,
        variables: { id: p.resolution },
        normalise: (d) => ({
          total: get(d, 'documentsConnection', 'totalCount'),
          ids: list(d, 'documentsConnection', 'edges').map((e) => str(e, 'node', 'id')),
        }),
      },
      rows: (n) => length(n, 'ids'),
    },
    {
      name: `tasks due ${p.dueFrom} – ${p.dueTo} (first 50) with leads and document`,
      nested: false,
      ours: {
        query: `query($from: String!, $to: String!) { tasks(where: { dueEnd: { gte: $from, lte: $to } }, first: 50) {
          totalCount edges { node { id text deadline { end } leads { actor { id name } } document { id } } } } }`,
        variables: { from: p.dueFrom, to: p.dueTo },
        normalise: (d) => ({
          total: get(d, 'tasks', 'totalCount'),
          tasks: list(d, 'tasks', 'edges').map((e) => [
            str(e, 'node', 'id'),
            str(e, 'node', 'deadline', 'end'),
            str(e, 'node', 'document', 'id'),
            ids(list(e, 'node', 'leads'), (l) => str(l, 'actor', 'id')),
          ]),
        }),
      },
      peer: {
        query: `query($from: String!, $to: String!) { tasksConnection(where: { dueEnd: { gte: $from, lte: $to } },
          first: 50, sort: [{ id: ASC }]) { totalCount edges { node { id text dueEnd leads { id name } document { id } } } } }`,
        variables: { from: p.dueFrom, to: p.dueTo },
        normalise: (d) => ({
          total: get(d, 'tasksConnection', 'totalCount'),
          tasks: list(d, 'tasksConnection', 'edges').map((e) => [
            str(e, 'node', 'id'),
            str(e, 'node', 'dueEnd'),
            str(list(get(e, 'node'), 'document')[0], 'id'),
            ids(list(e, 'node', 'leads'), (l) => str(l, 'id')),
          ]),
        }),
      },
      rows: (n) => length(n, 'tasks'),
    },
    ...moreQuestions(p),
  ];
}

function moreQuestions(p: Picks): Question[] {
  const tasksOf = (docs: unknown[], tasksPath: string[], leadId: string[]) =>
    docs.map((doc) => [
      str(doc, 'id'),
      list(doc, ...tasksPath).map((e) => [
        str(e, 'node', 'id'),
        ids(list(e, 'node', 'leads'), (l) => str(l, ...leadId)),
      ]),
    ]);
  return [
    {
      name: "two levels: a province's documents (first 20), their tasks (first 10) and leads",
      nested: true,
      ours: {
        query: `query($p: String!) { documents(filter: { jurisdiction: $p }, first: 20) { edges { node { id
          tasksConnection(first: 10) { edges { node { id leads { actor { id } } } } } } } } }`,
        variables: { p: p.province },
        normalise: (d) =>
          tasksOf(
            list(d, 'documents', 'edges').map((e) => get(e, 'node')),
            ['tasksConnection', 'edges'],
            ['actor', 'id'],
          ),
      },
      peer: {
        query: `query($p: String!) { documentsConnection(where: { province: { eq: $p } }, first: 20, sort: [{ id: ASC }]) {
          edges { node { id tasksConnection(first: 10, sort: [{ node: { id: ASC } }]) { edges { node { id leads { id } } } } } } } }`,
        variables: { p: p.province },
        normalise: (d) =>
          tasksOf(
            list(d, 'documentsConnection', 'edges').map((e) => get(e, 'node')),
            ['tasksConnection', 'edges'],
            ['id'],
          ),
      },
      rows: (n) => (n as unknown[][]).reduce((sum, doc) => sum + (doc[1] as unknown[]).length, 0),
    },
    {
      name: 'search "ban tuyen giao" among organizations (first 10)',
      nested: false,
      ours: {
        query:
          '{ search(text: "ban tuyen giao", types: [ORGANIZATION], first: 10) { hits { node { id } } } }',
        variables: {},
        normalise: (d) => list(d, 'search', 'hits').map((h) => str(h, 'node', 'id')),
      },
      peer: {
        // The integrator passes Lucene: our API turns the words into this query itself.
        query: '{ searchOrganizations(query: "ban AND tuyen AND giao", limit: 10) { id } }',
        variables: {},
        normalise: (d) => list(d, 'searchOrganizations').map((a) => str(a, 'id')),
      },
      rows: (n) => (n as unknown[]).length,
    },
    {
      name: 'grouped count: tasks led per body, the 20 busiest',
      nested: false,
      ours: {
        query:
          '{ tasksAggregate(where: { leadCount: { gte: 1 } }, groupBy: [LEAD], first: 20) { groups { lead count } } }',
        variables: {},
        normalise: (d) =>
          list(d, 'tasksAggregate', 'groups').map((g) => [str(g, 'lead'), get(g, 'count')]),
      },
      peer: {
        query:
          '{ actors(sort: [{ tasksLedCount: DESC }, { id: ASC }], limit: 20) { id tasksLedCount } }',
        variables: {},
        normalise: (d) => list(d, 'actors').map((a) => [str(a, 'id'), get(a, 'tasksLedCount')]),
      },
      rows: (n) => (n as unknown[]).length,
    },
  ];
}
