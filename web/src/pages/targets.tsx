/**
 * The targets page (`#/targets?year=…&metric=…&province=…&level=…`): targets grouped by year
 * and metric (the API's comparison), each group a bar chart across the jurisdictions that set
 * it, groups set by more than one document first.
 */
import { request } from '../client.ts';
import { FilterForm, valuesOf, type Field } from '../filters.tsx';
import { WebTargetsDocument, type WebTargetsQuery } from '../generated/operations.ts';
import { useWords, type Words } from '../i18n.ts';
import { href } from '../route.ts';
import { Empty, Show, useLoad } from '../ui.tsx';

type Group = WebTargetsQuery['targets']['groups'][number];
type Entry = Group['entries'][number];

const fields = (w: Words): Field[] => [
  { name: 'metric', label: w.metric, placeholder: 'hop tac xa' },
  { name: 'year', label: w.year, type: 'number', placeholder: '2030' },
  { name: 'province', label: w.jurisdiction, placeholder: 'quang-tri' },
  { name: 'level', label: w.level, placeholder: 'tinh' },
];

/** The value a bar shows: the value, else the range's upper (or lower) bound. */
const valueOf = (e: Entry): number | null => e.target.value ?? e.target.max ?? e.target.min;

function shown(e: Entry): string {
  const t = e.target;
  if (t.value !== null) return `${t.qualifier ? `${t.qualifier} ` : ''}${t.value}`;
  return `${t.min ?? ''}–${t.max ?? ''}`;
}

const ROW = 26;
const LABEL = 190;
const WIDTH = 640;

function Chart({ group }: { group: Group }) {
  const w = useWords();
  const max = Math.max(0, ...group.entries.map((e) => valueOf(e) ?? 0));
  const scale = (v: number): number => (max === 0 ? 0 : ((WIDTH - LABEL - 90) * v) / max);
  const title = `${group.metric}${group.unit ? ` (${group.unit})` : ''}${group.year ? ` · ${group.year}` : ''}`;
  return (
    <figure class="target-chart" data-group={group.key}>
      <figcaption>
        {title}
        {group.perYear && <span class="muted"> · /{w.year.toLowerCase()}</span>}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${group.entries.length * ROW + 4}`} role="img" aria-label={title}>
        {group.entries.map((e, i) => {
          const v = valueOf(e);
          const y = i * ROW + 4;
          return (
            <g
              key={e.target.id}
              class="bar"
              data-jurisdiction={e.jurisdiction ?? ''}
              data-value={v ?? ''}
            >
              <text x={0} y={y + 15} font-size="12">
                {(e.jurisdiction ?? '?') + (e.document.number ? ` — ${e.document.number}` : '')}
              </text>
              <rect x={LABEL} y={y} width={v === null ? 0 : scale(v)} height={18} fill="#2b6cb0" />
              <text x={LABEL + (v === null ? 0 : scale(v)) + 6} y={y + 15} font-size="12">
                {shown(e)}
              </text>
            </g>
          );
        })}
      </svg>
      <ul class="sources">
        {group.entries.map((e) => (
          <li key={e.target.id}>
            <a href={href('document', e.document.id, { fact: e.target.id })}>
              {e.document.number ?? e.document.id}
            </a>
          </li>
        ))}
      </ul>
    </figure>
  );
}

export function TargetsPage({ params }: { params: URLSearchParams }) {
  const w = useWords();
  const values = valuesOf(params, fields(w));
  const filter = {
    ...(values.metric ? { metric: values.metric } : {}),
    ...(values.year && Number.isInteger(Number(values.year)) ? { year: Number(values.year) } : {}),
    ...(values.province ? { province: values.province } : {}),
    ...(values.level ? { level: values.level } : {}),
  };
  const loaded = useLoad(params.toString(), () => request(WebTargetsDocument, { filter }));
  return (
    <article class="targets-page">
      <h1>{w.targetsPage}</h1>
      <FilterForm page="targets" fields={fields(w)} params={params} />
      <Show loaded={loaded}>
        {({ targets }) => {
          // Stable sort: the API's order (year, metric) within "shared first".
          const groups = [...targets.groups].sort(
            (a, b) => Number(b.entries.length > 1) - Number(a.entries.length > 1),
          );
          return groups.length === 0 ? (
            <Empty />
          ) : (
            <div class="charts">
              {groups.map((g) => (
                <Chart key={g.key} group={g} />
              ))}
            </div>
          );
        }}
      </Show>
    </article>
  );
}
