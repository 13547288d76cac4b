/**
 * A minimal per-request batcher (the DataLoader idea): every key asked for while resolvers of one
 * level run is collected, then fetched with one call; results are cached for the request.
 */
type BatchFn<V> = (keys: string[]) => Promise<Map<string, V>>;

interface Pending<V> {
  key: string;
  resolve: (value: V) => void;
  reject: (error: unknown) => void;
}

export class Batcher<V> {
  private queue: Pending<V>[] = [];
  private readonly cache = new Map<string, Promise<V>>();

  constructor(
    private readonly fetch: BatchFn<V>,
    /** The value of a key the fetch did not return. */
    private readonly missing: () => V,
  ) {}

  load(key: string): Promise<V> {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const promise = new Promise<V>((resolve, reject) => {
      // After the current promise jobs and one tick: graphql-js has then called the resolvers
      // of every item of a list.
      if (this.queue.length === 0)
        void Promise.resolve().then(() => process.nextTick(() => this.dispatch()));
      this.queue.push({ key, resolve, reject });
    });
    this.cache.set(key, promise);
    return promise;
  }

  private dispatch(): void {
    const batch = this.queue;
    this.queue = [];
    this.fetch(batch.map((p) => p.key)).then(
      (values) => {
        for (const p of batch)
          p.resolve(values.has(p.key) ? (values.get(p.key) as V) : this.missing());
      },
      (error: unknown) => {
        for (const p of batch) p.reject(error);
      },
    );
  }
}
