/** A page's filters as a form whose values go into the URL (so a filtered page can be shared). */
import { useState } from 'preact/hooks';
import { useWords } from './i18n.ts';
import { href, type Page } from './route.ts';

export interface Field {
  /** The URL parameter. */
  name: string;
  label: string;
  type?: 'text' | 'date' | 'number';
  placeholder?: string;
}

/** The URL's values of these fields, as the operation's filter takes them. */
export function valuesOf(
  params: URLSearchParams,
  fields: readonly Field[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) {
    const value = params.get(f.name);
    if (value) out[f.name] = value;
  }
  return out;
}

export function FilterForm({
  page,
  fields,
  params,
}: {
  page: Page;
  fields: readonly Field[];
  params: URLSearchParams;
}) {
  const w = useWords();
  const [draft, setDraft] = useState(() => valuesOf(params, fields));
  return (
    <form
      class="filters"
      onSubmit={(e) => {
        e.preventDefault();
        window.location.hash = href(page, '', draft);
      }}
    >
      {fields.map((f) => (
        <label key={f.name}>
          {f.label}{' '}
          <input
            name={f.name}
            type={f.type ?? 'text'}
            value={draft[f.name] ?? ''}
            placeholder={f.placeholder}
            onInput={(e) => {
              const next = { ...draft };
              const value = e.currentTarget.value.trim();
              if (value) next[f.name] = value;
              else delete next[f.name];
              setDraft(next);
            }}
          />
        </label>
      ))}
      <button type="submit">{w.filter}</button>
    </form>
  );
}
