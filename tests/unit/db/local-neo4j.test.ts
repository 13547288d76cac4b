/** The local server's JVM options that depend on the environment. */
import { describe, expect, it } from 'vitest';
import { extraServerOptions, heapOptions, jitOptions } from '../../../src/db/local-neo4j.ts';

describe('local Neo4j: the JIT', () => {
  it('narrows C2 inlining by default, keeps the JVM defaults on NEO4J_JIT=jvm, C1 only on c1', () => {
    const narrow = ['-XX:MaxInlineLevel=6', '-XX:FreqInlineSize=100', '-XX:InlineSmallCode=1000'];
    expect(jitOptions({})).toEqual(narrow);
    expect(jitOptions({ NEO4J_JIT: 'narrow' })).toEqual(narrow);
    expect(jitOptions({ NEO4J_JIT: 'jvm' })).toEqual([]);
    expect(jitOptions({ NEO4J_JIT: 'c1' })).toEqual(['-XX:TieredStopAtLevel=1']);
  });

  it('refuses a value it does not know, naming the ones it does', () => {
    expect(() => jitOptions({ NEO4J_JIT: 'C2' })).toThrow(
      'NEO4J_JIT=C2 is not one of narrow, jvm, c1',
    );
    expect(() => jitOptions({ NEO4J_JIT: 'toString' })).toThrow(
      'NEO4J_JIT=toString is not one of narrow, jvm, c1',
    );
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
