/**
 * The organization page: its tasks by role (a page at a time, the cursors in the URL), its
 * documents, its partners drawn as a network, its deadlines by month, and what it still owes.
 */
import { request } from '../client.ts';
import {
  WebOrganizationDocument,
  WebPlansOwedDocument,
  type WebOrganizationQuery,
  type WebTaskLineFragment,
  type WebTaskPageFragment,
} from '../generated/operations.ts';
import { useWords } from '../i18n.ts';
import { href } from '../route.ts';
import { ApiFailure } from '../client.ts';
import { Empty, Failure, Section, Show, useLoad } from '../ui.tsx';
import { PartnersDrawing } from './partners.tsx';

type Org = NonNullable<WebOrganizationQuery['organization']>;
type PageParam = 'led' | 'coordinated' | 'reported';

const today = (): string => new Date().toISOString().slice(0, 10);

export function TaskLine({ task }: { task: WebTaskLineFragment }) {
  const w = useWords();
  const overdue = task.deadline?.end && !task.deadline.recurrence && task.deadline.end < today();
  return (
    <li data-task={task.id}>
      <a href={href('document', task.document.id, { fact: task.id })}>
        {task.document.number} {task.section}
      </a>{' '}
      {task.text.slice(0, 120)}
      {task.text.length > 120 ? '…' : ''}
      {task.deadline && (
        <span class="muted">
          {' '}
          · {w.deadline}: {task.deadline.text}
        </span>
      )}
      {overdue && <span class="tag overdue"> {w.overdue}</span>}
    </li>
  );
}

function TaskPage({
  title,
  page,
  param,
  params,
  orgId,
}: {
  title: string;
  page: WebTaskPageFragment;
  param: PageParam;
  params: URLSearchParams;
  orgId: string;
}) {
  const w = useWords();
  const next = Object.fromEntries(params);
  return (
    <Section title={`${title} (${page.totalCount})`}>
      {page.edges.length === 0 ? (
        <Empty />
      ) : (
        <ul class={`tasks tasks-${param}`}>
          {page.edges.map((e) => (
            <TaskLine key={e.node.id} task={e.node} />
          ))}
        </ul>
      )}
      <nav class="pager" aria-label={title}>
        {params.get(param) && (
          <a href={href('organization', orgId, { ...next, [param]: undefined })}>{w.previous}</a>
        )}
        {page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
          <a href={href('organization', orgId, { ...next, [param]: page.pageInfo.endCursor })}>
            {w.next}
          </a>
        )}
      </nav>
    </Section>
  );
}

function Documents({ org }: { org: Org }) {
  const w = useWords();
  return (
    <>
      <Section title={w.documentsIssued}>
        {org.documentsIssued.length === 0 ? (
          <Empty />
        ) : (
          <ul>
            {org.documentsIssued.map((d) => (
              <li key={d.id}>
                <a href={href('document', d.id)}>{d.number ?? d.id}</a> {d.title}{' '}
                <span class="muted">{d.issuedDate}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={w.documentsReceived}>
        {org.documentsReceived.length === 0 ? (
          <Empty />
        ) : (
          <ul>
            {org.documentsReceived.map((r) => (
              <li key={r.document.id}>
                <a href={href('document', r.document.id)}>{r.document.number ?? r.document.id}</a>{' '}
                {r.document.title}
                {r.via && <span class="muted"> · {r.via.name}</span>}
                {r.purpose && <em> ({r.purpose})</em>}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}

/** Tasks with a due date grouped by month, overdue ones marked. */
function Timeline({ tasks }: { tasks: WebTaskLineFragment[] }) {
  const w = useWords();
  const months = new Map<string, WebTaskLineFragment[]>();
  for (const t of tasks) {
    const month = t.deadline?.end?.slice(0, 7) ?? '?';
    months.set(month, [...(months.get(month) ?? []), t]);
  }
  return (
    <Section title={w.timeline}>
      {months.size === 0 ? (
        <Empty />
      ) : (
        <ol class="timeline">
          {[...months].map(([month, group]) => (
            <li key={month} data-month={month}>
              <h3>{month}</h3>
              <ul>
                {group.map((t) => (
                  <TaskLine key={t.id} task={t} />
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

/** Documents that ask it for a plan it has not issued: one query (plansOwed) for them all. */
function PendingPlans({ org }: { org: Org }) {
  const w = useWords();
  const loaded = useLoad(org.id, async () =>
    (await request(WebPlansOwedDocument, { body: org.id })).plansOwed.map((p) => p.document),
  );
  return (
    <>
      <h3>{w.pendingPlans}</h3>
      <Show loaded={loaded}>
        {(docs) =>
          docs.length === 0 ? (
            <Empty />
          ) : (
            <ul class="owes-plans">
              {docs.map((d) => (
                <li key={d.id}>
                  <a href={href('document', d.id)}>{d.number ?? d.id}</a>
                </li>
              ))}
            </ul>
          )
        }
      </Show>
    </>
  );
}

/** The three task lists: URL parameter of the cursor, heading, field of the organization. */
const roles = [
  ['led', 'tasksLed', 'tasksLedConnection'],
  ['coordinated', 'tasksCoordinated', 'tasksCoordinatedConnection'],
  ['reported', 'tasksReportedTo', 'tasksReportedToConnection'],
] as const;

function OrganizationView({
  data,
  params,
}: {
  data: WebOrganizationQuery;
  params: URLSearchParams;
}) {
  const w = useWords();
  const org = data.organization!;
  const overdue = data.overdue.edges.map((e) => e.node);
  return (
    <article class="organization">
      <h1>{org.name}</h1>
      <p class="muted">
        {[org.orgKind, org.level, org.jurisdiction].filter(Boolean).join(' · ')}
        {org.partOf && (
          <>
            {' '}
            · {w.partOf}: <a href={href('organization', org.partOf.id)}>{org.partOf.name}</a>
          </>
        )}
      </p>
      <div class="columns">
        <div class="main">
          {roles.map(([param, title, page]) => (
            <TaskPage
              key={param}
              title={w[title]}
              page={org[page]}
              param={param}
              params={params}
              orgId={org.id}
            />
          ))}
          <Timeline tasks={data.timeline.edges.map((e) => e.node)} />
        </div>
        <aside class="side">
          <PartnersDrawing center={org} partners={data.coordinationPartners?.partners ?? []} />
          <Section title={w.owes}>
            <h3>
              {w.overdueTasks} ({data.overdue.totalCount})
            </h3>
            {overdue.length === 0 ? (
              <Empty />
            ) : (
              <ul>
                {overdue.map((t) => (
                  <TaskLine key={t.id} task={t} />
                ))}
              </ul>
            )}
            <PendingPlans org={org} />
          </Section>
          <Documents org={org} />
        </aside>
      </div>
    </article>
  );
}

export function OrganizationPage({ id, params }: { id: string; params: URLSearchParams }) {
  const cursor = (p: PageParam) => params.get(p) ?? undefined;
  const loaded = useLoad(`${id}?${params.toString()}`, () =>
    request(WebOrganizationDocument, {
      id,
      today: today(),
      ledAfter: cursor('led'),
      coordinatedAfter: cursor('coordinated'),
      reportedAfter: cursor('reported'),
    }),
  );
  return (
    <Show loaded={loaded}>
      {(data) =>
        data.organization ? (
          <OrganizationView data={data} params={params} />
        ) : (
          <Failure error={new ApiFailure('notFound', id)} />
        )
      }
    </Show>
  );
}
