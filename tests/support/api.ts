/**
 * The real API on a free port against the test Neo4j, and the requests tests make to it:
 * GraphQL posts (raw, data expected, one error expected) and export downloads.
 */
import type { Driver } from 'neo4j-driver';
import { expect } from 'vitest';
import { startApi, type RunningApi } from '../../src/api/server.ts';
import { database } from './neo4j.ts';

export interface GraphQLError {
  message: string;
  extensions?: Record<string, unknown> & { code?: string };
}

export interface GraphQLResponse<T> {
  status: number;
  body: { data?: T; errors?: GraphQLError[] };
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

/** The data of an operation that must succeed: 200 and no error. */
export async function graphqlData<T>(
  api: RunningApi,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await postGraphQL<T>(api, query, variables);
  expect(response.body.errors).toBeUndefined();
  expect(response.status).toBe(200);
  return response.body.data as T;
}

/** The one error of an operation that must fail with exactly one. */
export async function graphqlError(
  api: RunningApi,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLError> {
  const response = await postGraphQL<unknown>(api, query, variables);
  expect(response.body.errors).toHaveLength(1);
  return response.body.errors![0]!;
}

export interface Download {
  status: number;
  type: string;
  /** Byte for byte: Response.text() would drop a CSV's byte-order mark. */
  body: string;
}

/** GET a path beside /graphql (an export, /health…). */
export async function download(api: RunningApi, path: string): Promise<Download> {
  const response = await fetch(api.url.replace(/\/graphql$/, path));
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer()),
  };
}
