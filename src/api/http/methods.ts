/** Refuses other methods with 405 before the wrapped handler (or any guard inside it) runs. */
import { HttpError, type Handler } from './types.ts';

export function onlyMethod(method: string, reason: string, handle: Handler): Handler {
  return async (request) => {
    if (request.method !== method) throw new HttpError(405, reason);
    return handle(request);
  };
}
