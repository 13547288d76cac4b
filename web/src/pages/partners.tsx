/** An organization's coordination partners as a network drawing (Cytoscape.js, bundled). */
import type cytoscape from 'cytoscape';
import { useEffect, useRef } from 'preact/hooks';
import type { WebOrganizationQuery } from '../generated/operations.ts';
import { useWords } from '../i18n.ts';
import { href } from '../route.ts';
import { Empty, Section } from '../ui.tsx';

type Partner = NonNullable<WebOrganizationQuery['coordinationPartners']>['partners'][number];

const style: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 10,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'background-color': '#2b6cb0',
    },
  },
  { selector: 'node.center', style: { 'background-color': '#c53030', width: 40, height: 40 } },
  { selector: 'node.generic', style: { 'background-color': '#a0aec0' } },
  { selector: 'edge', style: { width: 'mapData(weight, 1, 10, 1, 8)', 'line-color': '#90cdf4' } },
];

/** The organization in the middle, its partners around it, edges as thick as the shared tasks. */
function drawNetwork(
  draw: typeof cytoscape,
  container: HTMLDivElement,
  center: { id: string; name: string },
  partners: Partner[],
): cytoscape.Core {
  const cy = draw({
    container,
    elements: [
      { data: { id: center.id, label: center.name }, classes: 'center' },
      ...partners.flatMap((p) => [
        { data: { id: p.partner.id, label: p.partner.name }, classes: p.generic ? 'generic' : '' },
        {
          data: {
            id: `${center.id}->${p.partner.id}`,
            source: center.id,
            target: p.partner.id,
            weight: p.counts.total,
          },
        },
      ]),
    ],
    style,
    layout: {
      name: 'concentric',
      concentric: (node) => (node.id() === center.id ? 2 : 1),
      levelWidth: () => 1,
    },
  });
  cy.on('tap', 'node', (event) => {
    const id = (event.target as cytoscape.NodeSingular).id();
    const partner = partners.find((p) => p.partner.id === id);
    if (partner?.partner.kind === 'ORGANIZATION') window.location.hash = href('organization', id);
  });
  // For the page's readers and tests: the drawn node ids.
  container.dataset.nodes = cy
    .nodes()
    .map((n) => n.id())
    .join('\n');
  return cy;
}

export function PartnersDrawing({
  center,
  partners,
}: {
  center: { id: string; name: string };
  partners: Partner[];
}) {
  const w = useWords();
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element || partners.length === 0) return;
    let cy: cytoscape.Core | undefined;
    let live = true;
    void import('cytoscape').then(({ default: draw }) => {
      if (live) cy = drawNetwork(draw, element, center, partners);
    });
    return () => {
      live = false;
      cy?.destroy();
    };
  }, [center.id, center.name, partners]);
  return (
    <Section title={w.partners}>
      {partners.length === 0 ? (
        <Empty />
      ) : (
        <>
          <div ref={container} class="network" role="img" aria-label={w.partners} />
          <ul class="partners">
            {partners.map((p) => (
              <li key={p.partner.id} data-partner={p.partner.id}>
                {p.partner.kind === 'ORGANIZATION' ? (
                  <a href={href('organization', p.partner.id)}>{p.partner.name}</a>
                ) : (
                  p.partner.name
                )}{' '}
                — {p.counts.total} {w.sharedTasks}
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
