/**
 * Where a document sits (pure): its level (TW, tỉnh, huyện, xã) and jurisdiction. An ingested
 * document carries them as properties; a placeholder (status 'referenced') known only from a
 * citation often does not, but its id does: `doc:47-CTr/TU@quang-tri:2022` is scoped to the
 * province (src/graph/ids.ts), and the number's symbol names the committee's level (TU = tỉnh
 * ủy / thành ủy, HU = huyện ủy, TW = Trung ương).
 */
import { LEVELS, isLevel, type Level } from '../graph/vocabulary.ts';
import type { DocumentModel } from '../read/models.ts';

export interface DocumentScope {
  level: Level | null;
  province: string | null;
  district: string | null;
}

/** The issuing-body symbol of a party number: "TU" in 47-CTr/TU. */
function symbolLevel(number: string | null | undefined): Level | null {
  const symbol = number?.split('/').at(-1)?.normalize('NFC').toUpperCase();
  if (symbol === undefined || number?.includes('/') !== true) return null;
  if (symbol === 'TW' || symbol === 'TƯ') return 'TW';
  if (symbol === 'TU') return 'tinh';
  if (/^(HU|QU|TXU|TPU)$/u.test(symbol)) return 'huyen';
  return null;
}

/** `tw`, `province` or `province/district` from the id's `@scope[:year]`; null otherwise. */
function idScope(id: string): DocumentScope | null {
  const match = /^doc:[^@]+@([^:]+)(?::\d{4})?$/u.exec(id);
  const scope = match?.[1];
  if (scope === undefined) return null;
  if (scope === 'tw' || scope.startsWith('tw/'))
    return { level: 'TW', province: null, district: null };
  const parts = scope.split('/');
  // Longer scopes are an issuing body's registry id: its level is not readable from the id.
  if (parts.length === 1) return { level: null, province: parts[0] ?? null, district: null };
  if (parts.length === 2)
    return { level: null, province: parts[0] ?? null, district: parts[1] ?? null };
  return null;
}

export function documentScope(
  doc: Pick<DocumentModel, 'id' | 'number' | 'level' | 'province' | 'district'>,
): DocumentScope {
  const known = isLevel(doc.level) ? doc.level : null;
  if (known !== null || doc.province) {
    return { level: known, province: doc.province ?? null, district: doc.district ?? null };
  }
  const fromId = idScope(doc.id);
  const level =
    fromId?.level ??
    symbolLevel(doc.number) ??
    (fromId?.district ? 'huyen' : fromId?.province ? 'tinh' : null);
  return { level, province: fromId?.province ?? null, district: fromId?.district ?? null };
}

/** 0 for TW … 3 for xã; null when unknown. Lower rank = wider scope. */
export function levelRank(level: Level | null): number | null {
  return level === null ? null : LEVELS.indexOf(level);
}

/** The level one step down (TW → tỉnh → huyện → xã); null below xã. */
export function levelBelow(level: Level | null): Level | null {
  const rank = levelRank(level);
  return rank === null ? null : (LEVELS[rank + 1] ?? null);
}
