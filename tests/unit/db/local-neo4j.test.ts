/** The local server's JVM options that depend on the environment. */
import { describe, expect, it } from 'vitest';
import { jitOptions } from '../../../src/db/local-neo4j.ts';

describe('local Neo4j: the JIT', () => {
  it('compiles with C1 only when NEO4J_JIT=c1, the JVM default otherwise', () => {
    expect(jitOptions({ NEO4J_JIT: 'c1' })).toEqual(['-XX:TieredStopAtLevel=1']);
    expect(jitOptions({})).toEqual([]);
    expect(jitOptions({ NEO4J_JIT: 'C2' })).toEqual([]);
  });
});
