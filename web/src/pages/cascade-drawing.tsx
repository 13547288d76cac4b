/** A document's implementation cascade as a tree drawing (Cytoscape.js, breadth-first layout). */
import type cytoscape from 'cytoscape';
import { useEffect, useRef } from 'preact/hooks';
import type { WebCascadeFragment } from '../generated/operations.ts';
import { useWords } from '../i18n.ts';
import { href } from '../route.ts';

type Node = WebCascadeFragment['nodes'][number];

const style: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 11,
      shape: 'round-rectangle',
      width: 'label',
      height: 22,
      padding: '6px',
      'text-valign': 'center',
      color: '#1a202c',
      'background-color': '#bee3f8',
      'border-width': 1,
      'border-color': '#2b6cb0',
    },
  },
  { selector: 'node.root', style: { 'background-color': '#fed7d7', 'border-color': '#c53030' } },
  {
    selector: 'node.placeholder',
    style: { 'background-color': '#edf2f7', 'border-style': 'dashed', 'border-color': '#718096' },
  },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#4a5568',
      'target-arrow-color': '#4a5568',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
    },
  },
  { selector: 'edge.inferred', style: { 'line-style': 'dashed', 'line-color': '#a0aec0' } },
];

const name = (n: Node): string => n.document.number ?? n.document.id;

/** Parents above what implements them; a dashed border is a placeholder, a dashed edge inferred. */
function drawTree(
  draw: typeof cytoscape,
  container: HTMLDivElement,
  nodes: readonly Node[],
): cytoscape.Core {
  const cy = draw({
    container,
    elements: [
      ...nodes.map((n) => ({
        data: { id: n.document.id, label: `${name(n)}${n.level ? ` · ${n.level}` : ''}` },
        classes: [
          n.depth === 0 ? 'root' : '',
          n.document.status === 'REFERENCED' ? 'placeholder' : '',
        ].join(' '),
      })),
      ...nodes
        .filter((n) => n.parent)
        .map((n) => ({
          data: {
            id: `${n.parent!.id}->${n.document.id}`,
            source: n.parent!.id,
            target: n.document.id,
          },
          classes: n.inferred ? 'inferred' : '',
        })),
    ],
    style,
    layout: { name: 'breadthfirst', directed: true, spacingFactor: 1.1 },
    userZoomingEnabled: false,
  });
  cy.on('tap', 'node', (event) => {
    window.location.hash = href('cascade', (event.target as cytoscape.NodeSingular).id());
  });
  // For the page's readers and tests: the drawn documents and links, by number.
  const byId = new Map(nodes.map((n) => [n.document.id, name(n)]));
  container.dataset.nodes = nodes.map(name).join('\n');
  container.dataset.edges = cy
    .edges()
    .map((e) => `${byId.get(e.source().id())} -> ${byId.get(e.target().id())}`)
    .join('\n');
  return cy;
}

export function CascadeDrawing({ tree }: { tree: WebCascadeFragment }) {
  const w = useWords();
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let cy: cytoscape.Core | undefined;
    let live = true;
    void import('cytoscape').then(({ default: draw }) => {
      if (live) cy = drawTree(draw, element, tree.nodes);
    });
    return () => {
      live = false;
      cy?.destroy();
    };
  }, [tree]);
  return <div ref={container} class="network tree" role="img" aria-label={w.cascadePage} />;
}
