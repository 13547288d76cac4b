/**
 * The audit page: the coverage report worst first (filters and the cursor in the URL), one
 * document's coverage table with the evidence on both sides, and the CSV exports.
 */
import { useState } from 'preact/hooks';
import { request } from '../client.ts';
import {
  WebCoverageDocument,
  WebCoverageReportDocument,
  type CoverageFilter,
} from '../generated/operations.ts';
import { useWords } from '../i18n.ts';
import { href } from '../route.ts';
import { Empty, Section, Show, useLoad } from '../ui.tsx';

const filterNames = ['jurisdiction', 'level', 'type'] as const;

function filterOf(params: URLSearchParams): CoverageFilter {
  const filter: CoverageFilter = {};
  for (const name of filterNames) {
    const value = params.get(name);
    if (value) filter[name] = value;
  }
  return filter;
}

function exportLink(path: string, params: Record<string, string>): string {
  return `/export/${path}?${new URLSearchParams(params).toString()}`;
}

function Filters({ params }: { params: URLSearchParams }) {
  const w = useWords();
  const [draft, setDraft] = useState<CoverageFilter>(filterOf(params));
  return (
    <form
      class="filters"
      onSubmit={(e) => {
        e.preventDefault();
        window.location.hash = href('audit', '', { ...draft } as Record<string, string>);
      }}
    >
      {filterNames.map((name) => (
        <label key={name}>
          {w[name]}{' '}
          <input
            name={name}
            value={draft[name] ?? ''}
            onInput={(e) =>
              setDraft({ ...draft, [name]: e.currentTarget.value.trim() || undefined })
            }
          />
        </label>
      ))}
      <button type="submit">{w.filter}</button>
      <a
        class="csv"
        href={exportLink('coverage-report.csv', filterOf(params) as Record<string, string>)}
      >
        {w.csv}
      </a>
    </form>
  );
}

function Report({ params }: { params: URLSearchParams }) {
  const w = useWords();
  const filter = filterOf(params);
  const after = params.get('after') ?? undefined;
  const loaded = useLoad(JSON.stringify([filter, after]), () =>
    request(WebCoverageReportDocument, { filter, after }),
  );
  const keep = Object.fromEntries(params);
  return (
    <Show loaded={loaded}>
      {(data) =>
        data.coverageReport.edges.length === 0 ? (
          <Empty />
        ) : (
          <>
            <table class="report">
              <thead>
                <tr>
                  <th scope="col">{w.number}</th>
                  <th scope="col">{w.bodies}</th>
                  <th scope="col">{w.covered}</th>
                  <th scope="col">{w.notCovered}</th>
                  <th scope="col">{w.notCheckable}</th>
                  <th scope="col">{w.ratio}</th>
                </tr>
              </thead>
              <tbody>
                {data.coverageReport.edges.map(({ node }) => (
                  <tr key={node.document.id} data-document={node.document.id}>
                    <th scope="row">
                      <a href={href('audit', '', { ...keep, document: node.document.id })}>
                        {node.document.number ?? node.document.id}
                      </a>
                    </th>
                    <td>{node.summary.bodies}</td>
                    <td>{node.summary.covered}</td>
                    <td>{node.summary.notCovered}</td>
                    <td>{node.summary.notCheckable}</td>
                    <td>
                      {node.summary.coverageRatio === null
                        ? '—'
                        : `${Math.round(node.summary.coverageRatio * 100)} %`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {data.coverageReport.pageInfo.hasNextPage && data.coverageReport.pageInfo.endCursor && (
              <a
                href={href('audit', '', { ...keep, after: data.coverageReport.pageInfo.endCursor })}
              >
                {w.next}
              </a>
            )}
          </>
        )
      }
    </Show>
  );
}

function CoverageTable({ document }: { document: string }) {
  const w = useWords();
  const loaded = useLoad(document, () => request(WebCoverageDocument, { document }));
  return (
    <Show loaded={loaded}>
      {(data) => {
        const coverage = data.recipientCoverage;
        if (!coverage) return <Empty />;
        return (
          <Section
            title={`${w.coverageTable}: ${coverage.document.number ?? coverage.document.id}`}
          >
            <p>
              <a href={href('document', coverage.document.id)}>{w.open}</a> ·{' '}
              <a class="csv" href={exportLink('coverage.csv', { document: coverage.document.id })}>
                {w.csv}
              </a>
            </p>
            <table class="coverage">
              <thead>
                <tr>
                  <th scope="col">{w.body}</th>
                  <th scope="col">{w.status}</th>
                  <th scope="col">{w.taskEvidence}</th>
                  <th scope="col">{w.recipientEvidence}</th>
                </tr>
              </thead>
              <tbody>
                {coverage.bodies.map((b) => (
                  <tr key={b.actor.id} data-body={b.actor.id} data-status={b.status}>
                    <th scope="row">{b.actor.name}</th>
                    <td class={`status status-${b.status}`}>{w[b.status]}</td>
                    <td>
                      {b.tasks.map((t, i) => (
                        <p key={i}>
                          {t.outlineId} ({w[t.role]}): <q>{t.evidence.quote}</q>
                        </p>
                      ))}
                    </td>
                    <td>
                      {b.ways.map((way, i) => (
                        <p key={i}>
                          {way.kind}
                          {way.recipient && (
                            <>
                              : <q>{way.recipient.evidence.quote}</q>
                            </>
                          )}
                          {way.reason && <span class="muted"> {way.reason}</span>}
                        </p>
                      ))}
                    </td>
                  </tr>
                ))}
                {coverage.recipientsWithoutTask.map((r, i) => (
                  <tr key={`r${i}`} data-body={r.actor.id} data-status="WITHOUT_TASK">
                    <th scope="row">{r.actor.name}</th>
                    <td>{w.withoutTask}</td>
                    <td />
                    <td>
                      <q>{r.evidence.quote}</q>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
        );
      }}
    </Show>
  );
}

export function AuditPage({ params }: { params: URLSearchParams }) {
  const w = useWords();
  const document = params.get('document');
  return (
    <div class="audit">
      <h1>{w.coverageReport}</h1>
      <Filters params={params} />
      <Report params={params} />
      {document && <CoverageTable document={document} />}
    </div>
  );
}
