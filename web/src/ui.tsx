/** Shared pieces: loading an operation, and its loading, empty and error states in plain words. */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiFailure } from './client.ts';
import { useWords } from './i18n.ts';

export type Loaded<T> =
  { state: 'loading' } | { state: 'error'; error: ApiFailure } | { state: 'done'; data: T };

/** Runs `load` whenever `key` changes; a late answer for an older key is dropped. */
export function useLoad<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    setLoaded({ state: 'loading' });
    load().then(
      (data) => current && setLoaded({ state: 'done', data }),
      (error: unknown) =>
        current &&
        setLoaded({
          state: 'error',
          error: error instanceof ApiFailure ? error : new ApiFailure('other', String(error)),
        }),
    );
    return () => {
      current = false;
    };
    // `load` is a new closure each render; `key` says when it asks something else.
  }, [key]);
  return loaded;
}

export function Failure({ error }: { error: ApiFailure }) {
  const w = useWords();
  const words =
    error.kind === 'unavailable' ||
    error.kind === 'network' ||
    error.kind === 'notFound' ||
    error.kind === 'unauthenticated'
      ? w[error.kind]
      : `${error.kind === 'badInput' ? w.badInput : w.error} ${error.message}`;
  return (
    <p class="failure" role="alert">
      {words}
    </p>
  );
}

/** The loading and error states of a load, or its content. */
export function Show<T>({
  loaded,
  children,
}: {
  loaded: Loaded<T>;
  children: (data: T) => ComponentChildren;
}) {
  const w = useWords();
  if (loaded.state === 'loading')
    return (
      <p class="loading" aria-live="polite">
        {w.loading}
      </p>
    );
  if (loaded.state === 'error') return <Failure error={loaded.error} />;
  return <>{children(loaded.data)}</>;
}

export function Empty() {
  return <p class="empty">{useWords().empty}</p>;
}

export function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section>
      <h2>{title}</h2>
      {children}
    </section>
  );
}
