/**
 * Recipient coverage as of a date (pure): the document as it stood that day. A body that did not
 * exist then (registry `validFrom` / `validTo`) reaches nobody and cannot be checked — it is
 * marked `absent` with the reason, and compute.ts treats it so; a PART_OF child recipient that
 * did not exist then does not count; once a newer document replaced or repealed the document by
 * that day, its tasks were closed and there is no task actor left to audit.
 */
import type { CoverageActor, CoverageInput } from './model.ts';

interface Dated {
  validFrom?: string | null;
  validTo?: string | null;
}

/** Whether a body existed on `asOf` (open ends count as existing). */
export function existsOn(body: Dated, asOf: string): boolean {
  return (
    (body.validFrom == null || body.validFrom <= asOf) &&
    (body.validTo == null || body.validTo >= asOf)
  );
}

function absence(body: Dated, asOf: string): string | null {
  if (existsOn(body, asOf)) return null;
  return body.validTo != null && body.validTo < asOf
    ? `it ended on ${body.validTo}: it did not exist on ${asOf}`
    : `it began on ${body.validFrom}: it did not exist on ${asOf}`;
}

function markOn(actor: CoverageActor, asOf: string): CoverageActor {
  return {
    ...actor,
    absent: absence(actor, asOf),
    recipientChildren: actor.recipientChildren.filter((c) => existsOn(c, asOf)),
  };
}

/** The input as of `asOf`; the caller has checked the document was issued by then. */
export function coverageInputAsOf(input: CoverageInput, asOf: string): CoverageInput {
  const ender = (input.enders ?? []).find((e) => (e.on ?? e.issuedDate ?? asOf) <= asOf);
  const since = ender?.on ?? ender?.issuedDate;
  return {
    ...input,
    recipients: input.recipients.map((line) => ({ ...line, actor: markOn(line.actor, asOf) })),
    links: ender ? [] : input.links.map((link) => ({ ...link, actor: markOn(link.actor, asOf) })),
    bodies: input.bodies.map((b) => ({ ...b, body: b.body ? markOn(b.body, asOf) : null })),
    closed: ender
      ? `no longer in force on ${asOf}: ${ender.id} replaced or repealed it${since ? ` (${since === ender.issuedDate ? 'issued' : 'in effect from'} ${since})` : ''}, so its tasks were closed`
      : null,
  };
}
