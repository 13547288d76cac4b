/**
 * The frame of one document (the original or a certified copy inside it): header, addressees,
 * recipients and signature are read off its lines first; what is left is the body.
 */
import type { ActorFactory } from './actors.ts';
import { findLooseDate, parseHeader, type HeaderResult } from './header.ts';
import {
  findAddressees,
  findRecipientBlocks,
  readRecipients,
  type RecipientBlock,
} from './recipients.ts';
import { parseSignature, type SignatureResult } from './signature.ts';
import type { Line, Source } from './source.ts';
import type { Actor, DocumentInfo, Issuer, Recipient, Warning } from './types.ts';

export interface Frame {
  header: HeaderResult;
  signature: SignatureResult | null;
  recipientBlocks: RecipientBlock[];
  /** The lines the recipient blocks index into. */
  recipientLines: Line[];
  addresseeRanges: [number, number][];
  /** Lines left for the body (after the header, without recipients, signature, addressees). */
  body: Line[];
}

/** Header, addressees, recipients and signature of one document's lines; the rest is body. */
export function readFrame(src: Source, lines: Line[], warnings: Warning[]): Frame {
  const header = parseHeader(src, lines, warnings);
  const used = new Set(header.used);
  const rest = lines
    .map((l, i) => ({ l, i }))
    .filter(({ i }) => i >= header.bodyStart && !used.has(i));
  const restLines = rest.map((r) => r.l);
  const back = (k: number): number => (rest[k] as { i: number }).i;

  const addr = findAddressees(src, restLines);
  const addresseeRanges = addr ? addr.ranges : [];
  if (addr) for (const k of addr.used) used.add(back(k));

  const recipientBlocks = findRecipientBlocks(src, restLines);
  for (const b of recipientBlocks) for (const k of b.used) used.add(back(k));

  if (header.issuedDate === null) {
    const k = findLooseDate(src, lines, header, used, warnings);
    if (k !== null) used.add(k);
  }

  const sigLines = rest.filter(({ i }) => !used.has(i));
  const signature = parseSignature(
    src,
    sigLines.map((r) => r.l),
  );
  if (signature) for (const k of signature.used) used.add((sigLines[k] as { i: number }).i);

  const body = lines.filter((_, i) => i >= header.bodyStart && !used.has(i));
  return { header, signature, recipientBlocks, recipientLines: restLines, addresseeRanges, body };
}

export function documentInfo(src: Source, frame: Frame, issuer: Issuer | null): DocumentInfo {
  const h = frame.header;
  return {
    number: h.number ? h.number.number : null,
    numberSpan: h.numberSpan,
    type: h.type,
    title: h.title,
    titleSpan: h.titleSpan,
    issuedDate: h.issuedDate,
    place: h.place,
    dateSpan: h.dateSpan,
    issuer,
    headerBodies: h.bodies.map(([s, e]) => src.quoted(s, e)),
    banner: h.banner,
    family: h.family,
    signer: frame.signature ? frame.signature.signer : null,
  };
}

export function recipientsOf(
  src: Source,
  frame: Frame,
  actors: ActorFactory,
  addressees: Actor[],
  warnings: Warning[],
): Recipient[] {
  return frame.recipientBlocks.flatMap((b) => readRecipients(src, b, actors, addressees, warnings));
}

/** "Nơi nhận" with nothing under it. */
export function recipientWarnings(src: Source, frame: Frame, warnings: Warning[]): void {
  for (const b of frame.recipientBlocks) {
    if (b.items.length === 0) {
      const line = frame.recipientLines[b.at] as Line;
      warnings.push({
        code: 'recipients-empty',
        message: '"Nơi nhận" with no recipient lines after it',
        ...src.quoted(line.start, line.end),
      });
    }
  }
}
