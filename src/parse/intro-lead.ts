/**
 * Who the items after an announcing paragraph belong to. Party conclusions introduce their
 * numbered points with a paragraph that names the bodies and ends in a colon ("…, Văn phòng
 * Trung ương Đảng và các văn phòng tỉnh ủy, thành ủy cụ thể hóa để tổ chức thực hiện, trong đó,
 * cần tập trung một số nhiệm vụ trọng tâm sau:"); the points name none. The subject is the list
 * of bodies that opens a clause of the paragraph's last sentence and is ended by its verb.
 */
import { actorEnd, isActorStart, type ActorFactory } from './actors.ts';
import { isShortTitle, type Block } from './outline.ts';
import { make } from './task-lead.ts';
import { isUpper, type Source } from './source.ts';
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
    // a block ends on its last non-space character
    return src.clean[s.end - 1] === ':' ? s : null;
  }
  return null;
}

/** A request opening the clause: the bodies asked come after it. */
const ASK = /^(?:yeu\s*cau|de\s*nghi|giao)\s+/;

/** A request right after the clause's subject, the issuer asking ("Bộ Y tế đề nghị Chủ tịch Ủy
 *  ban nhân dân tỉnh … chỉ đạo … theo các nội dung sau đây:", "Bộ Nội vụ trân trọng đề nghị …"):
 *  the bodies asked come after it and do the items, not the issuer. Folded. */
const ASKS = /^\s*(?:tran\s*trong\s+|kinh\s+)?(?:yeu\s*cau|de\s*nghi|giao)\s+/;

/** The subject of the last sentence of clean[s0, end): bodies opening a clause, ended by a verb;
 *  `asked` when a request ("yêu cầu", "đề nghị", "giao") puts them there. Null when none. */
function subjectOf(
  src: Source,
  s0: number,
  end: number,
  actors: ActorFactory,
): { lead: Actor[]; asked: boolean } | null {
  const text = src.clean.slice(s0, end);
  // one space after the sentence's end is enough: the rest may hold spaces
  const sentence = s0 + Math.max(0, text.search(/[.!?]\s[^.!?]*$/) + 1);
  // Stryker disable next-line EqualityOperator: the paragraph ends with ":", no clause opens there
  for (let k = sentence; k < end; k++) {
    const opens = k === sentence || /[,;]/.test(src.clean[k - 1] as string);
    if (!opens) continue;
    let s = k;
    // the paragraph ends with ":": the spaces end before it
    while (/\s/.test(src.clean[s] as string)) s++;
    // "…, yêu cầu cấp ủy, tổ chức đảng … tập trung thực hiện … sau:": the bodies after the verb
    const ask = ASK.exec(src.fold.slice(s, s + 12));
    if (ask) s += ask[0].length;
    if ((!ask && !isUpper(src.clean[s])) || !isActorStart(src, s)) continue;
    const { end: e, byWord } = actorEnd(src, s, end);
    if (!byWord) continue;
    if (!ask) {
      const asks = ASKS.exec(src.fold.slice(e, e + 30));
      const a = asks ? e + asks[0].length : -1;
      if (asks && isActorStart(src, a)) {
        const asked = actorEnd(src, a, end);
        if (asked.byWord && asked.end > a)
          return { lead: make(src, actors, a, asked.end), asked: true };
      }
    }
    // make() trims the range of spaces and punctuation
    if (e > s) return { lead: make(src, actors, s, e), asked: ask !== null };
  }
  return null;
}

/** The bodies an announcing paragraph before `b` (or before the item `b` sits in) names; with
 *  `askedOnly`, only bodies the paragraph asks to do the items ("yêu cầu X … sau:"), not the
 *  issuer announcing its guidance ("Bộ Tài chính hướng dẫn … như sau:"). */
export function introLead(
  src: Source,
  b: Block,
  roots: Block[],
  actors: ActorFactory,
  askedOnly = false,
): Actor[] {
  for (let x: Block | null = b; x && x.type !== 'part'; x = x.parent) {
    const p = announcing(src, x, roots);
    if (!p) continue;
    // b sits in a titled item ("7. Báo và Phát thanh, Truyền hình thành phố"): its title, not
    // the announcing paragraph, says whose the items are
    if (x !== b && isShortTitle(x)) return [];
    const subject = subjectOf(src, p.contentStart, p.end, actors);
    return subject && (subject.asked || !askedOnly) ? subject.lead : [];
  }
  return [];
}
