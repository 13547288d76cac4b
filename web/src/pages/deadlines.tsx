/**
 * The deadlines page (`#/deadlines?body=…&jurisdiction=…&dueFrom=…&dueTo=…`): tasks by the month
 * they fall due (the timeline), overdue ones marked, filtered by body and jurisdiction.
 */
import { request } from '../client.ts';
import { FilterForm, valuesOf, type Field } from '../filters.tsx';
import { WebDeadlinesDocument, type WebTaskLineFragment } from '../generated/operations.ts';
import { useWords, type Words } from '../i18n.ts';
import { href } from '../route.ts';
import { Empty, Show, useLoad } from '../ui.tsx';
import { TaskLine } from './organization.tsx';

const fields = (w: Words): Field[] => [
  { name: 'body', label: w.bodyId, placeholder: 'tw/ban-tuyen-giao' },
  { name: 'jurisdiction', label: w.jurisdiction, placeholder: 'quang-tri' },
  { name: 'dueFrom', label: w.dueFrom, type: 'date' },
  { name: 'dueTo', label: w.dueTo, type: 'date' },
];

function byMonth(tasks: readonly WebTaskLineFragment[]): Map<string, WebTaskLineFragment[]> {
  const months = new Map<string, WebTaskLineFragment[]>();
  for (const t of tasks) {
    const month = t.deadline?.end?.slice(0, 7) ?? '';
    months.set(month, [...(months.get(month) ?? []), t]);
  }
  return months;
}

export function DeadlinesPage({ params }: { params: URLSearchParams }) {
  const w = useWords();
  const values = valuesOf(params, fields(w));
  const after = params.get('after') ?? undefined;
  const filter = {
    ...(values.body ? { actor: values.body } : {}),
    ...(values.jurisdiction ? { jurisdiction: values.jurisdiction } : {}),
    ...(values.dueFrom ? { dueFrom: values.dueFrom } : {}),
    ...(values.dueTo ? { dueTo: values.dueTo } : {}),
  };
  const loaded = useLoad(params.toString(), () =>
    request(WebDeadlinesDocument, { filter, ...(after ? { after } : {}) }),
  );
  return (
    <article class="deadlines-page">
      <h1>{w.deadlinesPage}</h1>
      <FilterForm page="deadlines" fields={fields(w)} params={params} />
      <Show loaded={loaded}>
        {({ timeline }) => {
          const months = byMonth(timeline.edges.map((e) => e.node));
          return timeline.totalCount === 0 ? (
            <Empty />
          ) : (
            <>
              <p class="muted">
                {timeline.totalCount} {w.tasks.toLowerCase()}
              </p>
              <ol class="timeline">
                {[...months].map(([month, tasks]) => (
                  <li key={month} data-month={month}>
                    <h2>{month}</h2>
                    <ul>
                      {tasks.map((t) => (
                        <TaskLine key={t.id} task={t} />
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
              {timeline.pageInfo.hasNextPage && timeline.pageInfo.endCursor && (
                <a
                  class="next"
                  href={href('deadlines', '', { ...values, after: timeline.pageInfo.endCursor })}
                >
                  {w.next}
                </a>
              )}
            </>
          );
        }}
      </Show>
    </article>
  );
}
