/**
 * The app's one way to the API: a typed operation (generated from operations/ by codegen) posted
 * to /graphql. Failures become plain words; with API_READS_NEED_KEY the key is asked for once and
 * kept for the session.
 */
import type { TypedDocumentString } from './generated/operations.ts';
import { apiKey, keepKey } from './key.ts';

/** A failure the page can show as it is; `kind` picks the words. */
export class ApiFailure extends Error {
  constructor(
    readonly kind:
      'unavailable' | 'notFound' | 'badInput' | 'network' | 'unauthenticated' | 'other',
    message: string,
  ) {
    super(message);
  }
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

function failureOf(code: string | undefined, message: string): ApiFailure {
  switch (code) {
    case 'DATABASE_UNAVAILABLE':
      return new ApiFailure('unavailable', message);
    case 'NOT_FOUND':
      return new ApiFailure('notFound', message);
    case 'BAD_USER_INPUT':
      return new ApiFailure('badInput', message);
    case 'UNAUTHENTICATED':
      return new ApiFailure('unauthenticated', message);
    default:
      return new ApiFailure('other', message);
  }
}

async function post<T>(
  query: string,
  variables: unknown,
): Promise<{ status: number; body: GraphQLBody<T> }> {
  const key = apiKey();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { 'x-api-key': key } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new ApiFailure('network', error instanceof Error ? error.message : String(error));
  }
  return { status: response.status, body: (await response.json()) as GraphQLBody<T> };
}

export async function request<R, V>(
  operation: TypedDocumentString<R, V>,
  variables: V,
): Promise<R> {
  let answer = await post<R>(operation.toString(), variables);
  if (answer.status === 401) {
    const key = window.prompt('API key / Khoá API (x-api-key)');
    if (key) {
      keepKey(key);
      answer = await post<R>(operation.toString(), variables);
    }
  }
  const first = answer.body.errors?.[0];
  if (first) throw failureOf(first.extensions?.code, first.message);
  if (!answer.body.data) throw new ApiFailure('other', `HTTP ${answer.status}`);
  return answer.body.data;
}
