/**
 * The implementation cascade as an answer (pure): the rows of cypher.ts → a flat tree, one node
 * per document with its depth, its parent in the tree, the relation and the evidence, and counts
 * per depth and per level.
 *
 * Rules, in order:
 * 1. Inferred intermediates. A lower document often names, beside the resolution, the programme
 *    of the level above that implements it ("Thực hiện Nghị quyết số 20-NQ/TW …, Chương trình hành
 *    động số 47-CTr/TU …"). When that programme is an open placeholder (not ingested, so its own
 *    references are unknown) and sits at a wider level than the lower document but a narrower one
 *    than the resolution, the tree places it under the resolution, `inferred`, with the lower
 *    document's reference to the resolution as evidence (docs/domain.md §1: 20-NQ/TW ← 47-CTr/TU ←
 *    67-KH/HU).
 * 2. Transitive reduction: a direct link that a two-step chain implies (67-KH/HU → 20-NQ/TW when
 *    67-KH/HU → 47-CTr/TU → 20-NQ/TW) is dropped, so a document sits under the most specific
 *    document it implements.
 * 3. Breadth-first from the root within the depth bound: a document reached twice keeps the
 *    shortest path (ties: the parent met first, then IMPLEMENTS before COPY_OF, then by id).
 */
import type { DocumentModel, EvidenceModel, Props } from '../../read/models.ts';
import { jurisdictionOf, toDocument, toEvidence } from '../../read/models.ts';
import { LEVELS, type Level } from '../../graph/vocabulary.ts';
import { documentScope, levelRank } from '../scope.ts';

export type CascadeDirection = 'DOWN' | 'UP';
export type CascadeRelation = 'IMPLEMENTS' | 'COPY_OF';

/** A link as cypher.ts returns it: the child (the citing document) and its parent. */
export interface CascadeLink {
  child: string;
  parent: string;
  relation: CascadeRelation;
  evidence: EvidenceModel;
  /** The lower document whose text the inference rests on (rule 1). */
  inferredFrom: string | null;
}

export interface CascadeNodeModel {
  depth: number;
  document: DocumentModel;
  /** The document above it in the answer: what it implements (DOWN) or what implements it (UP). */
  parent: DocumentModel | null;
  relation: CascadeRelation | null;
  inferred: boolean;
  inferredFrom: DocumentModel | null;
  evidence: EvidenceModel | null;
  level: Level | null;
  jurisdiction: string | null;
}

export interface LevelCountModel {
  level: Level | null;
  documents: number;
  placeholders: number;
}

export interface ImplementationTreeModel {
  root: DocumentModel;
  direction: CascadeDirection;
  depth: number;
  nodes: CascadeNodeModel[];
  byDepth: { depth: number; documents: number }[];
  byLevel: LevelCountModel[];
}

export interface CascadeRows {
  root: string;
  nodes: Props[];
  links: Props[];
}

interface TreeDocument {
  document: DocumentModel;
  open: boolean;
  level: Level | null;
  jurisdiction: string | null;
}

function treeDocument(props: Props): TreeDocument {
  const open = props.open === true;
  const rest = { ...props };
  delete rest.open;
  const document = toDocument(rest);
  const scope = documentScope(document);
  return { document, open, level: scope.level, jurisdiction: jurisdictionOf(scope) };
}

/** Rule 1: placeholders a document implements beside a wider document, placed under it. */
export function inferIntermediates(
  links: readonly CascadeLink[],
  docs: ReadonlyMap<string, TreeDocument>,
): CascadeLink[] {
  const inferred: CascadeLink[] = [];
  const seen = new Set<string>();
  const implemented = new Map<string, CascadeLink[]>();
  for (const link of links) {
    if (link.relation !== 'IMPLEMENTS') continue;
    const list = implemented.get(link.child) ?? [];
    list.push(link);
    implemented.set(link.child, list);
  }
  for (const [child, out] of implemented) {
    const childRank = levelRank(docs.get(child)?.level ?? null);
    for (const toPlaceholder of out) {
      const placeholder = docs.get(toPlaceholder.parent);
      const middle = levelRank(placeholder?.level ?? null);
      if (!placeholder?.open || middle === null) continue;
      if (childRank !== null && childRank < middle) continue;
      for (const toWider of out) {
        const wider = levelRank(docs.get(toWider.parent)?.level ?? null);
        const key = `${toPlaceholder.parent}>${toWider.parent}`;
        if (toWider === toPlaceholder || wider === null || wider >= middle || seen.has(key)) {
          continue;
        }
        seen.add(key);
        inferred.push({
          child: toPlaceholder.parent,
          parent: toWider.parent,
          relation: 'IMPLEMENTS',
          evidence: toWider.evidence,
          inferredFrom: child,
        });
      }
    }
  }
  return inferred;
}

/** Rule 2: drop child → grandparent when child → middle → grandparent exists. */
export function reduceTransitive(links: readonly CascadeLink[]): CascadeLink[] {
  const parents = new Map<string, Set<string>>();
  for (const link of links) {
    const set = parents.get(link.child) ?? new Set<string>();
    set.add(link.parent);
    parents.set(link.child, set);
  }
  return links.filter((link) => {
    if (link.relation !== 'IMPLEMENTS' || link.inferredFrom !== null) return true;
    for (const middle of parents.get(link.child) ?? []) {
      if (middle !== link.parent && parents.get(middle)?.has(link.parent)) return false;
    }
    return true;
  });
}

function toLink(props: Props): CascadeLink {
  return {
    child: props.child as string,
    parent: props.parent as string,
    relation: props.relation as CascadeRelation,
    evidence: toEvidence(props.evidence as Props),
    inferredFrom: null,
  };
}

const RELATION_ORDER: Record<CascadeRelation, number> = { IMPLEMENTS: 0, COPY_OF: 1 };

export function buildTree(
  rows: CascadeRows,
  direction: CascadeDirection,
  depth: number,
): ImplementationTreeModel {
  const docs = new Map(rows.nodes.map((n) => [n.id as string, treeDocument(n)]));
  const rootDoc = docs.get(rows.root);
  if (!rootDoc) throw new Error(`cascade rows lack their root ${rows.root}`);
  const direct = rows.links.map(toLink);
  const links = reduceTransitive([...direct, ...inferIntermediates(direct, docs)]);

  // Neighbours of a document in the walk's direction: its children (DOWN) or parents (UP).
  const next = new Map<string, { to: string; link: CascadeLink }[]>();
  for (const link of links) {
    const [from, to] = direction === 'DOWN' ? [link.parent, link.child] : [link.child, link.parent];
    const list = next.get(from) ?? [];
    list.push({ to, link });
    next.set(from, list);
  }
  for (const list of next.values()) {
    list.sort(
      (a, b) =>
        RELATION_ORDER[a.link.relation] - RELATION_ORDER[b.link.relation] ||
        (a.to < b.to ? -1 : a.to > b.to ? 1 : 0),
    );
  }

  const node = (id: string): TreeDocument => {
    const found = docs.get(id);
    if (!found) throw new Error(`cascade link names a document not returned: ${id}`);
    return found;
  };
  const nodes: CascadeNodeModel[] = [
    {
      depth: 0,
      document: rootDoc.document,
      parent: null,
      relation: null,
      inferred: false,
      inferredFrom: null,
      evidence: null,
      level: rootDoc.level,
      jurisdiction: rootDoc.jurisdiction,
    },
  ];
  const placed = new Set([rows.root]);
  let frontier = [rows.root];
  for (let d = 1; d <= depth && frontier.length > 0; d += 1) {
    const reached: string[] = [];
    for (const from of frontier) {
      for (const { to, link } of next.get(from) ?? []) {
        if (placed.has(to)) continue;
        placed.add(to);
        reached.push(to);
        const target = node(to);
        nodes.push({
          depth: d,
          document: target.document,
          parent: node(from).document,
          relation: link.relation,
          inferred: link.inferredFrom !== null,
          inferredFrom: link.inferredFrom === null ? null : node(link.inferredFrom).document,
          evidence: link.evidence,
          level: target.level,
          jurisdiction: target.jurisdiction,
        });
      }
    }
    frontier = reached;
  }
  return { root: rootDoc.document, direction, depth, nodes, ...counts(nodes) };
}

/** Counts over every node of the answer, the root included; all four levels always listed. */
function counts(
  nodes: readonly CascadeNodeModel[],
): Pick<ImplementationTreeModel, 'byDepth' | 'byLevel'> {
  const byDepth = new Map<number, number>();
  for (const n of nodes) byDepth.set(n.depth, (byDepth.get(n.depth) ?? 0) + 1);
  const levels: (Level | null)[] = [...LEVELS];
  if (nodes.some((n) => n.level === null)) levels.push(null);
  return {
    byDepth: [...byDepth].map(([depth, documents]) => ({ depth, documents })),
    byLevel: levels.map((level) => {
      const at = nodes.filter((n) => n.level === level);
      return {
        level,
        documents: at.length,
        placeholders: at.filter((n) => n.document.status === 'referenced').length,
      };
    }),
  };
}
