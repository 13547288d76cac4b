/** bench/api-cpu-stages.ts: a CPU profile's samples split into the stages of a request. */
import { describe, expect, it } from 'vitest';
import { stageTimes, type CpuProfile } from '../../bench/api-cpu-stages.ts';

const frame = (id: number, functionName: string, url: string, children: number[] = []) => ({
  id,
  callFrame: { functionName, url },
  children,
});

// root → processTicks (node) → a resolver → graphql's visitor (neutral) → the driver;
// root → (idle); root → (garbage collector); a validation rule walking with the visitor.
const profile: CpuProfile = {
  nodes: [
    frame(1, '(root)', '', [2, 6, 7, 8]),
    frame(2, 'processTicksAndRejections', 'node:internal/process/task_queues', [3]),
    frame(3, 'document', 'file:///app/src/api/resolvers/query.ts', [4, 5]),
    frame(4, 'run', 'file:///app/node_modules/neo4j-driver-core/lib/session.js'),
    frame(5, 'visit', 'file:///app/node_modules/graphql/language/visitor.js'),
    frame(6, '(idle)', ''),
    frame(7, '(garbage collector)', ''),
    frame(8, 'validate', 'file:///app/node_modules/graphql/validation/validate.js', [9]),
    frame(9, 'visit', 'file:///app/node_modules/graphql/language/visitor.js'),
  ],
  startTime: 0,
  endTime: 9_000,
  samples: [4, 4, 5, 6, 7, 9, 2],
  timeDeltas: [1_000, 1_000, 1_000, 3_000, 500, 250, 250],
};

describe('stageTimes', () => {
  it('gives each sample to the stage of its nearest frame that has one, idle left out', () => {
    const times = Object.fromEntries([...stageTimes(profile)].filter(([, ms]) => ms > 0));
    expect(times).toEqual({
      'Neo4j driver': 2,
      // The visitor says nothing: its caller's stage counts (a resolver, a validation rule).
      'resolvers, statements and shaping': 1,
      'GraphQL validation': 0.25,
      'garbage collection': 0.5,
      // Only Node's own frames to the root: the event loop's socket and HTTP work.
      'HTTP (node:http, sockets)': 0.25,
    });
  });
});
