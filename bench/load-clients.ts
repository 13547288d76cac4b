/**
 * The clients of `npm run load`, each group in a process of its own (load.ts forks one for the
 * normal clients and one for the attackers), so that building and sending 9 MiB bodies does not
 * slow the normal clients' event loop and the test measures the server, not the client. Bodies
 * are encoded once. The parent drives a group by messages: run until a time, or send one kind of
 * call n times in a row (to price it on the server); each answer is the outcomes.
 */
import { Agent, request } from 'node:http';

export interface Call {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  body?: Buffer;
}

export interface Outcome {
  name: string;
  ms: number;
  status: number;
  code: string | undefined;
}

export type Command = { until: number } | { repeat: string; times: number };

const gql = (name: string, query: string): Call => ({
  name,
  method: 'POST',
  path: '/graphql',
  body: Buffer.from(JSON.stringify({ query, variables: {} })),
});
const aliases = (n: number, field: string) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join('\n')} }`;

export const NORMAL: Call[] = [
  gql(
    'document',
    '{ document(number: "10-KH/TW") { id title tasks { id text leads { actor { name } } } } }',
  ),
  gql(
    'tasks page',
    '{ tasks(first: 50) { totalCount edges { node { id text document { title } } } } }',
  ),
  gql('search', '{ search(text: "ban tuyen giao", first: 10) { totalCount } }'),
  gql(
    'organization',
    '{ organization(id: "tw/ban-tuyen-giao") { name tasksLed { id } } coordinationPartners(organization: "tw/ban-tuyen-giao") { totalPartners } }',
  ),
  gql(
    'coverage',
    '{ recipientCoverage(document: "doc:10-KH/TW@tw:2022") { summary { bodies covered } } }',
  ),
  gql('timeline', '{ timeline(first: 20) { totalCount } }'),
  { name: 'export csv', method: 'GET', path: '/export/timeline.csv?at=2023-01-01' },
];

/** What once broke the service (issue 15). */
export const ATTACKS: Call[] = [
  gql('15 × coverageReport', aliases(15, 'coverageReport { totalCount }')),
  gql(
    '300 × coordinationPartners',
    aliases(300, 'coordinationPartners(organization: "tw/ban-tuyen-giao") { totalPartners }'),
  ),
  gql('9 MiB of __typename', aliases(480_000, '__typename')),
  { name: '11 MB body', method: 'POST', path: '/graphql', body: Buffer.alloc(11_000_000, 'x') },
  gql(
    'too deep',
    '{ organization(id: "tw/ban-tuyen-giao") { units { units { units { units { units { units { units { units { units { id } } } } } } } } } } }',
  ),
];

function send(base: URL, agent: Agent, call: Call): Promise<Outcome> {
  const started = performance.now();
  const headers: Record<string, string | number> = { 'content-type': 'application/json' };
  if (call.body) headers['content-length'] = call.body.length;
  return new Promise((resolveCall) => {
    const req = request(
      new URL(call.path, base),
      { method: call.method, agent, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const code = /"code":"([A-Z_]+)"/.exec(text)?.[1];
          const ms = performance.now() - started;
          resolveCall({ name: call.name, ms, status: res.statusCode ?? 0, code });
        });
      },
    );
    req.on('error', (e) =>
      resolveCall({ name: call.name, ms: performance.now() - started, status: 0, code: e.message }),
    );
    req.end(call.body);
  });
}

/** A normal client keeps under the API's per-address rate limit (50 a second, bench/load.ts):
 *  the goal is that a user who keeps to the limit is served as well beside the attackers as
 *  without them; only the attackers flood. */
export const NORMAL_PER_SECOND = 40;

/** One client: its own loopback address (the per-address rate limit counts each), calls in turn,
 *  at most `perSecond` of them a second. */
async function client(
  base: URL,
  address: string,
  calls: Call[],
  until: number,
  most = Infinity,
  perSecond = Infinity,
) {
  const agent = new Agent({ keepAlive: true, localAddress: address });
  const out: Outcome[] = [];
  const start = Date.now();
  for (let i = 0; Date.now() < until && i < most; i += 1) {
    const wait = start + (i * 1000) / perSecond - Date.now();
    if (wait > 0) await new Promise((resolveWait) => setTimeout(resolveWait, wait));
    out.push(await send(base, agent, calls[i % calls.length]!));
  }
  agent.destroy();
  return out;
}

/** `--group <normal|attack> <api url> <count> <first address>`: a group, driven by messages. */
export function runGroup(argv: string[]): void {
  const [kind, url, count, first] = argv;
  const base = new URL(url!);
  const calls = kind === 'attack' ? ATTACKS : NORMAL;
  process.on('message', (command: Command) => {
    const addresses = Array.from(
      { length: Number(count) },
      (_, i) => `127.0.0.${Number(first) + i}`,
    );
    const done =
      'until' in command
        ? Promise.all(
            addresses.map((a) =>
              client(
                base,
                a,
                calls,
                command.until,
                Infinity,
                kind === 'attack' ? Infinity : NORMAL_PER_SECOND,
              ),
            ),
          ).then((all) => all.flat())
        : client(
            base,
            addresses[0]!,
            calls.filter((c) => c.name === command.repeat),
            Number.POSITIVE_INFINITY,
            command.times,
          );
    void done.then((outcomes) => process.send?.(outcomes));
  });
  process.once('disconnect', () => process.exit(0));
}
