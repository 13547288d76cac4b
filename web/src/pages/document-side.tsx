/** Beside an ingested document: Nơi nhận with coverage, the cascade up and down, pending plans. */
import { request } from '../client.ts';
import {
  WebDocumentSideDocument,
  type WebDocumentSideQuery,
  type WebCascadeFragment,
} from '../generated/operations.ts';
import { useWords } from '../i18n.ts';
import { href } from '../route.ts';
import { Empty, Section, Show, useLoad } from '../ui.tsx';
import type { DocumentData } from './facts.ts';

type Coverage = NonNullable<WebDocumentSideQuery['recipientCoverage']>;

function Recipients({ doc, coverage }: { doc: DocumentData; coverage: Coverage }) {
  const w = useWords();
  const status = new Map(coverage.bodies.map((b) => [b.actor.id, b.status]));
  const withoutTask = new Set(coverage.recipientsWithoutTask.map((r) => r.actor.id));
  const listed = new Set(doc.recipients.map((r) => r.actor.id));
  const missing = coverage.bodies.filter(
    (b) => b.status === 'NOT_COVERED' && !listed.has(b.actor.id),
  );
  return (
    <Section title={w.recipients}>
      {doc.recipients.length === 0 ? (
        <Empty />
      ) : (
        <ul class="recipients">
          {doc.recipients.map((r, i) => {
            const s = status.get(r.actor.id);
            const label = s ? w[s] : withoutTask.has(r.actor.id) ? w.withoutTask : '';
            return (
              <li key={i} data-recipient={r.actor.id}>
                {r.actor.kind === 'ORGANIZATION' ? (
                  <a href={href('organization', r.actor.id)}>{r.actor.name}</a>
                ) : (
                  r.actor.name
                )}
                {r.purpose && <em> ({r.purpose})</em>}
                {label && <span class={`status status-${s ?? 'none'}`}> — {label}</span>}
              </li>
            );
          })}
        </ul>
      )}
      {missing.length > 0 && (
        <>
          <h3>{w.notCoveredBodies}</h3>
          <ul class="not-covered">
            {missing.map((b) => (
              <li key={b.actor.id} data-not-covered={b.actor.id}>
                {b.actor.name} <span class="status status-NOT_COVERED">— {w.NOT_COVERED}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}

type CascadeNode = WebCascadeFragment['nodes'][number];

/** The flat, breadth-first nodes in tree order: each node followed by what hangs from it. */
function treeOrder(nodes: readonly CascadeNode[]): CascadeNode[] {
  const children = new Map<string, CascadeNode[]>();
  for (const n of nodes) {
    const parent = n.parent?.id ?? '';
    children.set(parent, [...(children.get(parent) ?? []), n]);
  }
  const out: CascadeNode[] = [];
  const visit = (id: string) => {
    for (const child of children.get(id) ?? []) {
      out.push(child);
      visit(child.document.id);
    }
  };
  for (const root of children.get('') ?? []) visit(root.document.id);
  return out;
}

export function CascadeList({ tree, title }: { tree: WebCascadeFragment | null; title: string }) {
  const w = useWords();
  const nodes = treeOrder(tree?.nodes ?? []);
  return (
    <Section title={title}>
      {nodes.length === 0 ? (
        <Empty />
      ) : (
        <ul class="cascade">
          {nodes.map((n) => (
            <li
              key={n.document.id}
              style={{ marginInlineStart: `${(n.depth - 1) * 1.2}em` }}
              data-cascade={n.document.number ?? n.document.id}
              data-depth={n.depth}
            >
              <a href={href('document', n.document.id)}>{n.document.number ?? n.document.id}</a>
              {n.level && <span class="muted"> · {n.level}</span>}
              {n.document.status === 'REFERENCED' && <span class="tag"> {w.placeholder}</span>}
              {n.inferred && <span class="tag"> {w.inferred}</span>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

interface PendingBodies {
  bodies: { body: { id: string; name: string; kind: string }; implemented: boolean }[];
}

/** The bodies a document expects a plan of that have not issued it. */
export function Pending({ pending }: { pending: PendingBodies | null | undefined }) {
  const w = useWords();
  const bodies = pending?.bodies.filter((b) => !b.implemented) ?? [];
  return (
    <Section title={w.pending}>
      {bodies.length === 0 ? (
        <Empty />
      ) : (
        <ul class="pending">
          {bodies.map((b) => (
            <li key={b.body.id} data-pending={b.body.id}>
              {b.body.kind === 'ORGANIZATION' ? (
                <a href={href('organization', b.body.id)}>{b.body.name}</a>
              ) : (
                b.body.name
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function DocumentSide({ doc }: { doc: DocumentData }) {
  const w = useWords();
  const loaded = useLoad(doc.id, () =>
    request(WebDocumentSideDocument, { id: doc.id, ingested: doc.status === 'INGESTED' }),
  );
  return (
    <Show loaded={loaded}>
      {(data) => (
        <>
          {data.recipientCoverage && <Recipients doc={doc} coverage={data.recipientCoverage} />}
          <CascadeList tree={data.up} title={w.cascadeUp} />
          <CascadeList tree={data.down} title={w.cascadeDown} />
          <Pending pending={data.pendingImplementations} />
        </>
      )}
    </Show>
  );
}
