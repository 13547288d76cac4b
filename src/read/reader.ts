/**
 * The only way reads reach Neo4j: read transactions bounded by the request's deadline and
 * statement budget, interrupted when the client goes away, driver failures mapped to read errors
 * (errors.ts), and a count of the statements each request runs (tests bound it).
 */
import {
  isRetryableError,
  session as accessMode,
  type Driver,
  type QueryResult,
  type Session,
} from 'neo4j-driver';
import { API_RETRY_WINDOW_MS } from '../db/driver.ts';
import { fromDatabaseError, ReadError } from './errors.ts';
import type { Props } from './models.ts';
import {
  HIDDEN_PARAM,
  Hidden,
  HIDDEN_COLUMN,
  foldHiddenLookup,
  hiddenDocumentsStatement,
  scrub,
  seesEverything,
  UNRESTRICTED,
  type Viewer,
} from './viewer.ts';

/** Statements one request may run; the cost rule (api/limits.ts) refuses most abuse before. */
export const MAX_STATEMENTS_PER_REQUEST = 100;

export interface ReadBounds {
  /** Aborted when the client has gone: the running statement is interrupted (Bolt RESET). */
  signal?: AbortSignal | undefined;
  maxStatements?: number;
  /** Who reads: what they may not see is left out of every answer (viewer.ts). Default: the
   *  unrestricted viewer of the CLI and the traversal tests; the API always passes its own. */
  viewer?: Viewer;
  /** Bookmarks of writes this request must see (read-your-writes across API instances): asked
   *  at each statement, so a read after the request's own write waits for it too. */
  bookmarks?: () => readonly string[];
}

function timedOut(timeoutMs: number): ReadError {
  return new ReadError('QUERY_TIMEOUT', 'the query took longer than the server allows', {
    timeoutMs,
  });
}

/** Rejects at the deadline or when the client goes; `clear` releases its timer and listener. */
function stopper(
  remainingMs: number,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): { stopped: Promise<never>; clear(): void } {
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timedOut(timeoutMs)), remainingMs);
    onAbort = () => reject(new ReadError('CANCELLED', 'the client closed the request'));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  stopped.catch(() => {});
  return {
    stopped,
    clear() {
      clearTimeout(timer);
      if (onAbort) signal?.removeEventListener('abort', onAbort);
    },
  };
}

/** The first wait before a failed read is tried again (then doubled), as the driver's managed
 *  transactions wait. */
const RETRY_DELAY_MS = 1_000;

/**
 * The driver captures the caller's stack for every result it creates (`new Error().stack`, to
 * put in its errors); under tsx every such stack is mapped through the source maps, about 4 % of
 * the API's CPU per request in a profile of bench:api. The caller is always `autoCommit`, so
 * the stack says nothing: it is captured empty (a database error keeps its code and message;
 * fromDatabaseError maps it).
 */
function withoutStack<T>(create: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return create();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * One statement in an auto-commit transaction, tried again on a retriable failure (a lost
 * connection, a leader switch) within the API's retry window, as `executeRead` would. A read
 * needs no explicit transaction: `executeRead` sends BEGIN in a write of its own and waits for
 * COMMIT after the records, two more writes to the socket and a round trip more per statement;
 * a CPU profile of bench:api put those writes at a third of the API process's CPU.
 */
async function autoCommit(
  session: Session,
  cypher: string,
  params: Record<string, unknown>,
  timeoutMs: number,
): Promise<QueryResult> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await withoutStack(() =>
        session.run(cypher, params, { timeout: Math.ceil(timeoutMs) }),
      );
    } catch (error) {
      const wait = RETRY_DELAY_MS * 2 ** attempt * (0.8 + Math.random() * 0.4);
      const within = Date.now() + wait - started < API_RETRY_WINDOW_MS && wait < timeoutMs;
      if (!isRetryableError(error) || !within) throw error;
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}

export class GraphReader {
  /** Statements run so far by this request. */
  queries = 0;
  /** The request's deadline: every statement shares its time limit. */
  private readonly deadline: number;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly timeoutMs: number,
    private readonly bounds: ReadBounds = {},
  ) {
    this.deadline = Date.now() + timeoutMs;
  }

  private admit(): number {
    const max = this.bounds.maxStatements ?? MAX_STATEMENTS_PER_REQUEST;
    if (this.queries >= max) {
      throw new ReadError(
        'TOO_COMPLEX',
        `the request needs more than ${max} database statements; split it`,
        { maxStatements: max },
      );
    }
    if (this.bounds.signal?.aborted) {
      throw new ReadError('CANCELLED', 'the client closed the request');
    }
    const remaining = this.deadline - Date.now();
    if (remaining <= 0) throw timedOut(this.timeoutMs);
    this.queries += 1;
    return remaining;
  }

  /** The hidden documents of this request's viewer, read once (not counted as a statement). */
  private hiddenDocuments: Promise<Hidden> | undefined;

  get viewer(): Viewer {
    return this.bounds.viewer ?? UNRESTRICTED;
  }

  /** The hidden documents once read. */
  private known: Hidden | undefined;

  private hidden(): Promise<Hidden> {
    if (seesEverything(this.viewer)) this.known ??= new Hidden([]);
    if (this.known) return Promise.resolve(this.known);
    this.hiddenDocuments ??= (async () => {
      const { cypher, params } = hiddenDocumentsStatement(this.viewer);
      const rows = await this.run(cypher, params, this.deadline - Date.now());
      this.known = new Hidden(rows.map((r) => r.id as string));
      return this.known;
    })();
    return this.hiddenDocuments;
  }

  async read(cypher: string, params: Record<string, unknown> = {}): Promise<Props[]> {
    const remaining = this.admit();
    const named = cypher.includes(`$${HIDDEN_PARAM}`);
    const known = this.known ?? (seesEverything(this.viewer) ? await this.hidden() : undefined);
    if (known === undefined) {
      const none = named ? { ...params, [HIDDEN_PARAM]: [] } : params;
      const folded = foldHiddenLookup(this.viewer, cypher, none);
      if (folded) return this.readFolded(folded, named, cypher, params, remaining);
      // Until the hidden documents are known, they are read beside the statement, not before
      // it (one round trip, not two), the statement run as if none were hidden: exact when none
      // are (most viewers), run again with them otherwise; only then are its rows used.
      const [hidden, rows] = await Promise.all([this.hidden(), this.run(cypher, none, remaining)]);
      if (!named || hidden.size === 0) return scrub(rows, hidden);
      return this.read(cypher, params);
    }
    const all = named ? { ...params, [HIDDEN_PARAM]: known.list() } : params;
    return scrub(await this.run(cypher, all, remaining), known);
  }

  /** The statement with the hidden documents read in it (viewer.ts foldHiddenLookup). No row:
   *  the ids are not known yet, but none would be kept with them either (they only filter). */
  private async readFolded(
    folded: { cypher: string; params: Record<string, unknown> },
    named: boolean,
    cypher: string,
    params: Record<string, unknown>,
    remaining: number,
  ): Promise<Props[]> {
    const rows = await this.run(folded.cypher, folded.params, remaining);
    if (rows.length === 0) return rows;
    this.known ??= new Hidden((rows[0] as Props)[HIDDEN_COLUMN] as string[]);
    const plain = rows.map(({ [HIDDEN_COLUMN]: _ids, ...row }) => row);
    if (!named || this.known.size === 0) return scrub(plain, this.known);
    return this.read(cypher, params);
  }

  private async run(
    cypher: string,
    params: Record<string, unknown>,
    remaining: number,
  ): Promise<Props[]> {
    let session: Session | undefined;
    const stop = stopper(remaining, this.timeoutMs, this.bounds.signal);
    try {
      const bookmarks = this.bounds.bookmarks?.() ?? [];
      session = this.driver.session({
        database: this.database,
        defaultAccessMode: accessMode.READ,
        ...(bookmarks.length > 0 ? { bookmarks: [...bookmarks] } : {}),
      });
      const open = session;
      // The server's own limit backs up the client's: the statement ends on either side.
      const result = await Promise.race([
        autoCommit(open, cypher, params, remaining),
        stop.stopped,
      ]);
      return result.records.map((record) => record.toObject() as Props);
    } catch (error) {
      throw fromDatabaseError(error);
    } finally {
      stop.clear();
      // Closing a session with a statement in flight resets its connection, which interrupts
      // the statement on the server; not awaited, so a frozen server cannot hold the answer.
      session?.close().catch(() => {});
    }
  }
}
