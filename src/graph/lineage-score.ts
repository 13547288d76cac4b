/**
 * How closely a lower document's task restates an upper one's (pure): TF-IDF cosine over the
 * tasks' words and word pairs, diacritics folded ("quán triệt" = "quan triet"), so phrases
 * every task of the cascade shares ("kinh tế tập thể") weigh little and distinctive ones
 * ("kiểm tra, giám sát việc tổ chức triển khai") weigh much; and the phrases both say, as the
 * lower text writes them.
 *
 * Vietnamese writes one syllable per space-separated token, so a "word" here is a syllable and
 * the pairs of syllables stand in for the language's compound words.
 */
import { foldVietnamese } from '../parse/index.ts';

interface Token {
  /** As written. */
  text: string;
  /** Folded: lower case, no diacritics. */
  key: string;
}

export function tokens(text: string): Token[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((t) => ({ text: t, key: foldVietnamese(t) }));
}

function features(toks: readonly Token[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (f: string): void => {
    counts.set(f, (counts.get(f) ?? 0) + 1);
  };
  toks.forEach((t, i) => {
    add(t.key);
    const next = toks[i + 1];
    if (next) add(`${t.key} ${next.key}`);
  });
  return counts;
}

/** TF-IDF vectors of a set of texts, the document frequency counted over the set. */
export class SimilarityModel {
  private readonly vectors: Map<string, number>[];

  constructor(texts: readonly string[]) {
    const counts = texts.map((t) => features(tokens(t)));
    const df = new Map<string, number>();
    for (const c of counts) for (const f of c.keys()) df.set(f, (df.get(f) ?? 0) + 1);
    const n = texts.length;
    this.vectors = counts.map((c) => {
      const v = new Map<string, number>();
      let norm = 0;
      for (const [f, tf] of c) {
        const w = (1 + Math.log(tf)) * Math.log(1 + n / (df.get(f) ?? 1));
        v.set(f, w);
        norm += w * w;
      }
      norm = Math.sqrt(norm) || 1;
      for (const [f, w] of v) v.set(f, w / norm);
      return v;
    });
  }

  /** Cosine of texts i and j (0–1). */
  score(i: number, j: number): number {
    const a = this.vectors[i];
    const b = this.vectors[j];
    if (!a || !b) return 0;
    let dot = 0;
    for (const [f, w] of a) dot += w * (b.get(f) ?? 0);
    return Math.round(dot * 1000) / 1000;
  }
}

/**
 * Runs of at least `min` syllables both texts say (folded), as `lower` writes them, longest
 * first, none inside another.
 */
export function sharedPhrases(lower: string, upper: string, min = 4): string[] {
  const a = tokens(lower);
  const b = tokens(upper).map((t) => t.key);
  const found: { start: number; length: number }[] = [];
  for (let i = 0; i < a.length; i++) {
    let best = 0;
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k]?.key === b[j + k]) k++;
      best = Math.max(best, k);
    }
    if (best >= min) {
      found.push({ start: i, length: best });
      i += best - 1;
    }
  }
  return found
    .sort((x, y) => y.length - x.length || x.start - y.start)
    .map((f) =>
      a
        .slice(f.start, f.start + f.length)
        .map((t) => t.text)
        .join(' '),
    );
}
