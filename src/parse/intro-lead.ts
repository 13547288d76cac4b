/**
 * Who the items after an announcing paragraph belong to. Party conclusions introduce their
 * numbered points with a paragraph that names the bodies and ends in a colon ("…, Văn phòng
 * Trung ương Đảng và các văn phòng tỉnh ủy, thành ủy cụ thể hóa để tổ chức thực hiện, trong đó,
 * cần tập trung một số nhiệm vụ trọng tâm sau:"); the points name none. The subject is the list
 * of bodies that opens a clause of the paragraph's last sentence and is ended by its verb.
 */
import { actorEnd, isActorStart, type ActorFactory } from './actors.ts';
import type { Block } from './outline.ts';
import { make } from './task-lead.ts';
import { isUpper, trimRange, type Source } from './source.ts';
import type { Actor } from './types.ts';

/** The paragraph just before `b` among its siblings, when it announces what follows (":"). */
function announcing(src: Source, b: Block, roots: Block[]): Block | null {
  const siblings = b.parent ? b.parent.children : roots;
  const i = siblings.indexOf(b);
  for (let k = i - 1; k >= 0; k--) {
    const s = siblings[k] as Block;
    if (s.type !== 'paragraph') {
      if (s.type === b.type) continue; // an earlier point of the same list
      return null;
    }
    return /:\s*$/.test(src.clean.slice(s.contentStart, s.end).trimEnd()) ? s : null;
  }
  return null;
}

/** The subject of the last sentence of clean[s0, end): bodies opening a clause, ended by a verb. */
export function clauseSubject(src: Source, s0: number, end: number, actors: ActorFactory): Actor[] {
  const text = src.clean.slice(s0, end);
  const sentence = s0 + Math.max(0, text.search(/[.!?]\s+[^.!?]*$/) + 1);
  for (let k = sentence; k < end; k++) {
    const opens = k === sentence || /[,;]/.test(src.clean[k - 1] as string);
    if (!opens) continue;
    let s = k;
    while (s < end && /\s/.test(src.clean[s] as string)) s++;
    if (!isUpper(src.clean[s]) || !isActorStart(src, s)) continue;
    const { end: e, byWord } = actorEnd(src, s, end);
    if (!byWord) continue;
    const [cs, ce] = trimRange(src.clean, s, e, ' \n,');
    if (ce > cs) return make(src, actors, cs, ce);
  }
  return [];
}

/** The bodies an announcing paragraph before `b` (or before the item `b` sits in) names. */
export function introLead(src: Source, b: Block, roots: Block[], actors: ActorFactory): Actor[] {
  for (let x: Block | null = b; x && x.type !== 'part'; x = x.parent) {
    const p = announcing(src, x, roots);
    if (p) return clauseSubject(src, p.contentStart, p.end, actors);
  }
  return [];
}
