/** Search across documents, bodies and tasks, diacritics optional, results grouped by kind. */
import { useState } from 'preact/hooks';
import { request } from '../client.ts';
import { WebSearchDocument, type WebSearchQuery } from '../generated/operations.ts';
import { useWords, type Words } from '../i18n.ts';
import { href } from '../route.ts';
import { Empty, Show, useLoad } from '../ui.tsx';

type Hit = WebSearchQuery['search']['hits'][number];

const kinds = ['Document', 'Organization', 'OrgGroup', 'Person', 'Task', 'Target'] as const;

function link(hit: Hit): { href?: string; label: string } {
  const node = hit.node;
  switch (node.__typename) {
    case 'Document':
      return {
        href: href('document', node.id),
        label: `${node.number ?? node.id} ${node.title ?? ''}`,
      };
    case 'Organization':
      return { href: href('organization', node.id), label: node.name };
    case 'OrgGroup':
    case 'Person':
      return { label: node.name };
    case 'Task':
      return {
        href: href('document', node.document.id, { fact: node.id }),
        label: `${node.document.number ?? ''} ${node.section}`,
      };
    case 'Target':
      return {
        href: href('document', node.evidence.document.id, { fact: node.id }),
        label: node.metric,
      };
    default:
      return { label: node.id };
  }
}

/** The snippet with its matched words marked. */
function Snippet({ hit }: { hit: Hit }) {
  const parts = [];
  let at = 0;
  for (const h of hit.highlights) {
    parts.push(
      hit.snippet.slice(at, h.start),
      <b key={h.start}>{hit.snippet.slice(h.start, h.end)}</b>,
    );
    at = h.end;
  }
  parts.push(hit.snippet.slice(at));
  return <span class="snippet">{parts}</span>;
}

function Results({ hits, w }: { hits: Hit[]; w: Words }) {
  if (hits.length === 0) return <Empty />;
  return (
    <>
      {kinds
        .map((kind) => ({ kind, group: hits.filter((h) => h.node.__typename === kind) }))
        .filter(({ group }) => group.length > 0)
        .map(({ kind, group }) => (
          <section key={kind} data-kind={kind}>
            <h2>
              {w[kind]} ({group.length})
            </h2>
            <ul class="hits">
              {group.map((hit) => {
                const target = link(hit);
                return (
                  <li key={hit.node.id} data-id={hit.node.id}>
                    {target.href ? (
                      <a href={target.href}>{target.label}</a>
                    ) : (
                      <span>{target.label}</span>
                    )}
                    {hit.snippet !== target.label && (
                      <>
                        <br />
                        <Snippet hit={hit} />
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
    </>
  );
}

function Found({ text }: { text: string }) {
  const w = useWords();
  const loaded = useLoad(text, () => request(WebSearchDocument, { text }));
  return (
    <Show loaded={loaded}>
      {(data) => (
        <>
          <p class="count">
            {data.search.totalCount} {w.results}
          </p>
          <Results hits={data.search.hits} w={w} />
        </>
      )}
    </Show>
  );
}

export function SearchPage({ text }: { text: string }) {
  const w = useWords();
  const [draft, setDraft] = useState(text);
  return (
    <div class="search">
      <h1>{w.search}</h1>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          window.location.hash = href('search', '', { q: draft.trim() });
        }}
      >
        <label for="q" class="visually-hidden">
          {w.search}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          value={draft}
          placeholder={w.searchPlaceholder}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit">{w.searchButton}</button>
      </form>
      {text ? <Found text={text} /> : <p class="hint">{w.searchHint}</p>}
    </div>
  );
}
