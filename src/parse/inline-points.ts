/**
 * Numbered points inside one paragraph: conclusions of the Government Office and of Party
 * offices list the work of one item so ("a) Bộ Công an: (1) Tiếp tục …; (2) Tham mưu …",
 * "Giao Đảng ủy Chính phủ: (i) Chỉ đạo …. (ii) Chỉ đạo …", "4. Đẩy mạnh …: (1) Các bộ, ngành
 * khẩn trương …; (2) các địa phương …"). Each point is a task when the text before the points
 * names who does them (a body and a colon, "Giao X:") or the first point opens with its own
 * body. Points that only list contents ("cụ thể: (i) Đánh giá …", "các báo cáo: (i) Báo cáo
 * …") stay in their task.
 */
import { isActorStart, type ActorFactory } from './actors.ts';
import { ancestors, type Block } from './outline.ts';
import { squash, trimRange, type Source } from './source.ts';
import { matchesOf } from './text/matches.ts';
import { readRange, type Own } from './task-lead.ts';
import type { Task } from './types.ts';

interface Point {
  label: string;
  /** Clean offsets of the point, its marker included. */
  start: number;
  end: number;
  /** Where its text begins, after the marker. */
  contentStart: number;
}

const MARKER = /\((\d{1,2}|[ivx]{1,4})\)[ \t\n]*/gu;
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** The char before `at` in clean[from, at), spaces skipped ('' when there is none). */
function before(src: Source, at: number, from: number): string {
  return src.clean.slice(from, at).trimEnd().slice(-1);
}

/** The first run of points "(1) …; (2) …" (or "(i) …. (ii) …") after a colon in clean[s, e). */
export function findPoints(src: Source, s: number, e: number): Point[] {
  const text = src.clean.slice(s, e);
  const marks = matchesOf(text, MARKER).map((m) => ({
    label: m[1] as string,
    at: s + m.index,
    content: s + m.index + m[0].length,
  }));
  const first = marks.findIndex(
    (m) => (m.label === '1' || m.label === 'i') && before(src, m.at, s) === ':',
  );
  if (first < 0) return [];
  const seq = (marks[first] as (typeof marks)[number]).label === '1' ? null : ROMAN;
  // past the last Roman numeral known: undefined, no marker's label
  const label = (n: number): string | undefined => (seq ? seq[n] : String(n + 1));
  const run = [marks[first] as (typeof marks)[number]];
  for (const m of marks.slice(first + 1)) {
    if (m.label !== label(run.length)) continue;
    if (!/[;.]/.test(before(src, m.at, s))) continue;
    run.push(m);
  }
  if (run.length < 2) return [];
  return run.map((m, i) => {
    const next = run[i + 1];
    const [, end] = trimRange(src.clean, m.at, next ? next.at : e, ' \n');
    return { label: m.label, start: m.at, end, contentStart: m.content };
  });
}

/** Fields a point takes from above when it states none itself. */
export type Inherited = Pick<Task, 'lead' | 'coordinators' | 'reportsTo' | 'deadline' | 'leadRule'>;

/**
 * The tasks of a block's inline points, or null when the block is one task: `above` is what the
 * block inherits from its headings (lead, deadline).
 */
export function pointTasks(
  src: Source,
  b: Block,
  above: Inherited,
  actors: ActorFactory,
): Task[] | null {
  let s = b.contentStart;
  // a block ends on a non-space character: no bound needed
  while (/\s/.test(src.clean[s] as string)) s++;
  const points = findPoints(src, s, b.end);
  const firstPoint = points[0];
  if (!firstPoint) return null;
  const intro = readRange(src, s, firstPoint.start, true, actors);
  const opener = readRange(src, firstPoint.contentStart, firstPoint.end, false, actors);
  const introNames = intro.leadRule === 'assignment' || intro.leadRule === 'heading';
  const opens =
    isActorStart(src, firstPoint.contentStart) &&
    opener.lead.length > 0 &&
    opener.leadRule === 'subject';
  if (!introNames && !opens) return null;
  const base: Own = intro.lead.length > 0 ? intro : above;
  return points.map((p) => {
    const own = readRange(src, p.contentStart, p.end, false, actors);
    const named = own.lead.length > 0;
    return {
      id: `${b.id}.(${p.label})`,
      section: `${b.section}.(${p.label})`,
      sectionTitles: [...ancestors(b).map((a) => a.text), b.text],
      text: squash(src.clean.slice(p.contentStart, p.end)),
      lead: named ? own.lead : base.lead,
      coordinators: named || own.coordinators.length > 0 ? own.coordinators : base.coordinators,
      reportsTo: own.reportsTo.length > 0 ? own.reportsTo : base.reportsTo,
      deadline: own.deadline ?? intro.deadline ?? above.deadline,
      leadRule: named ? own.leadRule : base.lead.length > 0 ? 'inherited' : 'none',
      ...src.quoted(p.start, p.end),
    };
  });
}
