/** HTTP statuses of API errors: the codes of errors.ts mapped at the edge, in one place. */

/** The HTTP status of a request failing with a coded API error (others: 500). */
const STATUS_OF_CODE: Readonly<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  DATABASE_UNAVAILABLE: 503,
};

export function statusOfCode(code: string): number {
  return STATUS_OF_CODE[code] ?? 500;
}

/**
 * A coded error as the client may see it: its message and extensions. Null for an uncoded
 * error or INTERNAL_SERVER_ERROR, whose message must not leak. Checked by shape, not class
 * (see errors.ts).
 */
export function codedError(
  error: unknown,
): { code: string; message: string; extensions: Record<string, unknown> } | null {
  const extensions = (error as { extensions?: Record<string, unknown> } | null)?.extensions;
  const code = extensions?.code;
  if (!extensions || typeof code !== 'string' || code === 'INTERNAL_SERVER_ERROR') return null;
  return { code, message: (error as Error).message, extensions };
}

/** Errors of a well-formed request that never reached execution: the document does not parse,
 *  does not validate (our limits included), or its variables do not coerce. */
const REQUEST_ERROR_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_TOO_COMPLEX',
  'BAD_USER_INPUT',
]);

/**
 * GraphQL over HTTP: a client that accepts only `application/json` (the legacy media type)
 * should get 200 for every well-formed request, its errors in the body; Apollo answers 400 for
 * parse, validation and variable failures whatever the media type. Under
 * `application/graphql-response+json` the 400 stays, as the spec asks. A malformed request
 * (no query, bad JSON) keeps its 4xx.
 */
export function legacyJsonStatus(
  status: number,
  contentType: string | undefined,
  body: string,
): number {
  if (status !== 400 || !contentType?.startsWith('application/json')) return status;
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: unknown };
    const errors = Array.isArray(parsed.errors) ? (parsed.errors as unknown[]) : [];
    const wellFormed =
      parsed.data === undefined &&
      errors.length > 0 &&
      errors.every((e) => {
        const code = (e as { extensions?: { code?: unknown } } | null)?.extensions?.code;
        return typeof code === 'string' && REQUEST_ERROR_CODES.has(code);
      });
    return wellFormed ? 200 : status;
  } catch {
    return status;
  }
}
