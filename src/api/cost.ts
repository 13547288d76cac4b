/**
 * What a traversal field costs in database work, beside the row estimate of limits.ts: each runs
 * one statement over a good part of the graph whatever the page asked, so it is priced by what it
 * walks, and every alias pays again. A request may spend MAX_TRAVERSAL_WORK; one coverage report
 * (every matching document's coverage) is the unit of the scale.
 */
import { Kind, type ArgumentNode } from 'graphql';

/** Work one request may ask for: two coverage reports, or a page of the web app. */
export const MAX_TRAVERSAL_WORK = 12;

/** The value of an integer argument: as written, else the schema's default, else `whenUnknown`
 *  (a variable, whose value validation does not see: the largest the field accepts). */
type IntArg = (name: string, whenDefault: number, whenUnknown: number) => number;

/** Work of each traversal field by `Type.field`, from its arguments. */
const TRAVERSAL_WORK: Readonly<Record<string, (arg: IntArg) => number>> = {
  // Coverage of every matching document in one statement.
  'Query.coverageReport': () => 6,
  'Query.recipientCoverage': () => 1,
  // Every task the organization shares, with both role links' evidence.
  'Query.coordinationPartners': () => 2,
  // Breadth-first over shared tasks: the frontier grows with each hop (1–6).
  'Query.coordinationPath': (arg) => arg('maxHops', 4, 6),
  // IMPLEMENTS level by level (1–10).
  'Query.implementationTree': (arg) => Math.ceil(arg('depth', 3, 10) / 2),
  'Query.pendingImplementations': () => 3,
  // Every target of every matching document, compared.
  'Query.targets': () => 3,
  // Any relationship either way (1–3 hops, up to 2,000 nodes).
  'Query.neighbourhood': (arg) => 2 * arg('depth', 1, 3),
  'Query.search': () => 1,
};

/** The work of one field selection (0 for a field that is not a traversal). */
export function traversalWork(
  typeName: string,
  fieldName: string,
  args: readonly ArgumentNode[],
  defaults: ReadonlyMap<string, unknown>,
): number {
  const price = TRAVERSAL_WORK[`${typeName}.${fieldName}`];
  if (!price) return 0;
  return price((name, whenDefault, whenUnknown) => {
    const written = args.find((a) => a.name.value === name)?.value;
    if (!written) {
      const declared = defaults.get(name);
      return typeof declared === 'number' ? declared : whenDefault;
    }
    if (written.kind === Kind.INT) return Math.max(1, Math.min(Number(written.value), whenUnknown));
    return whenUnknown;
  });
}
