/**
 * The change feed behind the GraphQL subscriptions: what this API process writes (documents
 * ingested through `ingestDocument`, status updates through `updateTaskStatus`) is published
 * here and handed to every matching subscriber. In-process: ingests run by the CLI in another
 * process are not seen.
 */
import { EventEmitter, on } from 'node:events';
import type { StatusUpdateModel } from '../read/status-derive.ts';

export interface DocumentIngestedModel {
  documentId: string;
  outcome: 'CREATED' | 'UPDATED' | 'UNCHANGED';
  type: string | null;
  level: string | null;
  /** `tw`, a province, or `province/district`. */
  jurisdiction: string | null;
  at: string;
}

interface Topics {
  documentIngested: DocumentIngestedModel;
  taskStatusChanged: StatusUpdateModel;
}

export class ChangeFeed {
  private readonly emitter = new EventEmitter();

  constructor() {
    // Every subscriber listens here; the default of 10 would warn at the eleventh.
    this.emitter.setMaxListeners(0);
  }

  publish<T extends keyof Topics>(topic: T, event: Topics[T]): void {
    this.emitter.emit(topic, event);
    this.emitter.emit('changed');
  }

  /** The events of a topic that pass `keep`, until the subscriber stops. */
  async *events<T extends keyof Topics>(
    topic: T,
    keep: (event: Topics[T]) => boolean = () => true,
  ): AsyncGenerator<Topics[T]> {
    for await (const [event] of on(this.emitter, topic)) {
      if (keep(event as Topics[T])) yield event as Topics[T];
    }
  }

  /** The time now, then the time of every change after it. */
  async *changes(): AsyncGenerator<Date> {
    const ticks = on(this.emitter, 'changed');
    try {
      yield new Date();
      while (!(await ticks.next()).done) yield new Date();
    } finally {
      await ticks.return?.();
    }
  }
}

/** The process's feed (the API's mutations publish to it, subscriptions read it). */
export const changeFeed = new ChangeFeed();
