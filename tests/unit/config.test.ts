import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/config.ts';
import { defaultSourceDir } from '../../src/paths.ts';

describe('readConfig', () => {
  it('defaults to the project-owned Neo4j and port 4000', () => {
    expect(readConfig({})).toEqual({
      neo4jUri: undefined,
      neo4jUser: 'neo4j',
      neo4jPassword: '',
      neo4jDatabase: 'neo4j',
      port: 4000,
      localNeo4jPort: 7687,
      localNeo4jHeapMb: 1024,
      apiKey: undefined,
      readsNeedKey: false,
      rateLimitPerSecond: 50,
      introspection: true,
      registryNational: true,
      persistedOnly: false,
      sourceDir: defaultSourceDir,
    });
    expect(readConfig({ SOURCE_DIR: '/srv/kept' }).sourceDir).toBe('/srv/kept');
  });

  it('brings the national registry unless REGISTRY_NATIONAL=false', () => {
    expect(readConfig({ REGISTRY_NATIONAL: 'false' }).registryNational).toBe(false);
    expect(readConfig({ REGISTRY_NATIONAL: ' TRUE ' }).registryNational).toBe(true);
    expect(() => readConfig({ REGISTRY_NATIONAL: 'yes' })).toThrow(
      new ConfigError('REGISTRY_NATIONAL must be true or false, got "yes"'),
    );
  });

  it('protects reads with the key only when asked, and only when there is a key', () => {
    expect(readConfig({ API_KEY: 'k', API_READS_NEED_KEY: 'true' }).readsNeedKey).toBe(true);
    expect(readConfig({ API_KEY: 'k', API_READS_NEED_KEY: 'false' }).readsNeedKey).toBe(false);
    expect(() => readConfig({ API_READS_NEED_KEY: 'true' })).toThrow(
      new ConfigError('API_READS_NEED_KEY=true needs API_KEY to be set'),
    );
    expect(() => readConfig({ API_KEY: 'k', API_READS_NEED_KEY: 'yes' })).toThrow(
      new ConfigError('API_READS_NEED_KEY must be true or false, got "yes"'),
    );
  });

  it('serves only registered operations when asked', () => {
    expect(readConfig({}).persistedOnly).toBe(false);
    expect(readConfig({ API_PERSISTED_ONLY: 'true' }).persistedOnly).toBe(true);
    expect(() => readConfig({ API_PERSISTED_ONLY: '1' })).toThrow(
      new ConfigError('API_PERSISTED_ONLY must be true or false, got "1"'),
    );
  });

  it('uses a configured server unchanged', () => {
    const config = readConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'directives',
      PORT: '8080',
    });
    expect(config).toMatchObject({
      neo4jUri: 'neo4j+s://abc.databases.neo4j.io',
      neo4jUser: 'reader',
      neo4jPassword: 'secret',
      neo4jDatabase: 'directives',
      port: 8080,
    });
  });

  it.each([
    [{ NEO4J_URI: 'http://localhost:7474' }, /NEO4J_URI must use one of bolt/],
    [{ NEO4J_URI: 'not a uri' }, /NEO4J_URI is not a valid URI/],
    [{ PORT: '99999' }, /PORT must be a port number/],
    [{ PORT: 'abc' }, /PORT must be a port number/],
    [{ NEO4J_LOCAL_HEAP_MB: '-1' }, /NEO4J_LOCAL_HEAP_MB must be a positive integer/],
  ])('rejects %j with a message naming the variable', (env, message) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(message);
  });
});
