/**
 * `parse <file> [--json] [--no-resolve] [--national]`: parse one document (--national: resolve
 * with the national registry too). With --json, the ParsedDocument as
 * JSON on stdout (external scripts rely on its field names: see src/parse/types.ts); without, a
 * readable summary. The organization registry (seed/orgs) and a `<file>.meta.yaml` beside the
 * document are loaded and the resolver's decision (id, rule) is part of every actor.
 */
import { basename } from 'node:path';
import {
  createResolver,
  loadDocumentMeta,
  loadRegistry,
  type DocumentMeta,
  type Registry,
} from '../../orgs/index.ts';
import {
  parseDocument,
  type Actor,
  type ParsedDocument,
  type ParseOptions,
} from '../../parse/index.ts';
import { DocumentReadError, readKeptDocument } from '../../io/read-document.ts';

export const summary = 'parse a document: parse <file> [--json] [--no-resolve] [--national]';

const USAGE = 'usage: npm run -s cli -- parse <file> [--json] [--no-resolve] [--national]\n';

export async function run(args: string[]): Promise<number> {
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const files = args.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => !['--json', '--no-resolve', '--national'].includes(f));
  if (files.length !== 1 || unknown.length > 0) {
    process.stderr.write(
      unknown.length > 0 ? `unknown option: ${unknown.join(' ')}\n${USAGE}` : USAGE,
    );
    return 2;
  }
  const file = files[0] as string;
  let text: string;
  try {
    text = (await readKeptDocument(file)).text;
  } catch (e) {
    if (e instanceof DocumentReadError) {
      process.stderr.write(`parse: ${e.message}\n`);
      return 1;
    }
    throw e;
  }

  const options: ParseOptions = { documentKey: basename(file) };
  if (!flags.has('--no-resolve')) {
    let registry: Registry | undefined;
    try {
      registry = loadRegistry(undefined, { national: flags.has('--national') });
    } catch (e) {
      process.stderr.write(
        `parse: organization registry not loaded, names are left as written (${(e as Error).message})\n`,
      );
    }
    if (registry) {
      options.registry = registry;
      options.resolve = createResolver(registry);
    }
  }
  let meta: DocumentMeta | undefined;
  try {
    meta = loadDocumentMeta(file);
  } catch (e) {
    process.stderr.write(`parse: ${(e as Error).message}\n`);
    return 1;
  }
  if (meta) options.meta = meta;

  const doc = parseDocument(text, options);
  process.stdout.write(flags.has('--json') ? `${JSON.stringify(doc, null, 2)}\n` : summarise(doc));
  return 0;
}

function names(actors: Actor[]): string {
  return actors.map((a) => a.name).join('; ');
}

/** A readable summary of a parsed document. */
export function summarise(doc: ParsedDocument): string {
  const d = doc.document;
  const out: string[] = [];
  out.push(
    `${d.type ?? 'Document'} ${d.number ?? '(no number)'}${d.issuedDate ? ` of ${d.issuedDate}` : ''}${d.place ? `, ${d.place}` : ''}`,
  );
  if (d.title) out.push(`  title:   ${d.title}`);
  if (d.issuer) out.push(`  issuer:  ${d.issuer.name} (from the ${d.issuer.source})`);
  if (d.signer) {
    const chain = d.signer.authorities.map((a) => `${a.capacity} ${a.of ?? ''}`.trim()).join(' / ');
    out.push(`  signed:  ${[chain, d.signer.title].filter(Boolean).join(' / ')}: ${d.signer.name}`);
  }
  if (doc.references.length > 0) {
    out.push('', `References (${doc.references.length}):`);
    for (const r of doc.references) {
      const flag = r.doubtful ? `  DOUBTFUL (probably ${r.probably ?? '?'})` : '';
      out.push(
        `  ${r.relation.padEnd(10)} ${r.number ?? r.description ?? '?'}${r.date ? ` of ${r.date}` : ''}${r.issuer ? ` by ${r.issuer}` : ''}${flag}`,
      );
    }
  }
  if (doc.tasks.length > 0) {
    out.push('', `Tasks (${doc.tasks.length}):`);
    for (const t of doc.tasks) {
      out.push(
        `  [${t.section || t.id}] ${t.text.length > 100 ? `${t.text.slice(0, 97)}...` : t.text}`,
      );
      if (t.lead.length > 0)
        out.push(
          `      lead:         ${names(t.lead)}${t.leadRule === 'inherited' ? ' (from the heading)' : ''}`,
        );
      if (t.coordinators.length > 0) out.push(`      coordinators: ${names(t.coordinators)}`);
      if (t.reportsTo.length > 0) out.push(`      reports to:   ${names(t.reportsTo)}`);
      if (t.deadline) {
        const dl = t.deadline;
        const when = [dl.start && `from ${dl.start}`, dl.end && `by ${dl.end}`, dl.recurrence]
          .filter(Boolean)
          .join(', ');
        out.push(`      deadline:     ${dl.text}${when ? ` → ${when}` : ''}`);
      }
    }
  }
  if (doc.targets.length > 0) {
    out.push('', `Targets (${doc.targets.length}):`);
    for (const t of doc.targets) {
      const v = t.range ? `${t.range.min}–${t.range.max}` : String(t.value);
      out.push(
        `  ${t.year ?? '    '}  ${t.qualifier ? `${t.qualifier} ` : ''}${v}${t.unit === '%' ? '%' : ` ${t.unit}`}${t.unit === '%' ? ` ${t.metric}` : ''}${t.perYear ? ' per year' : ''}`,
      );
    }
  }
  if (doc.recipients.length > 0) {
    out.push('', `Recipients (${doc.recipients.length}):`);
    for (const r of doc.recipients)
      out.push(
        `  ${r.name} [${r.kind}]${r.purpose ? ` (${r.purpose})` : ''}${r.id ? ` = ${r.id}` : ''}`,
      );
  }
  for (const c of doc.copies) {
    out.push(
      '',
      `Copy (${c.copyType}) ${c.document.number ?? ''}${c.document.issuedDate ? ` of ${c.document.issuedDate}` : ''} by ${c.document.issuer?.name ?? '?'}, ${c.recipients.length} recipients`,
    );
  }
  for (const r of doc.receipts)
    out.push(
      '',
      `Received by ${r.receiver?.name ?? '?'}: no. ${r.number ?? '?'} on ${r.date ?? '?'}`,
    );
  if (doc.warnings.length > 0) {
    out.push('', `Warnings (${doc.warnings.length}):`);
    for (const w of doc.warnings)
      out.push(`  ${w.code}: ${w.message}${w.span ? ` [${w.span.start}-${w.span.end}]` : ''}`);
  }
  return `${out.join('\n')}\n`;
}
