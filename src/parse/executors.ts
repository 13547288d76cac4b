/**
 * The bodies an article names as executing the document ("Điều 3. A; B và C chịu trách nhiệm thi
 * hành Quyết định này"), read from the text: what "Như Điều 3" in the Nơi nhận stands for when the
 * article was not read as a task (a decision flattened onto a few lines, a regulation annexed
 * with its own Điều 3).
 */
import type { ActorFactory } from './actors.ts';
import type { Source } from './source.ts';
import type { Actor } from './types.ts';

/** "chịu trách nhiệm thi hành", "có trách nhiệm thực hiện", "căn cứ Quyết định thi hành" (folded). */
const EXECUTES =
  /\s(?:chiu|co)\s+trach\s+nhiem\s+(?:thi\s+hanh|thuc\s+hien)|\s+can\s+cu\s+quyet\s+dinh\s+thi\s+hanh/;

/** The executors of article `n`, or null when no article of that number names any. */
export function articleExecutors(src: Source, actors: ActorFactory, n: string): Actor[] | null {
  const heading = new RegExp(`(?:^|\\n)[\\s*_]*dieu\\s+${n}\\s*[.:][*_]*\\s*`, 'g');
  let m: RegExpExecArray | null;
  while ((m = heading.exec(src.fold))) {
    const start = m.index + m[0].length;
    // the article ends at the next article or the Nơi nhận
    const rest = src.fold.slice(start, start + 1500);
    const stop = /\n[\s*_]*(?:dieu\s+\d|noi\s+nhan)/.exec(rest);
    const body = stop ? rest.slice(0, stop.index) : rest;
    const verb = EXECUTES.exec(body);
    if (!verb) continue;
    // the clause that holds the verb: an article titled "Điều khoản thi hành" opens with entry
    // into force ("1. Quyết định này có hiệu lực …") and names its executors in clause 2
    const from = start + clauseStart(src.clean.slice(start, start + verb.index));
    // a hard-wrapped list: line breaks are spaces, not separators
    const text = src.clean.slice(from, start + verb.index).replace(/\n/g, ' ');
    const found = actors.makeFrom(
      text,
      (i) => from + i,
      (i) => from + i,
    );
    if (found.length > 0) return found;
  }
  return null;
}

/** Where the last paragraph, numbered clause or sentence before the verb starts (0 when none):
 *  "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng …" names no body in its first
 *  sentence. A sentence ends at a dot after a word in lower case or a number, not after an
 *  abbreviation ("TP. Hồ Chí Minh", "Tp. Huế"). */
function clauseStart(before: string): number {
  let at = 0;
  for (const m of before.matchAll(
    /\n[ \t]*\n|\n[\s*_]*\d{1,2}\s*[.)][*_]*\s|(?<=\s[\p{Ll}\d]\S*)\.\s/gu,
  ))
    at = m.index + m[0].length;
  return at;
}
