/**
 * An Apollo plugin counting each GraphQL operation by name and outcome (`ok`, or the code of its
 * first error) with its latency, and logging the operation beside the request id that
 * http/observe.ts gave the request.
 */
import type { ApolloServerPlugin, BaseContext, GraphQLResponse } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Observability } from './http/observe.ts';

// Operation names are the client's: a bounded set of sane ones gets its own label.
const NAME = /^[A-Za-z_]\w{0,63}$/;
const MAX_NAMES = 200;

export function operationMetrics<C extends BaseContext>(o: Observability): ApolloServerPlugin<C> {
  const names = new Set<string>();
  const label = (name: string | null): string => {
    if (name === null) return 'anonymous';
    if (!NAME.test(name)) return 'other';
    if (!names.has(name) && names.size >= MAX_NAMES) return 'other';
    names.add(name);
    return name;
  };
  return {
    requestDidStart() {
      const started = performance.now();
      return Promise.resolve({
        willSendResponse(rc) {
          const operation = rc.operation ? label(rc.operationName ?? null) : 'unparsed';
          const body = rc.response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
          const code = errors?.[0]?.extensions?.code;
          const outcome = errors?.length ? (typeof code === 'string' ? code : 'error') : 'ok';
          const seconds = (performance.now() - started) / 1000;
          if (rc.operation?.operation === 'mutation') countIngests(o, body, outcome);
          record(o, operation, outcome, seconds, rc.request.http?.headers.get('x-request-id'));
          return Promise.resolve();
        },
      });
    },
  };
}

/** One operation counted, timed and logged. */
function record(
  o: Observability,
  operation: string,
  outcome: string,
  seconds: number,
  reqId: string | undefined,
): void {
  o.graphql.operations.inc({ operation, outcome });
  o.graphql.seconds.observe({ operation }, seconds);
  o.logger.info({ reqId, operation, outcome, ms: seconds * 1000 }, 'graphql');
}

/** A document refused before it reached Apollo (http/precheck.ts), counted as Apollo's own
 *  refusals are: operation `unparsed`, the first error's code. */
export function countRefused(
  o: Observability,
  errors: readonly GraphQLFormattedError[],
  seconds: number,
  reqId: string | undefined,
): void {
  const code = errors[0]?.extensions?.code;
  record(o, 'unparsed', typeof code === 'string' ? code : 'error', seconds, reqId);
}

type Body = GraphQLResponse['body'];

/** Documents ingested by a mutation, by outcome: each ingestDocument field's answered outcome
 *  (alias or not), or the error code when the mutation failed. */
function countIngests(o: Observability, body: Body, outcome: string): void {
  if (body.kind !== 'single') return;
  const data = body.singleResult.data ?? {};
  let counted = 0;
  for (const value of Object.values(data)) {
    const answered = (value as { outcome?: unknown } | null)?.outcome;
    if (typeof answered === 'string') {
      o.ingested.inc({ outcome: answered.toLowerCase() });
      counted++;
    }
  }
  if (counted === 0 && outcome !== 'ok') o.ingested.inc({ outcome: outcome.toLowerCase() });
}
