/**
 * Task tables (often a phụ lục of a State plan): a table whose header row names the columns of a
 * task list — content ("Nội dung", "Nhiệm vụ", "Công việc"), lead ("Chủ trì", "Cơ quan chủ
 * trì", "Cơ quan thực hiện"), coordinators ("Phối hợp"), deadline ("Thời gian", "Thời hạn",
 * "Tiến độ"), product ("Sản phẩm", "Kết quả dự kiến"). Each data row with content and a lead,
 * coordinator or deadline is a task; a row with only a number and content ("I | Nhiệm vụ chung")
 * is a group heading for the rows below it. The deadline cell is read as a deadline as a whole
 * ("Quý II/2023", "Thường xuyên"). Layout tables (header, signature) name no such columns and are
 * left to the other rules. The shapes a table arrives in are read by table-rows.ts.
 */
import type { ActorFactory } from './actors.ts';
import { normalizeDueCell } from './deadlines.ts';
import { fold, type Source } from './source.ts';
import { readRange, type Own } from './task-lead.ts';
import { mergeWrapped, readTables, type Cell, type IsHeader, type Row } from './table-rows.ts';
import type { Actor, Deadline, Task } from './types.ts';

type Role = 'number' | 'content' | 'lead' | 'coordinators' | 'deadline' | 'product';

/** Header patterns, tried in order (a "Văn bản giao nhiệm vụ" column is not the content). */
const ROLE_PATTERNS: [RegExp, Role | null][] = [
  [/van\s*ban\s*giao|can\s*cu|nguon\s*(?:kinh\s*phi|von)|kinh\s*phi|ghi\s*chu/, null],
  [/chu\s*tri|(?:co\s*quan|don\s*vi)\s*(?:thuc\s*hien|thuc\s*hien\s*chinh)$/, 'lead'],
  [/phoi\s*hop/, 'coordinators'],
  [/thoi\s*(?:gian|han|diem)|tien\s*do|^hoan\s*thanh/, 'deadline'],
  [/^(?:stt|tt|so\s*tt|so\s*thu\s*tu)\.?$/, 'number'],
  [/san\s*pham|ket\s*qua\s*(?:du\s*kien|dau\s*ra|can\s*dat)|^ket\s*qua$/, 'product'],
  [/noi\s*dung|nhiem\s*vu|cong\s*viec|hoat\s*dong|giai\s*phap|ten\s|de\s*an|du\s*an/, 'content'],
];

function roleOf(header: string): Role | null {
  // a cell's text comes trimmed, and folding keeps its length
  const f = fold(header);
  // a caption above the table ("2. Các nhiệm vụ quá hạn …") is no column name
  if (f.length > 50 || /^(?:\d|[ivx]+\.)/.test(f)) return null;
  for (const [re, role] of ROLE_PATTERNS) if (re.test(f)) return role;
  return null;
}

const isTaskHeader: IsHeader = Object.assign(
  (cells: string[]): boolean => {
    const roles = cells.map(roleOf);
    return roles.includes('content') && (roles.includes('lead') || roles.includes('coordinators'));
  },
  { column: (text: string): boolean => roleOf(text) !== null },
);

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
  return readTables(original, isTaskHeader).map((t) => {
    const roles = (t.rows[0] as Row).cells.map((c) => roleOf(c.text));
    const rows = t.wrapped ? mergeWrapped(t.rows, roles.indexOf('number')) : t.rows;
    return { rows, roles, start: t.start, end: t.end + 1 };
  });
}

/** A line break inside a cell before a new body ("…, đặc khu\nSở Tài chính"): a separator. Not
 *  after "đảng" or "ủy" ("Ban cán sự đảng\nBộ Tư pháp"). */
const CELL_BREAK =
  /(?<![Đđ]ảng|[ủỦ]y|[uU]ỷ)\n(?=(?:Sở|Bộ|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Công an|Các)\s)/gu;

/** A cell's text in clean offsets: its parts joined by a space, with the way back. */
interface CleanCell {
  text: string;
  start: number;
  end: number;
  toClean: (i: number) => number;
  toCleanEnd: (i: number) => number;
}

function cleanCell(src: Source, cell: Cell | undefined): CleanCell | null {
  if (!cell) return null;
  const map: number[] = [];
  let text = '';
  for (const [os, oe] of cell.parts) {
    const cs = src.cleanOffset(os);
    const ce = src.cleanOffset(oe);
    if (ce <= cs) continue;
    if (text !== '') {
      text += ' ';
      map.push(map[map.length - 1] as number);
    }
    // line breaks inside a cell are wrapping, unless the next line opens another body
    text += src.clean.slice(cs, ce).replace(CELL_BREAK, ';').replace(/\s/g, ' ');
    for (let k = cs; k < ce; k++) map.push(k);
  }
  if (text === '') return null;
  return {
    text,
    start: map[0] as number,
    end: (map[map.length - 1] as number) + 1,
    toClean: (i) => map[i] as number,
    toCleanEnd: (i) => (map[i - 1] as number) + 1,
  };
}

/** The bodies of a lead or coordinator cell; a note in parentheses ("(cơ quan thường trực)") is
 *  no body. Blanked, not cut, so that positions still map back. A ";" in a cell always ends a
 *  body ("Viện, Trường; Doanh nghiệp"): each part is split on its own. */
function bodies(actors: ActorFactory, c: CleanCell | null): Actor[] {
  if (!c) return [];
  const text = c.text.replace(/\([^()]*\)?/g, (m) => ' '.repeat(m.length));
  const out: Actor[] = [];
  let from = 0;
  for (const part of text.split(';')) {
    const at = from;
    out.push(
      ...actors.makeFrom(
        part,
        (i) => c.toClean(at + i),
        (i) => c.toCleanEnd(at + i),
      ),
    );
    from += part.length + 1;
  }
  return out;
}

function deadlineOf(src: Source, c: CleanCell | null): Deadline | null {
  if (!c) return null;
  // a cell's text comes trimmed; a blank line inside it leaves two spaces
  const text = c.text.replace(/\s+/g, ' ');
  return { text, ...normalizeDueCell(fold(text)), ...src.quoted(c.start, c.end) };
}

/** What the content cell says itself ("Chủ trì, phối hợp với Bộ Công an …"): used where the
 *  row's own columns are empty. Only for a cell that is one stretch of the text. */
function contentOwn(src: Source, c: Cell, actors: ActorFactory): Own | null {
  if (c.parts.length !== 1) return null;
  const [os, oe] = c.parts[0] as [number, number];
  return readRange(src, src.cleanOffset(os), src.cleanOffset(oe), false, actors);
}

/** The tasks of task tables; `sectionAt` gives the outline section a table sits in. */
export function readTableTasks(
  src: Source,
  tables: Table[],
  actors: ActorFactory,
  sectionAt: (clean: number) => string,
): Task[] {
  const out: Task[] = [];
  tables.forEach(({ rows, roles }, t) => {
    const header = rows[0] as Row;
    const section = sectionAt(src.cleanOffset(header.start));
    let group: string | null = null;
    rows.slice(1).forEach((row, r) => {
      // a role no column has is index -1: no cell
      const cell = (role: Role): Cell | undefined => row.cells[roles.indexOf(role)];
      const content = cell('content');
      if (!content || content.text === '') return;
      const others = (['lead', 'coordinators', 'deadline'] as Role[]).some(
        (x) => (cell(x)?.text ?? '') !== '',
      );
      if (!others) {
        group = cell('number')?.text.replace(/\.$/, '') || content.text;
        return;
      }
      const lead = cleanCell(src, cell('lead'));
      const coord = cleanCell(src, cell('coordinators'));
      const product = cleanCell(src, cell('product'));
      const own = contentOwn(src, content, actors);
      let leadActors = bodies(actors, lead);
      let leadRule: Task['leadRule'] = 'table';
      // the cell's own lead when the lead column is empty (none: leadRule goes unused)
      if (leadActors.length === 0 && own) {
        leadActors = own.lead;
        leadRule = own.leadRule;
      }
      const coordinators = bodies(actors, coord);
      const first = row.cells.find((c) => c.parts.length > 0) as Cell;
      const last = [...row.cells].reverse().find((c) => c.parts.length > 0) as Cell;
      const s = src.cleanOffset((first.parts[0] as [number, number])[0]);
      const e = src.cleanOffset((last.parts[last.parts.length - 1] as [number, number])[1]);
      out.push({
        id: `table${t + 1}.${r + 1}`,
        section: [section, group].filter(Boolean).join('.') || `table${t + 1}`,
        sectionTitles: group ? [group] : [],
        text: content.text,
        lead: leadActors,
        coordinators: coordinators.length > 0 ? coordinators : (own?.coordinators ?? []),
        reportsTo: [],
        deadline: deadlineOf(src, cleanCell(src, cell('deadline'))) ?? own?.deadline ?? null,
        leadRule: leadActors.length > 0 ? leadRule : 'none',
        ...(product
          ? {
              product: {
                text: product.text.replace(/\s+/g, ' '),
                ...src.quoted(product.start, product.end),
              },
            }
          : {}),
        ...src.quoted(s, e),
      });
    });
  });
  return out;
}
