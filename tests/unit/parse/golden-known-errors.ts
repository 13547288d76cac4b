/**
 * Known parser errors in the seeds' golden fixtures. The fixtures hold what a careful reader finds
 * in the text (checked line by line); where the parser still gets it wrong, an entry here says
 * what the parser gives today (`parser`; for an object, the fields it lists) and what is right
 * (`correct`, or no `correct` when the element should not be there). golden.test.ts checks that
 * the parser still gives `parser` (so a fix, or a new mistake, fails the test and the entry must
 * be removed or changed), puts `correct` in its place, and compares the whole projection with the
 * fixture.
 */

/** A step into the projection: a key, an index, or the array element whose fields match. */
export type Step = string | number | Readonly<Record<string, string>>;

export interface KnownError {
  seed: string;
  path: readonly Step[];
  parser: unknown;
  /** The right value; absent: the element should not be there. */
  correct?: unknown;
  /** `correct` is a list of elements that replaces the one element at `path`. */
  splice?: true;
  why: string;
}

const mtts = (mention: string, name = mention): Record<string, unknown> => ({
  mention,
  name,
  kind: 'group',
});

export const knownErrors: readonly KnownError[] = [
  {
    seed: '000_20a41b9271eee9a1',
    path: ['tasks', { id: '2.1' }],
    parser: { section: 'I.1', leadRule: 'subject' },
    why: 'an item of "I- MỤC ĐÍCH, YÊU CẦU" states an aim, not a task (docs/labelling.md)',
  },
  {
    seed: '000_20a41b9271eee9a1',
    path: ['tasks', { id: '2.2' }],
    parser: { section: 'I.2', leadRule: 'subject' },
    why: 'an item of "I- MỤC ĐÍCH, YÊU CẦU" states an aim, not a task (docs/labelling.md)',
  },
  {
    seed: '002_af1c1f30eff17f08',
    path: ['tasks', { id: '4.2.7' }],
    parser: { section: 'III.2', leadRule: 'none' },
    why: '"Hỗ trợ của Nhà nước là tài sản chung không chia …" states a rule; it asks nobody to act',
  },
  {
    seed: '002_af1c1f30eff17f08',
    path: ['tasks', { id: '4.5.1' }, 'lead', 1],
    parser: {
      mention: 'tổ chức chính trị - xã hội, xã hội - nghề nghiệp',
      name: 'tổ chức chính trị - xã hội, xã hội - nghề nghiệp',
      kind: 'organization',
    },
    correct: [
      mtts('tổ chức chính trị - xã hội'),
      mtts('xã hội - nghề nghiệp', 'tổ chức xã hội - nghề nghiệp'),
    ],
    splice: true,
    why: 'the shared head "tổ chức" is distributed: two kinds of organisations',
  },
  {
    seed: '002_af1c1f30eff17f08',
    path: ['recipients', { mention: 'Mặt trận' }],
    parser: { name: 'Mặt trận cấp tỉnh' },
    correct: {
      mention: 'Mặt trận',
      name: 'Mặt trận',
      kind: 'organization',
      purpose: null,
      bracePurpose: 'báo cáo',
    },
    why: '"cấp tỉnh" is written on the item after it; the Front takes it from the list, not from the text',
  },
  {
    seed: '002_af1c1f30eff17f08',
    path: ['recipients', { mention: 'tổ chức chính trị - xã hội cấp tỉnh' }],
    parser: { kind: 'organization' },
    correct: {
      ...mtts('tổ chức chính trị - xã hội cấp tỉnh'),
      purpose: null,
      bracePurpose: 'báo cáo',
    },
    why: 'a kind of organisations at one level is a group, not one organisation',
  },
  {
    seed: '003_c1ef8345d186a5d7',
    path: ['tasks', { id: '4.5.3' }, 'lead', 1],
    parser: mtts('các tổ chức chính trị - xã hội, xã hội - nghề nghiệp'),
    correct: [
      mtts('các tổ chức chính trị - xã hội'),
      mtts('xã hội - nghề nghiệp', 'các tổ chức xã hội - nghề nghiệp'),
    ],
    splice: true,
    why: 'the shared head "các tổ chức" is distributed: two kinds of organisations',
  },
  {
    seed: '003_c1ef8345d186a5d7',
    path: ['tasks', { id: '4.4.1' }, 'lead', 1],
    parser: { mention: 'các ngành', name: 'các ngành các cấp', kind: 'group' },
    correct: { mention: 'các ngành', name: 'các ngành', kind: 'group' },
    why: '"Cấp ủy đảng, chính quyền, các ngành, các cấp": "các cấp" is its own item, not also a qualifier of "các ngành"',
  },
];

type Json = unknown;

function matches(step: Step, value: Json, index: number): boolean {
  if (typeof step === 'number') return step === index;
  if (typeof step === 'string') return false;
  if (value === null || typeof value !== 'object') return false;
  const o = value as Record<string, unknown>;
  return Object.entries(step).every(([k, v]) => o[k] === v);
}

/** `want` as found in `got`: equal, or for an object, equal on the fields `want` lists. */
export function agrees(want: Json, got: Json): boolean {
  if (Array.isArray(want))
    return (
      Array.isArray(got) && got.length === want.length && want.every((w, i) => agrees(w, got[i]))
    );
  if (want !== null && typeof want === 'object') {
    if (got === null || typeof got !== 'object' || Array.isArray(got)) return false;
    const o = got as Record<string, unknown>;
    return Object.entries(want).every(([k, v]) => k in o && agrees(v, o[k]));
  }
  return want === got;
}

/** The container and the key or index of `path`'s last step in `root`, or null when absent. */
function locate(root: Json, path: readonly Step[]): { holder: Json; key: string | number } | null {
  let holder: Json = root;
  for (let i = 0; i < path.length; i++) {
    const step = path[i] as Step;
    let key: string | number;
    if (typeof step === 'string') {
      if (holder === null || typeof holder !== 'object' || !(step in holder)) return null;
      key = step;
    } else {
      if (!Array.isArray(holder)) return null;
      const list: Json[] = holder;
      const found = list.findIndex((v, j) => matches(step, v, j));
      const unique =
        typeof step === 'number' || list.filter((v, j) => matches(step, v, j)).length === 1;
      if (found < 0 || !unique) return null;
      key = found;
    }
    if (i === path.length - 1) return { holder, key };
    holder = (holder as Record<string | number, Json>)[key];
  }
  return null;
}

/**
 * Checks each known error of `seed` against the parser's projection `got` and puts the correct
 * value in its place (in `got`). Returns what no longer holds (the parser changed).
 */
export function applyKnownErrors(seed: string, got: Json): string[] {
  const problems: string[] = [];
  // Removals and splices shift indices: apply them last to first within each array.
  const entries = knownErrors.filter((e) => e.seed === seed);
  const located = entries.map((e) => ({ e, at: locate(got, e.path) }));
  for (const { e, at } of located) {
    const value = at ? (at.holder as Record<string | number, Json>)[at.key] : undefined;
    if (!at || !agrees(e.parser, value))
      problems.push(
        `${JSON.stringify(e.path)}: the parser no longer gives ${JSON.stringify(e.parser)} (${e.why})`,
      );
  }
  if (problems.length > 0) return problems;
  const rank = (k: string | number | undefined): number => (typeof k === 'number' ? k : -1);
  const ordered = [...located].sort((a, b) => rank(b.at?.key) - rank(a.at?.key));
  for (const { e, at } of ordered) {
    if (!at) continue;
    const { holder, key } = at;
    if (Array.isArray(holder) && typeof key === 'number') {
      const list: Json[] = holder;
      if (!('correct' in e)) list.splice(key, 1);
      else if (e.splice) list.splice(key, 1, ...(e.correct as Json[]));
      else list[key] = e.correct;
    } else (holder as Record<string, Json>)[key as string] = e.correct;
  }
  return problems;
}
