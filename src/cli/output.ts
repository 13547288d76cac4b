/**
 * What `ingest` prints: lines for people (the default), or with `--json` one JSON object a line
 * for machines (pino, on stdout): each carries the run's id (`runId`) and an `event` — `file`
 * (a file's outcome), `problem` (a path that could not be read), `skipped`, `left` (not written:
 * the database was lost), `stopped`, `summary`. Messages for people stay on stderr either way.
 */
import { randomUUID } from 'node:crypto';
import { pino, type Logger } from 'pino';

export interface Output {
  readonly json: boolean;
  /** `text` for people, `record` for machines. */
  emit(event: string, text: string, record?: Record<string, unknown>): void;
}

export function createOutput(json: boolean): Output {
  if (!json) return { json, emit: (_event, text) => void process.stdout.write(`${text}\n`) };
  // Synchronous writes: a line is out before the next file starts, and before an exit.
  const logger: Logger = pino(
    { base: { runId: randomUUID() }, messageKey: 'message' },
    pino.destination({ dest: 1, sync: true }),
  );
  return {
    json,
    emit: (event, text, record = {}) => logger.info({ event, ...record }, text.trim()),
  };
}
