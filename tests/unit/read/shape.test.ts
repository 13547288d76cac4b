import { describe, expect, it } from 'vitest';
import { factQuote } from '../../../src/graph/vocabulary.ts';
import { fromShape, projection, type Shape } from '../../../src/read/shape.ts';
import { Params } from '../../../src/read/params.ts';
import { preloaded } from '../../../src/read/preloaded.ts';

const recipients = (untyped: boolean, edgeFields: string[]): Shape => ({
  kind: 'Document',
  fields: ['title'],
  nested: [
    {
      key: 'recipients recipients',
      field: 'recipients',
      edgeFields,
      shape: { kind: 'Actor', fields: ['name'], nested: [], untyped },
    },
  ],
});

describe('compiled selections (read/shape.ts)', () => {
  it("reads an actor's labels only when its type can be observed", () => {
    const typed = projection('n', recipients(false, ['purpose']), new Params());
    const untyped = projection('n', recipients(true, ['purpose']), new Params());
    expect(typed).toContain('labels: labels(x1)');
    expect(untyped).not.toContain('labels(');
    // A document's label is known: not sent, added when the map becomes a model.
    expect(untyped).not.toContain("['Document']");
  });

  it('reads only the selected evidence subfields, and no edge map when none is selected', () => {
    const quote = projection('n', recipients(true, ['evidence.quote']), new Params());
    // Stored, else the span of its task's quote (vocabulary.ts factQuote): the span's bounds are
    // read for it, the docId is not.
    expect(quote).toContain(`edge_: {quote: ${factQuote('r1')}}`);
    expect(quote).not.toMatch(/r1\.docId\b/);
    const regions = projection('n', recipients(true, ['evidence.regions']), new Params());
    // The docId where stored, else the start node's own document (vocabulary.ts factDocId).
    expect(regions).toContain(
      `edge_: {docId: coalesce(r1.docId, split(startNode(r1).id, '#')[0]), start: r1.start, end: r1.end, quote: ${factQuote('r1')}}`,
    );
    expect(projection('n', recipients(true, []), new Params())).not.toContain('edge_');
  });

  it("reads a recipient's text position only when it has no ordinal", () => {
    const cypher = projection('n', recipients(true, ['purpose']), new Params());
    expect(cypher).toContain('CASE WHEN r1.ordinal IS NULL THEN r1.start END');
  });

  it('turns the maps into models with their types', () => {
    type Edge = { actor: { __type: string; name: string }; purpose: string | null };
    const edges = (untyped: boolean, actor: Record<string, unknown>): Edge[] => {
      const model = fromShape(recipients(untyped, ['purpose']), {
        id: 'doc:1',
        title: 'T',
        n0: [{ id: 'a', name: 'A', edge_: { purpose: 'p' }, ...actor }],
      });
      expect(model).toMatchObject({ __type: 'Document', id: 'doc:1', title: 'T' });
      return preloaded<Edge[]>(model, 'recipients recipients') ?? [];
    };
    expect(edges(false, { labels: ['Organization'] })[0]).toMatchObject({
      actor: { __type: 'Organization', name: 'A' },
      purpose: 'p',
    });
    // Its type unobservable, an actor read without labels answers its fields all the same.
    expect(edges(true, {})[0]).toMatchObject({ actor: { name: 'A' }, purpose: 'p' });
  });
});
