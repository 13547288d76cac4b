/**
 * Stable ids of what the graph holds (pure). A document number recurs across provinces, terms and
 * years ("47-CTr/TU" exists in every province), so a document is identified by its normalised
 * number, the scope of its issuer and its year:
 *
 *   doc:10-KH/TW@tw:2022                        central (the symbol "TW" says so)
 *   doc:47-CTr/TU@quang-tri:2022                a provincial committee's (cấp tỉnh) document
 *   doc:67-KH/HU@quang-tri/vinh-linh:2023       a district committee's (cấp huyện) document
 *   doc:12-KH/ĐU@quang-tri/vinh-linh/xa-x/…:2024 any other symbol: by its issuing body's id
 *   doc:46-CTr/TU@in:h:655f…:2020               jurisdiction unknown: scoped to the citing document
 *   doc:h:655f8d64d6a8d424                      no number: the content hash
 *
 * A reference without a date gets no ":year"; such a placeholder is matched to the document when
 * its text arrives (see write.ts). Tasks are `<docId>#<outline path>`, targets `<docId>/target/<n>`.
 */
import { createHash } from 'node:crypto';
import { slugify } from '../orgs/index.ts';
import type { Jurisdiction } from '../orgs/index.ts';

/** The last text hashed: a document's text is hashed for its key and again for its text row
 *  (source.ts), which asks for the same string right after. */
let lastHashed: { text: string; hash: string } | undefined;

/** SHA-256 (hex) of the text's UTF-8. */
export function contentHash(text: string): string {
  if (lastHashed?.text === text) return lastHashed.hash;
  const hash = createHash('sha256').update(text, 'utf8').digest('hex');
  lastHashed = { text, hash };
  return hash;
}

/** Key of a document that has no number: 16 hex digits of its content hash. */
export function hashKey(hash: string): string {
  return `h:${hash.slice(0, 16)}`;
}

/** The issuing-body symbol of a number: "TW" in 10-KH/TW, "UBND" in 53/KH-UBND. */
function issuerSymbol(number: string): string {
  const slash = number.indexOf('/');
  const tail = slash >= 0 ? number.slice(slash + 1) : '';
  const dash = tail.lastIndexOf('-');
  return (dash >= 0 && /^\d/.test(number) && !/^\d+-/.test(number) ? tail.slice(dash + 1) : tail)
    .normalize('NFC')
    .toUpperCase();
}

export interface NumberScopeInput {
  number: string;
  /** The jurisdiction the issuer belongs to (the document's own, or the citing one's). */
  jurisdiction?: Jurisdiction | undefined;
  /** A registry id of the issuer when it has one with an absolute identity. */
  issuerId?: string | null | undefined;
  /** Scope used when nothing above decides (the citing document's key, or the issuer's name). */
  fallback: string;
}

/** Where a document number is unique: the whole party ("tw"), a province, a district, or less. */
export function numberScope(input: NumberScopeInput): string {
  const symbol = issuerSymbol(input.number);
  if (symbol === 'TW' || symbol === 'TƯ') return 'tw';
  const j = input.jurisdiction;
  // A committee's symbol names its level: TU (tỉnh ủy / thành ủy) numbers are unique in the
  // province even when a district cites them, HU / QU / TXU (huyện, quận, thị xã ủy) ones in the
  // district.
  if (j?.province && (symbol === 'TU' || !j.district)) return j.province;
  if (j?.province && j.district && /^(HU|QU|TXU|TPU)$/u.test(symbol)) {
    return `${j.province}/${j.district}`;
  }
  // Any other symbol (ĐU of a commune's đảng ủy, UBND, a department's) numbers within its
  // issuing body: many communes of one district each have their "12-KH/ĐU".
  if (input.issuerId && !input.issuerId.includes('doc:')) return input.issuerId;
  if (j?.province) return j.district ? `${j.province}/${j.district}` : j.province;
  return input.fallback;
}

export function documentId(number: string, scope: string, date: string | null): string {
  const year = date?.slice(0, 4);
  return `doc:${number}@${scope}${year ? `:${year}` : ''}`;
}

/** Id of a document named without a number ("Luật Hợp tác xã năm 2012"): by its description. */
export function describedDocumentId(description: string): string {
  return `doc:named:${slugify(description)}`;
}

export function taskId(docId: string, outlinePath: string): string {
  return `${docId}#${outlinePath}`;
}

export function targetId(docId: string, ordinal: number): string {
  return `${docId}/target/${ordinal}`;
}

/** Generic mentions ("các cơ quan liên quan") are one node per wording, shared by all documents. */
export function genericId(name: string): string {
  return `generic:${slugify(name)}`;
}

/** What the resolver could not place stays scoped to its document. */
export function unresolvedId(docKey: string, name: string): string {
  return `unresolved:${docKey}/${slugify(name)}`;
}

/** A signer: the resolver's person id when it gives one, else name + the body signed for. */
export function signerId(name: string, bodyId: string): string {
  return `person:${slugify(name)}@${bodyId}`;
}
