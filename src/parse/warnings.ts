/** Warnings about the text as a whole and about what the parse could not normalise. */
import type { Source } from './source.ts';
import type { DocumentInfo, ParseOptions, Task, Warning } from './types.ts';

/** Latin-1 characters that Vietnamese never uses: frequent in TCVN3/VNI text read as Latin-1. */
const LEGACY_FONT =
  /[\u00a2-\u00bf\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d0\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f0\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]/g;

export function textWarnings(src: Source, warnings: Warning[]): void {
  const text = src.original;
  if (text.trim() === '') {
    warnings.push({ code: 'empty', message: 'the text is empty' });
    return;
  }
  const bad = text.indexOf('\ufffd');
  if (bad >= 0)
    warnings.push({
      code: 'replacement-character',
      message: 'the text contains U+FFFD: it was not valid UTF-8 where it came from',
      span: { start: bad, end: bad + 1 },
      quote: '\ufffd',
    });
  const legacy = text.match(LEGACY_FONT)?.length ?? 0;
  if (legacy >= 8 && legacy / text.length > 0.01) {
    warnings.push({
      code: 'legacy-encoding',
      message:
        'the text looks like an 8-bit Vietnamese font (TCVN3/VNI) read as Latin-1; not decoded',
    });
  }
}

/** Number and date from the metadata when the text has none; a warning when neither has. */
export function fillFromMeta(
  document: DocumentInfo,
  options: ParseOptions,
  empty: boolean,
  warnings: Warning[],
): void {
  if (document.number === null) {
    if (options.meta?.number) document.number = options.meta.number;
    else if (!empty)
      warnings.push({
        code: 'no-number',
        message: 'no document number in the text (and none in the metadata)',
      });
  }
  if (document.issuedDate === null) {
    if (options.meta?.issuedDate) document.issuedDate = options.meta.issuedDate;
    else if (!empty)
      warnings.push({
        code: 'no-date',
        message: 'no issue date in the text (and none in the metadata)',
      });
  }
}

export function deadlineWarnings(tasks: Task[], warnings: Warning[]): void {
  for (const t of tasks) {
    if (t.deadline && t.deadline.kind === 'unknown' && !t.deadline.inherited) {
      warnings.push({
        code: 'deadline-not-normalised',
        message: `deadline "${t.deadline.text}" read but not normalised`,
        span: t.deadline.span,
        quote: t.deadline.quote,
      });
    }
  }
}
