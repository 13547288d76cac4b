/** A document's kept text and original, and where an evidence span stands on its pages. */
import type { DocumentFormat, Resolvers } from '../generated/graphql.ts';
import { evidenceRegions } from '../../read/texts.ts';

const FORMATS: Readonly<Record<string, DocumentFormat>> = {
  text: 'TEXT',
  pdf: 'PDF',
  docx: 'DOCX',
  html: 'HTML',
  image: 'IMAGE',
};

export const sourceResolvers: Resolvers = {
  Document: {
    text: async (doc, _args, { loaders }) =>
      (await loaders.documentText.load(doc.id))?.text ?? null,
    source: (doc, _args, { loaders }) => loaders.documentText.load(doc.id),
  },
  DocumentSource: {
    format: (source) => FORMATS[source.format] ?? 'TEXT',
    pages: (source) => source.pageInfo.length,
    pageInfo: (source) =>
      source.pageInfo.map((p) => ({
        page: p.page,
        width: p.width,
        height: p.height,
        ocr: p.source === 'ocr',
        confidence: p.confidence ?? null,
      })),
    url: (source) => `/sources/${source.sha256}`,
  },
  Evidence: {
    page: async (evidence, _args, { loaders }) => {
      const text = await loaders.documentText.load(evidence.docId);
      return evidenceRegions(text, evidence.start, evidence.end)[0]?.page ?? null;
    },
    regions: async (evidence, _args, { loaders }) => {
      const text = await loaders.documentText.load(evidence.docId);
      return evidenceRegions(text, evidence.start, evidence.end).map((r) => ({
        page: r.page ?? null,
        box: r.box ?? null,
        paragraph: r.paragraph ?? null,
        confidence: r.confidence ?? null,
      }));
    },
  },
};
