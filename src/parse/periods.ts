/**
 * A period stated once for a group of items (docs/labelling.md: "the heading's when the task has
 * none"): a heading that opens or ends with it ("1. Giai đoạn 2025 - 2030", "2. Kế hoạch phát
 * triển giai đoạn 2026 - 2030", "Đến năm 2030") or an intro paragraph that opens with it and
 * announces the items ("Trong giai đoạn 2026 - 2030, … cụ thể như sau:"). The items under it
 * that state no deadline of their own are due by the period's end.
 */
import { normalizeDeadline } from './deadlines.ts';
import { ancestors, type Block } from './outline.ts';
import { squash, type Source } from './source.ts';
import type { Deadline } from './types.ts';

const YEAR = String.raw`(?:19|20)\d{2}`;
/** "giai đoạn 2026 - 2030", "trong giai đoạn …", "từ nay đến hết giai đoạn …" (folded). */
const SPAN = String.raw`(?:(?:trong\s*|tu\s*nay\s*den\s*(?:het\s*)?)?giai\s*doan\s*${YEAR}\s*[-–]\s*${YEAR})`;
/** "trong năm 2025", "đến năm 2030", "từ nay đến hết năm 2030", "từ nay đến cuối năm 2025". */
const BY_YEAR = String.raw`(?:trong\s*|(?:tu\s*nay\s*)?den\s*(?:het\s*|cuoi\s*)?)nam\s*${YEAR}`;
const NOT_DATE = String.raw`(?![\d/])`;
/** Markup and punctuation around a heading's text. */
const EDGE = String.raw`[\s*_#:.,]*`;
const HEAD_OPENS = new RegExp(
  String.raw`^${EDGE}(${SPAN}|(?:${BY_YEAR}|nam\s*${YEAR}))${NOT_DATE}`,
);
/** At a heading's end a bare year names what the heading is about ("Đối với kỳ thi tốt nghiệp
 *  năm 2020"), not a time limit: there only a span of years or "trong / đến năm …". */
const HEAD_ENDS = new RegExp(String.raw`\s(${SPAN}|${BY_YEAR})${NOT_DATE}${EDGE}$`);
/** An intro paragraph: opens with the period, ends announcing what follows. */
const INTRO_ENDS = /(?:nhu\s*sau|sau\s*day|cu\s*the|gom)\s*[:.]?[\s*_]*$|:[\s*_]*$/;
/** A heading that names a document ("Kế hoạch số 12/KH-UBND giai đoạn 2021 - 2025") gives the
 *  period of that document, not a time limit of the items. */
const NAMES_DOCUMENT = /\bso\s*\d|\d\s*\/\s*[a-z]|\d-[a-z]/;

function deadlineAt(src: Source, s: number, e: number): Deadline | null {
  const norm = normalizeDeadline(src.fold.slice(s, e));
  if (norm.kind !== 'due' || norm.end === null) return null;
  return { text: squash(src.clean.slice(s, e)), ...norm, ...src.quoted(s, e), inherited: true };
}

/** The text of a block without leading markup: [s, e) in the clean text. */
function textRange(src: Source, b: Block): [number, number] {
  let s = b.contentStart;
  while (s < b.end && /[\s*_#]/.test(src.clean[s] as string)) s++;
  return [s, b.end];
}

/** The period a heading (a block with children) states, or null. */
function headingPeriod(src: Source, b: Block): Deadline | null {
  const [s, e] = textRange(src, b);
  const f = src.fold.slice(s, e);
  if (f.length > 160 || NAMES_DOCUMENT.test(f)) return null;
  const m = HEAD_OPENS.exec(f) ?? HEAD_ENDS.exec(f);
  if (!m) return null;
  const at = s + m.index + m[0].indexOf(m[1] as string);
  return deadlineAt(src, at, at + (m[1] as string).length);
}

/** The period an intro paragraph opens with ("Trong giai đoạn 2026 - 2030, … như sau:"). */
function introPeriod(src: Source, p: Block): Deadline | null {
  if (p.type !== 'paragraph' || p.children.length > 0) return null;
  const [s, e] = textRange(src, p);
  const f = src.fold.slice(s, e);
  if (!INTRO_ENDS.test(f)) return null;
  const m = HEAD_OPENS.exec(f);
  if (!m || NAMES_DOCUMENT.test(m[0])) return null;
  const at = s + m.index + m[0].indexOf(m[1] as string);
  return deadlineAt(src, at, at + (m[1] as string).length);
}

/** For each block, the period of the intro paragraph before it among its siblings: over the
 *  items between, up to another paragraph or heading. One pass per sibling list, per parse. */
const introOf = new WeakMap<Block, Deadline | null>();
const passed = new WeakSet<Block[]>();

function introBefore(src: Source, siblings: Block[], x: Block): Deadline | null {
  if (!passed.has(siblings)) {
    let current: Deadline | null = null;
    for (const s of siblings) {
      introOf.set(s, current);
      if (s.type !== 'item' && s.type !== 'bullet') current = introPeriod(src, s);
    }
    passed.add(siblings);
  }
  return introOf.get(x) ?? null;
}

/** The period stated over `b`: nearest first, an intro paragraph among the siblings before it
 *  or before an ancestor, else the heading of an ancestor. */
export function periodAbove(src: Source, b: Block, roots: Block[]): Deadline | null {
  for (const x of [b, ...ancestors(b).reverse()]) {
    const d = introBefore(src, x.parent ? x.parent.children : roots, x);
    if (d) return d;
    if (x !== b && x.type !== 'part') {
      const h = headingPeriod(src, x);
      if (h) return h;
    }
  }
  return null;
}
