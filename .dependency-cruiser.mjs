/**
 * The layering check (`npm run lint:deps`, part of `npm test`): no import cycle, between files or
 * between folders, and no import from a lower stage of the pipeline to a higher one.
 *
 * Stages, low to high (a stage may import the ones below it, never the ones above):
 *   lexicon   word tables shared by the parser and the resolver (body-head words)
 *   formats   a kept file's bytes (PDF, scan, DOCX, HTML) → text with a map back to the original
 *   io        reading document files and listing folders
 *   orgs      reference data and name resolution (the parser uses its types and splitting)
 *   parse     text → ParsedDocument, pure
 *   graph     the graph vocabulary, ParsedDocument → write plan → Neo4j
 *   db        the local Neo4j, the driver, migrations (named with the graph's vocabulary)
 *   read      the read layer: reader, models, read errors, filters, paging
 *   traverse  traversals over the read layer
 *   api       GraphQL and the exports
 *   cli       the command line
 *   main      npm start
 * src/config.ts, src/paths.ts and src/errors.ts sit below every stage and import none.
 */
const STAGES = [
  ['lexicon', '^src/lexicon/'],
  ['formats', '^src/formats/'],
  ['io', '^src/io/'],
  ['orgs', '^src/orgs/'],
  ['parse', '^src/parse/'],
  ['graph', '^src/graph/'],
  ['db', '^src/db/'],
  ['read', '^src/read/'],
  ['traverse', '^src/traverse/'],
  ['api', '^src/api/'],
  ['cli', '^src/cli/'],
  ['main', '^src/main\\.ts$'],
];

const upward = STAGES.slice(0, -1).map(([name, path], i) => ({
  name: `no-upward-from-${name}`,
  comment: `${name} is below ${STAGES.slice(i + 1)
    .map(([above]) => above)
    .join(', ')}: it must not import them`,
  severity: 'error',
  from: { path },
  to: { path: STAGES.slice(i + 1).map(([, above]) => above) },
}));

export default {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Files that import each other (types included): move what they share out',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-circular-folders',
      comment: 'Folders that import each other: one of them belongs below the other',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    ...upward,
    {
      name: 'shared-roots-import-no-stage',
      comment: 'src/config.ts, src/paths.ts and src/errors.ts are below every stage',
      severity: 'error',
      from: { path: '^src/(config|paths|errors)\\.ts$' },
      to: { path: STAGES.map(([, path]) => path) },
    },
    {
      name: 'parse-reads-no-files',
      comment:
        'The parser is pure: no file reading in it or in anything it imports, however indirectly (file reading belongs to src/io and orgs/load.ts)',
      severity: 'error',
      from: { path: '^src/parse/' },
      to: { path: '^(node:)?fs(/promises)?$', reachable: true },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that resolves to nothing',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are dependencies too: a cycle of types is still a cycle.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Packages' `exports` maps (graphql-ws/use/ws) resolved as Node resolves an ES import.
    enhancedResolveOptions: {
      extensions: ['.ts', '.js'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'node', 'default'],
    },
  },
};
