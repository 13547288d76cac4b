/**
 * Task lists whose fields come as lines under the task ("- Cơ quan chủ trì: Bộ Công an.",
 * "Đơn vị phối hợp: Sở Tư pháp.", "- Thời gian thực hiện: Quý II/2025", "- Kết quả: Dự thảo
 * Hướng dẫn", "- Cơ quan thực hiện: Sở X chủ trì, phối hợp với Sở Y"). The block holding such
 * lines is the task; its other lines (requirements, sub-steps) are part of it, not tasks.
 */
import { findDeadline, normalizeDueCell } from './deadlines.ts';
import type { Block } from './outline.ts';
import { squash, trimRange, type Source } from './source.ts';
import type { Deadline, Quoted } from './types.ts';

export type Field = 'lead' | 'coordinators' | 'performer' | 'deadline' | 'product';

/** Field labels on folded text, tried in order; the value follows the colon. */
const FIELD_PATTERNS: [RegExp, Field][] = [
  [/^(?:co\s*quan|don\s*vi|bo\s*phan)\s*chu\s*tri[^:]{0,30}:/, 'lead'],
  [/^(?:co\s*quan|don\s*vi|bo\s*phan)\s*phoi\s*hop[^:]{0,30}:/, 'coordinators'],
  [/^(?:co\s*quan|don\s*vi|bo\s*phan)\s*(?:thuc\s*hien|trien\s*khai)[^:]{0,20}:/, 'performer'],
  [/^(?:thoi\s*(?:gian|han|diem)|tien\s*do)[^:]{0,30}:/, 'deadline'],
  [/^(?:ket\s*qua|san\s*pham)[^:]{0,25}:/, 'product'],
];

/** The field a block states and where its value starts (clean offset), or null. */
export function fieldOf(src: Source, b: Block): { field: Field; at: number } | null {
  const head = src.fold.slice(b.contentStart, Math.min(b.end, b.contentStart + 60));
  for (const [re, field] of FIELD_PATTERNS) {
    const m = re.exec(head);
    if (m) return { field, at: b.contentStart + m[0].length };
  }
  return null;
}

/** A block whose children state who leads or performs it: it is the task. */
export function hasFieldChildren(src: Source, b: Block): boolean {
  return b.children.some((c) => {
    const f = fieldOf(src, c)?.field;
    return f === 'lead' || f === 'performer' || f === 'coordinators';
  });
}

/** The value of a field: clean range without the closing punctuation. */
export function fieldValue(src: Source, b: Block, at: number): [number, number] {
  return trimRange(src.clean, at, b.end, ' \n\t,;.:-');
}

/** A deadline stated as a field: the whole value is the deadline phrase. */
export function fieldDeadline(src: Source, s: number, e: number): Deadline | null {
  if (e <= s) return null;
  const inner = findDeadline(src, s, e);
  const text = squash(src.clean.slice(s, e));
  const norm = normalizeDueCell(src.fold.slice(s, e));
  // the value itself is the deadline; one in its parentheses only when the value is not
  if (norm.kind === 'unknown' && inner) return inner;
  return { text, ...norm, ...src.quoted(s, e) };
}

export function fieldProduct(
  src: Source,
  s: number,
  e: number,
): (Quoted & { text: string }) | null {
  return e > s ? { text: squash(src.clean.slice(s, e)), ...src.quoted(s, e) } : null;
}
