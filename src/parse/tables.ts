/**
 * Task tables (often a phụ lục of a State plan): a pipe table whose header row names the columns
 * of a task list — content ("Nội dung", "Nhiệm vụ", "Công việc"), lead ("Chủ trì", "Cơ quan chủ
 * trì"), coordinators ("Phối hợp"), deadline ("Thời gian", "Thời hạn", "Tiến độ"). Each data row
 * with content is a task; a row with only a number and content ("I | Nhiệm vụ chung") is a group
 * heading for the rows below it. The deadline cell is read as a deadline as a whole ("Quý
 * II/2023", "Thường xuyên"). Layout tables (header, signature) name no such columns and are left
 * to the other rules.
 */
import type { ActorFactory } from './actors.ts';
import { normalizeDeadline } from './deadlines.ts';
import { fold, squash, type Source } from './source.ts';
import type { Deadline, Task } from './types.ts';

interface Cell {
  /** Original offsets, trimmed. */
  start: number;
  end: number;
  text: string;
}

interface Row {
  start: number;
  end: number;
  cells: Cell[];
}

const SEPARATOR_ROW = /^\|?\s*:?-{2,}/;

function rowsOf(original: string): Row[][] {
  const groups: Row[][] = [];
  let current: Row[] = [];
  let i = 0;
  while (i <= original.length) {
    let j = original.indexOf('\n', i);
    if (j === -1) j = original.length;
    const line = original.slice(i, j);
    const t = line.trim();
    if (t.startsWith('|') && (t.match(/\|/g)?.length ?? 0) >= 3) {
      if (!SEPARATOR_ROW.test(t)) {
        const cells: Cell[] = [];
        let k = i + line.indexOf('|') + 1;
        for (;;) {
          const bar = original.indexOf('|', k);
          if (bar === -1 || bar > j) break;
          let s = k;
          let e = bar;
          while (s < e && /[\s*]/.test(original[s] as string)) s++;
          while (e > s && /[\s*]/.test(original[e - 1] as string)) e--;
          cells.push({ start: s, end: e, text: squash(original.slice(s, e).replace(/\*+/g, '')) });
          k = bar + 1;
        }
        current.push({ start: i, end: j, cells });
      }
    } else if (current.length > 0) {
      groups.push(current);
      current = [];
    }
    if (j === original.length) break;
    i = j + 1;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

type Role = 'number' | 'content' | 'lead' | 'coordinators' | 'deadline';

function roleOf(header: string): Role | null {
  const f = fold(header);
  if (/chu\s*tri/.test(f)) return 'lead';
  if (/phoi\s*hop/.test(f)) return 'coordinators';
  if (/thoi\s*(?:gian|han)|tien\s*do|hoan\s*thanh/.test(f)) return 'deadline';
  if (/^(?:stt|tt|so\s*tt|so\s*thu\s*tu)$/.test(f.trim())) return 'number';
  if (/noi\s*dung|nhiem\s*vu|cong\s*viec|hoat\s*dong|giai\s*phap|ten\s/.test(f)) return 'content';
  return null;
}

/** A task table: its rows (header first) and the role of each column. */
export interface Table {
  rows: Row[];
  roles: (Role | null)[];
  /** Original range (its lines are not read as body text). */
  start: number;
  end: number;
}

/** The task tables of the text (header row names a content and a lead or coordinator column). */
export function findTables(original: string): Table[] {
  if (!original.includes('|')) return [];
  const out: Table[] = [];
  for (const rows of rowsOf(original)) {
    const roles = (rows[0]?.cells ?? []).map((c) => roleOf(c.text));
    if (
      rows.length < 2 ||
      !roles.includes('content') ||
      !(roles.includes('lead') || roles.includes('coordinators'))
    )
      continue;
    out.push({
      rows,
      roles,
      start: (rows[0] as Row).start,
      end: (rows[rows.length - 1] as Row).end + 1,
    });
  }
  return out;
}

/** The tasks of task tables; `sectionAt` gives the outline section a table sits in. */
export function readTableTasks(
  src: Source,
  tables: Table[],
  actors: ActorFactory,
  sectionAt: (clean: number) => string,
): Task[] {
  const out: Task[] = [];
  let n = 0;
  for (const { rows, roles } of tables) {
    const header = rows[0] as Row;
    const col = (r: Role): number => roles.indexOf(r);
    n++;
    const section = sectionAt(src.cleanOffset(header.start));
    const tasks: Task[] = [];
    let group: string | null = null;
    rows.slice(1).forEach((row, r) => {
      const cell = (role: Role): Cell | undefined =>
        col(role) >= 0 ? row.cells[col(role)] : undefined;
      const content = cell('content');
      if (!content || content.text === '') return;
      const others = (['lead', 'coordinators', 'deadline'] as Role[]).some(
        (x) => (cell(x)?.text ?? '') !== '',
      );
      if (!others) {
        group = cell('number')?.text || content.text;
        return;
      }
      const range = (c: Cell | undefined): [number, number] | null =>
        c && c.end > c.start ? [src.cleanOffset(c.start), src.cleanOffset(c.end)] : null;
      const lead = range(cell('lead'));
      const coord = range(cell('coordinators'));
      const dl = cell('deadline');
      let deadline: Deadline | null = null;
      if (dl && dl.text !== '') {
        const q = src.quoted(src.cleanOffset(dl.start), src.cleanOffset(dl.end));
        deadline = { text: dl.text, ...normalizeDeadline(fold(dl.text)), ...q };
        if (/thuong\s*xuyen/.test(fold(dl.text)) && deadline.kind === 'unknown')
          deadline.kind = 'continuous';
      }
      const q = src.quoted(src.cleanOffset(row.start), src.cleanOffset(row.end));
      const leadActors = lead ? actors.make(lead[0], lead[1]) : [];
      tasks.push({
        id: `table${n}.${r + 1}`,
        section: [section, group].filter(Boolean).join('.') || `table${n}`,
        sectionTitles: group ? [group] : [],
        text: content.text,
        lead: leadActors,
        coordinators: coord ? actors.make(coord[0], coord[1]) : [],
        reportsTo: [],
        deadline,
        leadRule: leadActors.length > 0 ? 'table' : 'none',
        ...q,
      });
    });
    out.push(...tasks);
  }
  return out;
}
