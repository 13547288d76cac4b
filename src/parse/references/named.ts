/** Pass 2: documents named without a number: central resolutions, laws, plans over a period. */
import { squash, trimRange } from '../source.ts';
import { CENTRAL_RESOLUTION, LAW_NAME, PLAN_NAME } from './patterns.ts';
import { draftFor, emptyReference, overlaps, skipped, take, type RefState } from './state.ts';

function addNamed(st: RefState, s: number, e: number, type: string, term: string | null): void {
  if (overlaps(st, s, e)) return;
  const { clean, fold } = st.src;
  const key = `named:${squash(fold.slice(s, e))}`;
  const d = draftFor(st, key, () =>
    emptyReference(st.src.quoted(s, e), {
      number: null,
      type,
      term,
      description: squash(clean.slice(s, e)),
    }),
  );
  take(st, d, { start: s, end: e, key });
}

/** "Nghị quyết Trung ương 5 khóa IX" (on the folded text). */
function centralResolutions(st: RefState): void {
  const re = CENTRAL_RESOLUTION;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(st.src.fold))) {
    if (skipped(st, m.index)) continue;
    const term = m[2] ? `khóa ${m[2].toUpperCase()}` : null;
    const [ts, te] = trimRange(st.src.clean, m.index, m.index + m[0].length, ' )(');
    addNamed(st, ts, te, 'Nghị quyết', term);
  }
}

function laws(st: RefState): void {
  LAW_NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LAW_NAME.exec(st.src.clean))) {
    if (skipped(st, m.index)) continue;
    addNamed(st, m.index, m.index + m[0].length, 'Luật', null);
  }
}

/** Plans named with their period; searched only near a "giai đoạn", so long texts stay cheap. */
function plans(st: RefState): void {
  const { clean, fold } = st.src;
  let lastPlanEnd = 0;
  for (let g = fold.indexOf('giai doan'); g !== -1; g = fold.indexOf('giai doan', g + 9)) {
    const from = Math.max(lastPlanEnd, g - 140);
    const window = clean.slice(from, g + 30);
    PLAN_NAME.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PLAN_NAME.exec(window))) {
      const s = from + m.index;
      if (skipped(st, s)) continue;
      addNamed(st, s, s + m[0].length, m[1] as string, null);
      lastPlanEnd = s + m[0].length;
    }
  }
}

export function namedMentions(st: RefState): void {
  centralResolutions(st);
  laws(st);
  plans(st);
}
