/** Starts the real API on a free port against the test Neo4j, and posts GraphQL to it. */
import type { Driver } from 'neo4j-driver';
import { startApi, type RunningApi } from '../../src/api/server.ts';
import { database } from './neo4j.ts';

export interface GraphQLResponse<T> {
  status: number;
  body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
}

export async function startTestApi(driver: Driver): Promise<RunningApi> {
  return startApi({ driver, database, neo4jUri: process.env.NEO4J_URI ?? '' }, 0);
}

export async function postGraphQL<T>(
  api: RunningApi,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T>['body'] };
}
