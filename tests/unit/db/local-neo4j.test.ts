/** The local server's JVM options that depend on the environment. */
import { describe, expect, it } from 'vitest';
import { extraServerOptions, heapOptions, jitOptions } from '../../../src/db/local-neo4j.ts';

describe('local Neo4j: the JIT', () => {
  it('compiles with C1 only when NEO4J_JIT=c1, the JVM default otherwise', () => {
    expect(jitOptions({ NEO4J_JIT: 'c1' })).toEqual(['-XX:TieredStopAtLevel=1']);
    expect(jitOptions({})).toEqual([]);
    expect(jitOptions({ NEO4J_JIT: 'C2' })).toEqual([]);
  });
});

describe('local Neo4j: settings from the environment', () => {
  it('passes NEO4J_JVM_OPTS to the JVM and each NEO4J_CONFIG setting to the launcher', () => {
    expect(
      extraServerOptions({
        NEO4J_JVM_OPTS: ' -XX:+UseParallelGC  -Xmn512m ',
        NEO4J_CONFIG: 'db.tx_state.memory_allocation=OFF_HEAP, db.track_query_cpu_time=false',
      }),
    ).toEqual({
      jvm: ['-XX:+UseParallelGC', '-Xmn512m'],
      config: [
        '--config',
        'db.tx_state.memory_allocation=OFF_HEAP',
        '--config',
        'db.track_query_cpu_time=false',
      ],
    });
    expect(extraServerOptions({})).toEqual({ jvm: [], config: [] });
  });
});

describe('local Neo4j: the heap', () => {
  it('gives the young generation half of a heap sized up front, collected by one thread', () => {
    expect(heapOptions(1024)).toEqual(['-Xms1024m', '-Xmx1024m', '-Xmn512m', '-XX:+UseSerialGC']);
    expect(heapOptions(769)).toEqual(['-Xms769m', '-Xmx769m', '-Xmn384m', '-XX:+UseSerialGC']);
  });
});
