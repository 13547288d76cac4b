/** matchesOf: the matches of a global regex, as matchAll gives them, without its regex copy. */
import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../../src/parse/text/matches.ts';

const view = (ms: RegExpMatchArray[]): [number | undefined, string][] =>
  ms.map((m) => [m.index, m[0]]);

describe('matchesOf', () => {
  // folded wording of a seed task: "Sở Y tế chủ trì, phối hợp với … báo cáo kết quả …"
  const text = 'so y te chu tri, phoi hop voi so tai chinh; dinh ky hang quy bao cao ket qua';

  it('gives the matches, indexes and groups that matchAll gives', () => {
    const re = /(?:phoi\s*hop|bao\s*cao)\s+(\S+)/gu;
    const ours = matchesOf(text, re);
    expect(view(ours)).toEqual([
      [17, 'phoi hop voi'],
      [61, 'bao cao ket'],
    ]);
    expect(ours.map((m) => m[1])).toEqual(['voi', 'ket']);
    expect(view(ours)).toEqual(view([...text.matchAll(re)]));
  });

  it('reads a text from its start whatever lastIndex the regex was left at, and leaves it at 0', () => {
    const re = /hang\s*quy/g;
    re.lastIndex = 70;
    expect(view(matchesOf(text, re))).toEqual([[52, 'hang quy']]);
    expect(re.lastIndex).toBe(0);
  });

  it('lets the caller run the same regex inside its loop', () => {
    const re = /so\s/g;
    const seen: [number, number][] = [];
    for (const m of matchesOf(text, re)) seen.push([m.index, matchesOf('so a, so b', re).length]);
    expect(seen).toEqual([
      [0, 2],
      [30, 2],
    ]);
  });

  it('steps over empty matches by a whole code point in unicode mode, as matchAll does', () => {
    const re = /(?=\p{Lu})/gu;
    const s = 'a𝐀bĐc';
    expect(view(matchesOf(s, re))).toEqual(view([...s.matchAll(re)]));
    expect(view(matchesOf(s, re))).toEqual([
      [1, ''],
      [4, ''],
    ]);
  });

  it('refuses a regex without the g flag, as matchAll does', () => {
    expect(() => matchesOf(text, /so/)).toThrow(TypeError);
  });
});
