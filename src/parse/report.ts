/**
 * A report (báo cáo) on a plan: which document it reports on, and its items — each names the
 * task it answers (the section "mục III.3", or the task's own words in quotes) and says what was
 * done and when ("đã hoàn thành ngày 25/8/2022"). Pure: offsets into the original text.
 *
 * The genre: "Báo cáo kết quả thực hiện Kế hoạch số 10-KH/TW …", then numbered items
 * "1. Về nhiệm vụ tại mục II.2 của Kế hoạch (“…”): … đã hoàn thành ngày …".
 */
import { isoDate } from './dates.ts';
import type { DocumentInfo, Reference, Report, ReportItem, ReportOutcome } from './types.ts';

/** Lower case, no diacritics, đ → d: how the outcome phrases are matched. */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

const ITEM_START = /^\s*(?:\d{1,2}[.)]|[-+•])\s*/;
const SECTION = /m[uụ]c\s+([IVXLC]+(?:\s*[.-]\s*\d{1,2})*)/i;
const POINT_OF = /(?:đi[eể]m|khoản)\s+(\d{1,2})\s+m[uụ]c\s+([IVXLC]+)/i;
const QUOTE = /[“"]([^”"]{4,300})[”"]/;
const DATE_NUMERIC = /ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/;
const DATE_WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/;

function sectionOf(line: string): string | null {
  const point = POINT_OF.exec(line);
  if (point) return `${(point[2] as string).toUpperCase()}.${point[1] as string}`;
  const m = SECTION.exec(line);
  return m ? (m[1] as string).replace(/\s+/g, '').replace(/-/g, '.').toUpperCase() : null;
}

function outcomeOf(line: string): ReportOutcome {
  const f = foldVietnamese(line);
  if (/chua (hoan thanh|thuc hien|trien khai)/.test(f)) return 'not-done';
  if (/da hoan thanh|hoan thanh xong/.test(f)) return 'done';
  if (/dang (tiep tuc )?(trien khai|thuc hien)|tiep tuc thuc hien/.test(f)) return 'ongoing';
  return 'unknown';
}

function completedOn(line: string): string | null {
  const at = foldVietnamese(line).indexOf('hoan thanh');
  if (at < 0) return null;
  const rest = line.slice(at);
  const m = DATE_NUMERIC.exec(rest) ?? DATE_WORDS.exec(rest);
  if (!m) return null;
  return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
}

/** One line of the body as an item, when it cites a task and says something of it. */
function readItem(text: string, start: number, end: number): ReportItem | null {
  const line = text.slice(start, end);
  const marker = ITEM_START.exec(line);
  if (!marker) return null;
  if (!/nhi[eệ]m v[uụ]/i.test(line)) return null;
  const section = sectionOf(line);
  const quote = QUOTE.exec(line);
  if (!section && !quote) return null;
  // What was done: after the colon that follows the citation.
  const citationEnd = quote ? quote.index + quote[0].length : 0;
  const colon = line.indexOf(':', citationEnd);
  const done = (colon >= 0 ? line.slice(colon + 1) : line.slice(marker[0].length)).trim();
  const trimmedEnd = start + line.trimEnd().length;
  const itemStart = start + marker[0].length;
  return {
    span: { start: itemStart, end: trimmedEnd },
    quote: text.slice(itemStart, trimmedEnd),
    section,
    words: quote ? (quote[1] as string).trim() : null,
    outcome: outcomeOf(line),
    completedOn: completedOn(line),
    done,
  };
}

/**
 * The report a text is, or null when it is not one: its type must be "Báo cáo" and one of its
 * references must name the document reported on (in its title, else the first implemented).
 */
export function readReport(
  text: string,
  document: DocumentInfo,
  references: readonly Reference[],
): Report | null {
  if (document.type !== 'Báo cáo') return null;
  const title = document.titleSpan?.span;
  const numbered = references.filter((r) => r.number !== null);
  const inTitle = title
    ? numbered.find((r) => r.span.start >= title.start && r.span.end <= title.end)
    : undefined;
  const target = inTitle ?? numbered.find((r) => r.relation === 'implements');
  if (!target?.number) return null;
  const items: ReportItem[] = [];
  const from = title?.end ?? 0;
  let at = from;
  for (const line of text.slice(from).split('\n')) {
    const item = readItem(text, at, at + line.length);
    if (item) items.push(item);
    at += line.length + 1;
  }
  return {
    reportsOn: target.number,
    reference: { span: target.span, quote: target.quote },
    items,
  };
}
