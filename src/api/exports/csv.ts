/**
 * CSV as spreadsheets read it (RFC 4180): comma-separated, fields quoted when they hold a comma,
 * quote or line break, CRLF line ends, and a UTF-8 byte-order mark so Excel and LibreOffice show
 * Vietnamese diacritics instead of mojibake.
 */
export type CsvValue = string | number | boolean | null | undefined;

function field(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet (CSV injection): quote it
  // behind an apostrophe, the convention spreadsheets display without the apostrophe.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The header row, then one row per record; each record is read column by column. */
export function toCsv<T>(
  columns: readonly { header: string; value: (row: T) => CsvValue }[],
  rows: readonly T[],
): string {
  const lines = [columns.map((c) => field(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => field(c.value(row))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
