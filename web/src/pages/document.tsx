/** The document page: metadata, the highlighted text, its facts, and what surrounds it. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ApiFailure, request } from '../client.ts';
import { WebDocumentDocument } from '../generated/operations.ts';
import { useWords } from '../i18n.ts';
import type { Fact } from '../spans.ts';
import { Empty, Failure, Section, Show, useLoad } from '../ui.tsx';
import { DocumentSide } from './document-side.tsx';
import { documentFacts, type DocumentData } from './facts.ts';
import { FactRecord, HighlightedText, kindLabel, scrollToFact } from './text.tsx';

function Metadata({ doc }: { doc: DocumentData }) {
  const w = useWords();
  const rows: [string, string | null][] = [
    [w.number, doc.number],
    [w.type, doc.type],
    [w.issuedDate, doc.issuedDate],
    [w.place, doc.place],
    [w.level, doc.level],
    [w.jurisdiction, doc.jurisdiction],
    [w.status, w[doc.status]],
    [w.issuers, doc.issuers.map((e) => e.actor.name).join('; ') || null],
  ];
  return (
    <dl class="metadata">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

/** Tasks and bodies: a click scrolls to the evidence in the text. */
function FactLists({
  doc,
  facts,
  onSelect,
}: {
  doc: DocumentData;
  facts: Fact[];
  onSelect: (f: Fact) => void;
}) {
  const w = useWords();
  const go = (fact: Fact) => {
    onSelect(fact);
    scrollToFact(fact.key);
  };
  const bodies = facts.filter(
    (f) => f.kind !== 'task' && f.kind !== 'deadline' && f.kind !== 'target',
  );
  return (
    <>
      <Section title={w.tasks}>
        {doc.tasks.length === 0 ? (
          <Empty />
        ) : (
          <ul class="task-list">
            {doc.tasks.map((task) => (
              <li key={task.id}>
                <button
                  type="button"
                  class="link"
                  data-task={task.id}
                  onClick={() => go(facts.find((f) => f.key === task.id)!)}
                >
                  {task.section} {task.text.slice(0, 90)}
                  {task.text.length > 90 ? '…' : ''}
                </button>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={w.facts}>
        <ul class="fact-list">
          {bodies.map((fact) => (
            <li key={fact.key}>
              <button type="button" class="link" data-fact-link={fact.key} onClick={() => go(fact)}>
                <span class={`badge fact-${fact.kind}`}>{kindLabel(w, fact.kind)}</span>{' '}
                {fact.label}
              </button>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}

function DocumentView({ doc, focus }: { doc: DocumentData; focus: string | null }) {
  const w = useWords();
  const facts = useMemo(() => documentFacts(doc), [doc]);
  const [selected, setSelected] = useState<Fact | null>(null);
  useEffect(() => {
    const fact = focus ? facts.find((f) => f.key === focus) : undefined;
    if (fact) {
      setSelected(fact);
      scrollToFact(fact.key);
    }
  }, [focus, facts]);
  return (
    <article class="document">
      <h1>
        {doc.number ?? doc.id} {doc.title && <small>{doc.title}</small>}
      </h1>
      <Metadata doc={doc} />
      <div class="columns">
        <div class="main">
          <Section title={w.text}>
            {doc.text === null && <p class="note">{w.textNote}</p>}
            {facts.length === 0 && doc.text === null ? (
              <Empty />
            ) : (
              <HighlightedText text={doc.text} facts={facts} onSelect={setSelected} />
            )}
            {doc.source && (
              <p class="note">
                <a href={doc.source.url} data-source={doc.source.format}>
                  {w.original}: {doc.source.fileName}
                </a>
              </p>
            )}
          </Section>
        </div>
        <aside class="side">
          <div class="sticky" aria-live="polite">
            <FactRecord fact={selected} />
          </div>
          <FactLists doc={doc} facts={facts} onSelect={setSelected} />
          <DocumentSide doc={doc} />
        </aside>
      </div>
    </article>
  );
}

export function DocumentPage({ id, focus }: { id: string; focus: string | null }) {
  const loaded = useLoad(id, () => request(WebDocumentDocument, { id }));
  return (
    <Show loaded={loaded}>
      {(data) =>
        data.document ? (
          <DocumentView doc={data.document} focus={focus} />
        ) : (
          <Failure error={new ApiFailure('notFound', id)} />
        )
      }
    </Show>
  );
}
