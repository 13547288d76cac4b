/**
 * The cascade page (`#/cascade/<document id or number>`): the implementation tree of a document
 * downwards as a drawing and a list, the count by level, placeholders and inferred links marked,
 * and the bodies that have not issued their plan.
 */
import { useState } from 'preact/hooks';
import { ApiFailure, request } from '../client.ts';
import {
  WebCascadePageDocument,
  WebDocumentIdDocument,
  type WebCascadePageQuery,
} from '../generated/operations.ts';
import { useWords } from '../i18n.ts';
import { href } from '../route.ts';
import { Empty, Failure, Show, useLoad } from '../ui.tsx';
import { CascadeDrawing } from './cascade-drawing.tsx';
import { CascadeList, Pending } from './document-side.tsx';

type Answer = WebCascadePageQuery;

function NumberForm({ initial }: { initial: string }) {
  const w = useWords();
  const [number, setNumber] = useState(initial);
  return (
    <form
      class="filters"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        if (number.trim()) window.location.hash = href('cascade', number.trim());
      }}
    >
      <label for="cascade-number">{w.documentNumber}</label>
      <input
        id="cascade-number"
        value={number}
        placeholder="20-NQ/TW"
        onInput={(e) => setNumber(e.currentTarget.value)}
      />
      <button type="submit">{w.show}</button>
    </form>
  );
}

function ByLevel({ tree }: { tree: NonNullable<Answer['implementationTree']> }) {
  const w = useWords();
  return (
    <table class="by-level">
      <caption>{w.byLevel}</caption>
      <thead>
        <tr>
          <th scope="col">{w.level}</th>
          <th scope="col">{w.Document}</th>
          <th scope="col">{w.placeholder}</th>
        </tr>
      </thead>
      <tbody>
        {tree.byLevel.map((l) => (
          <tr key={l.level ?? '?'} data-level={l.level ?? ''}>
            <th scope="row">{l.level ?? w.unknownLevel}</th>
            <td>{l.documents}</td>
            <td>{l.placeholders}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CascadeView({ data }: { data: Answer }) {
  const w = useWords();
  const tree = data.implementationTree;
  return (
    <>
      <h2>
        <a href={href('document', data.document?.id ?? '')}>{data.document?.number}</a>{' '}
        {data.document?.title && <small>{data.document.title}</small>}
      </h2>
      {tree && tree.nodes.length > 1 ? <CascadeDrawing tree={tree} /> : <Empty />}
      {tree && <ByLevel tree={tree} />}
      <CascadeList tree={tree} title={w.cascadeDown} />
      <Pending pending={data.pendingImplementations} />
    </>
  );
}

/** A document id as it is; anything else is a number, looked up first. */
async function load(key: string): Promise<Answer | null> {
  const id = key.startsWith('doc:')
    ? key
    : (await request(WebDocumentIdDocument, { number: key })).document?.id;
  if (!id) return null;
  return request(WebCascadePageDocument, { id });
}

export function CascadePage({ id }: { id: string }) {
  const w = useWords();
  const loaded = useLoad(id, () => (id ? load(id) : Promise.resolve(null)));
  return (
    <article class="cascade-page">
      <h1>{w.cascadePage}</h1>
      <NumberForm initial={id.startsWith('doc:') ? '' : id} />
      {id === '' ? (
        <p class="hint">{w.cascadeHint}</p>
      ) : (
        <Show loaded={loaded}>
          {(data) =>
            data?.document ? (
              <CascadeView data={data} />
            ) : (
              <Failure error={new ApiFailure('notFound', id)} />
            )
          }
        </Show>
      )}
    </article>
  );
}
