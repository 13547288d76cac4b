/**
 * The API process's CPU profile (a V8 .cpuprofile) split into the stages of a request: each
 * sample goes to the stage of the frame nearest its leaf that belongs to one; frames of shared
 * helpers (graphql-js's visitor and type info, utility modules, native calls without a file)
 * say nothing and are passed over, so a visitor step of a validation rule counts as validation.
 */

interface CallFrame {
  functionName: string;
  url: string;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export const STAGES = [
  'HTTP body read and JSON parse',
  'GraphQL parse',
  'GraphQL validation',
  'cost and limit rules',
  'context and viewer set-up',
  'Apollo request pipeline',
  'GraphQL execution (graphql-js)',
  'resolvers, statements and shaping',
  'Neo4j driver',
  'result serialisation',
  'logging and metrics',
  'HTTP (node:http, sockets)',
  'garbage collection',
  'other',
] as const;
export type Stage = (typeof STAGES)[number];

/** Frames that belong to no stage of their own: the stage is their caller's. */
const NEUTRAL = [
  '/graphql/language/visitor',
  '/graphql/utilities/TypeInfo',
  '/graphql/jsutils/',
  '/graphql/type/',
  '/tslib/',
];

/** A frame's stage by the function (where the module is shared) or the module. */
function stageOf(frame: CallFrame): Stage | 'neutral' | 'idle' | undefined {
  const { functionName: fn, url } = frame;
  if (fn === '(idle)') return 'idle';
  if (fn === '(garbage collector)') return 'garbage collection';
  if (fn === '(program)') return 'other';
  if (url === '' || url.startsWith('node:')) return undefined;
  if (NEUTRAL.some((n) => url.includes(n))) return 'neutral';
  if (fn === 'prettyJSONStringify' || fn === 'stringify') return 'result serialisation';
  if (fn === 'parsedBody' || fn === 'readBody') return 'HTTP body read and JSON parse';
  if (fn === 'createContext') return 'context and viewer set-up';
  if (url.includes('neo4j-driver')) return 'Neo4j driver';
  if (url.includes('/graphql/language/')) return 'GraphQL parse';
  if (url.includes('/graphql/validation/')) return 'GraphQL validation';
  if (url.includes('/graphql/execution/')) return 'GraphQL execution (graphql-js)';
  if (/\/src\/api\/(limits|cost)\.ts/.test(url)) return 'cost and limit rules';
  if (/\/src\/api\/(context|auth)\.ts|\/src\/read\/viewer\.ts|read-key\.ts/.test(url))
    return 'context and viewer set-up';
  if (/\/src\/api\/(resolvers|cypher)\/|\/src\/read\/|\/src\/api\/[a-z-]+\.ts/.test(url))
    return url.includes('/src/api/metrics.ts')
      ? 'logging and metrics'
      : 'resolvers, statements and shaping';
  if (/pino|prom-client|sonic-boom|\/http\/observe\.ts/.test(url)) return 'logging and metrics';
  if (url.includes('@apollo/') || url.includes('/http/graphql.ts'))
    return 'Apollo request pipeline';
  if (url.includes('/src/api/http/')) return 'HTTP (node:http, sockets)';
  return 'other';
}

/** Milliseconds of CPU per stage over the whole profile (idle left out). */
export function stageTimes(profile: CpuProfile): Map<Stage, number> {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const memo = new Map<number, Stage | 'idle'>();
  const resolve = (id: number): Stage | 'idle' => {
    const known = memo.get(id);
    if (known) return known;
    let sawNode = false;
    let stage: Stage | 'idle' = 'other';
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame) break;
      const s = stageOf(frame);
      if (frame.url.startsWith('node:')) sawNode = true;
      if (s === undefined || s === 'neutral') continue;
      stage = s;
      break;
    }
    // Only Node's own frames up to the root: the event loop's socket and HTTP work.
    if (stage === 'other' && sawNode && byId.get(id)?.callFrame.functionName !== '(program)')
      stage = 'HTTP (node:http, sockets)';
    memo.set(id, stage);
    return stage;
  };
  const times = new Map<Stage, number>(STAGES.map((s) => [s, 0]));
  profile.samples.forEach((id, i) => {
    const stage = resolve(id);
    if (stage === 'idle') return;
    times.set(stage, (times.get(stage) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return times;
}
