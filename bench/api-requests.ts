/**
 * The questions of `bench:api` (and `bench:scale`): the corpus's entities to ask about, picked
 * from the graph, and the GraphQL requests about them; and how a request is timed.
 */
import type { Driver } from 'neo4j-driver';

export interface ApiRequest {
  name: string;
  /** The p95 the issue asks for (single entities 50 ms, traversals 100 ms). */
  goalMs?: number;
  /** Fewer runs for a request that takes seconds. */
  runs?: number;
  query: string;
  variables: object;
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export interface Measured {
  p50: number;
  p95: number;
  perSecond: number;
}

const measured = (times: number[], elapsedMs: number): Measured => {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    perSecond: times.length / (elapsedMs / 1000),
  };
};

/** Ways of doing the same work timed in turn, one run of each after the other (after the same
 *  warm-up): on a shared machine they all meet the same load, so their ratios are fair. */
export async function measureInTurn(
  runs: readonly (() => Promise<void>)[],
  count: number,
): Promise<Measured[]> {
  for (let i = 0; i < Math.min(20, count); i++) for (const run of runs) await run();
  const times: number[][] = runs.map(() => []);
  for (let i = 0; i < count; i++) {
    for (const [k, run] of runs.entries()) {
      const t0 = performance.now();
      await run();
      times[k]?.push(performance.now() - t0);
    }
  }
  const sum = (t: number[]): number => t.reduce((a, b) => a + b, 0);
  return times.map((t) => measured(t, sum(t)));
}

/** Two ways of doing the same work timed in turn (measureInTurn). */
export async function measurePair(
  first: () => Promise<void>,
  second: () => Promise<void>,
  count: number,
): Promise<[Measured, Measured]> {
  const [a, b] = await measureInTurn([first, second], count);
  return [a as Measured, b as Measured];
}

export async function measure(
  run: () => Promise<void>,
  count: number,
  warmups = Math.min(20, count),
): Promise<Measured> {
  for (let i = 0; i < warmups; i++) await run();
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), perSecond: count / elapsed };
}

async function pick(
  driver: Driver,
  database: string,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<string> {
  const { records } = await driver.executeQuery(cypher, params, { database });
  const value = records[0]?.get('id') as string | undefined;
  if (!value) throw new Error(`the corpus has nothing for: ${cypher}`);
  return value;
}

/** The body that leads the tasks with the most coordinating bodies. */
export function mostPartnered(driver: Driver, database: string): Promise<string> {
  return pick(
    driver,
    database,
    'MATCH (o:Organization)<-[:LED_BY]-(:Task)-[:COORDINATES_WITH]->(p:Organization) RETURN o.id AS id, count(p) AS n ORDER BY n DESC, id LIMIT 1',
  );
}

/** coordinationPartners of `id`, as bench:api asks it. */
export function partnersRequest(name: string, id: string): ApiRequest {
  return {
    name,
    query: `query($id: ID!) { coordinationPartners(organization: $id) { totalPartners
        partners { partner { id name } tasks { direction task { id } } } } }`,
    variables: { id },
  };
}

/** The requests of the benchmark on the synthetic cascade in `driver`. */
export async function benchRequests(driver: Driver, database: string): Promise<ApiRequest[]> {
  // Entities of the corpus to ask about: the resolution at the top, the busiest body.
  const resolution = await pick(
    driver,
    database,
    "MATCH (d:Document {status: 'ingested'}) WHERE d.number ENDS WITH '-NQ/TW' RETURN d.id AS id ORDER BY d.id LIMIT 1",
  );
  const busiest = await pick(
    driver,
    database,
    'MATCH (o:Organization)<-[:LED_BY]-(t:Task) RETURN o.id AS id, count(t) AS n ORDER BY n DESC, id LIMIT 1',
  );
  const province = await pick(
    driver,
    database,
    "MATCH (d:Document {status: 'ingested'}) WHERE d.number ENDS WITH '/TU' RETURN d.id AS id ORDER BY d.id LIMIT 1",
  );
  // The Politburo's plan implementing the resolution (sent to every province).
  const plan = await pick(
    driver,
    database,
    "MATCH (d:Document {status: 'ingested'})-[:IMPLEMENTS]->(:Document {id: $resolution}) WHERE d.number ENDS WITH '-KH/TW' RETURN d.id AS id ORDER BY d.id LIMIT 1",
    { resolution },
  );
  // A provincial programme: its cascade to depth 3 is the province's districts and communes.
  const provincial = await pick(
    driver,
    database,
    "MATCH (d:Document {status: 'ingested'})-[:IMPLEMENTS]->(:Document {id: $resolution}) WHERE d.number ENDS WITH '-CTr/TU' RETURN d.id AS id ORDER BY d.id LIMIT 1",
    { resolution },
  );
  const partnered = await mostPartnered(driver, database);
  const TREE_DEPTH_3 = `query($id: ID!) { implementationTree(document: $id, direction: DOWN, depth: 3) {
    byDepth { depth documents } byLevel { level documents placeholders }
    nodes { depth relation inferred document { id number status } parent { id } evidence { quote } } } }`;
  // A provincial body that leads a task: far from the central body in the coordination network.
  const provincialLead = await pick(
    driver,
    database,
    "MATCH (o:Organization {level: 'tinh'})<-[:LED_BY]-(:Task)<-[:HAS_TASK]-(d:Document) WHERE d.number ENDS WITH '-CTr/TU' RETURN o.id AS id ORDER BY o.id LIMIT 1",
  );
  // The half-year with the most tasks due ("2024-2": July to December 2024), so the window
  // holds tasks (no task of the synthetic corpus falls due after 2024).
  const half = await pick(
    driver,
    database,
    "MATCH (t:Task) WHERE t.dueEnd IS NOT NULL WITH left(t.dueEnd, 4) + CASE WHEN substring(t.dueEnd, 5, 2) <= '06' THEN '-1' ELSE '-2' END AS id RETURN id, count(*) AS n ORDER BY n DESC, id LIMIT 1",
  );
  const [year, part] = half.split('-');
  const [dueFrom, dueTo] =
    part === '1' ? [`${year}-01-01`, `${year}-06-30`] : [`${year}-07-01`, `${year}-12-31`];
  return [
    {
      name: 'document by id: issuer, recipients with purpose and evidence, references',
      goalMs: 50,
      query: `query($id: ID!) { document(id: $id) { id number title issuedDate
        issuers { actor { id name } }
        recipients { purpose actor { id name kind } evidence { quote } }
        implements { document { id number status } } } }`,
      variables: { id: province },
    },
    {
      name: 'organization by id: tasks led with their documents and coordinators',
      goalMs: 50,
      query: `query($id: ID!) { organization(id: $id) { id name
        tasksLed { id section document { id number } coordinators { actor { id name } } } } }`,
      variables: { id: busiest },
    },
    {
      name: 'documents implementing the resolution (first 100, totalCount)',
      query: `query($id: ID!) { documents(filter: { implements: $id }, first: 100) { totalCount
        edges { node { id number issuedDate issuers { actor { name } } } } } }`,
      variables: { id: resolution },
    },
    {
      name: `tasks due ${dueFrom} – ${dueTo} (first 50) with lead and document`,
      query: `query($from: String!, $to: String!) { tasks(filter: { dueFrom: $from, dueTo: $to }, first: 50) {
        totalCount edges { node { id text deadline { end } leads { actor { name } }
        document { number } } } } }`,
      variables: { from: dueFrom, to: dueTo },
    },
    {
      name: 'accent-insensitive search "ban tuyen giao" (first 10)',
      query: `{ search(text: "ban tuyen giao", first: 10) { totalCount hits { score snippet node { id } } } }`,
      variables: {},
    },
    {
      name: "recipient coverage of the resolution's plan: every body, way and quote",
      goalMs: 100,
      query: `query($id: ID!) { recipientCoverage(document: $id) {
        summary { bodies covered notCovered notCheckable recipients recipientsWithoutTask coverageRatio }
        bodies { actor { id name } status tasks { outlineId role evidence { quote } }
          ways { kind reason groupRule recipient { purpose evidence { quote } } } }
        recipientsWithoutTask { actor { id name } evidence { quote } } } }`,
      variables: { id: plan },
    },
    {
      name: "implementationTree of a province's programme, DOWN, depth 3 (every node with its parent)",
      goalMs: 100,
      query: TREE_DEPTH_3,
      variables: { id: provincial },
    },
    {
      // Like for like: the programme's depth 3 gains communes at every size (they are dealt over
      // the districts), its depth 1 is its districts' plans, the same at every size from 1,000
      // documents: the same traversal, an answer of fixed size.
      name: "implementationTree of a province's programme, DOWN, depth 1 (its districts' plans)",
      goalMs: 100,
      query: TREE_DEPTH_3.replace('depth: 3', 'depth: 1'),
      variables: { id: provincial },
    },
    {
      name: 'implementationTree of the resolution, DOWN, depth 3: the whole corpus (10,000 nodes)',
      runs: 20,
      query: TREE_DEPTH_3,
      variables: { id: resolution },
    },
    {
      name: "pendingImplementations of a province's programme",
      query: `query($id: ID!) { pendingImplementations(document: $id) { pendingCount implementedCount
        bodies { body { id name } implemented implementedBy { id } reasons { kind evidence { quote } } } } }`,
      variables: { id: provincial },
    },
    partnersRequest('coordinationPartners of the body with the most coordinators', partnered),
    // Like for like: the busiest body shares more tasks at every size (every province's
    // programme gives it some); a provincial body's tasks are its province's programme's alone.
    partnersRequest(
      'coordinationPartners of a provincial lead (its province programme only)',
      provincialLead,
    ),
    {
      name: 'coordinationPath from that body to a provincial lead (maxHops 4)',
      runs: 50,
      query: `query($from: ID!, $to: ID!) { coordinationPath(from: $from, to: $to, maxHops: 4) {
        found length hops { from { id } to { id } tasks { task { id } direction } } } }`,
      variables: { from: partnered, to: provincialLead },
    },
  ];
}
