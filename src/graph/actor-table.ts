/**
 * The actors of one document's plan (pure): each mention linked to an actor id, each actor's row
 * written once, with the evidence of every link.
 */
import type { Resolution } from '../orgs/index.ts';
import type { Actor, Recipient, Signer } from '../parse/index.ts';
import { genericId, signerId, unresolvedId } from './ids.ts';
import type { ActorLink, ActorRow, Evidence, RecipientRow, SignatureRow } from './model.ts';

export /** Collects actors and their links, deduplicating actor rows by id. */
class ActorTable {
  readonly rows = new Map<string, ActorRow>();
  constructor(
    private readonly docId: string,
    /** Rewrites provisional document-scoped ids (and group rules naming them) under docId. */
    private readonly rewrite: (idOrJson: string) => string,
    private readonly registryIds: ReadonlySet<string>,
  ) {}

  evidence(q: { span: { start: number; end: number }; quote: string }): Evidence {
    return { docId: this.docId, start: q.span.start, end: q.span.end, quote: q.quote };
  }

  /** The first mention of an id decides its row (the caller builds the fields only for a new
   *  id); its scope follows from the id. */
  private addRow(
    id: string,
    fields: Omit<ActorRow, 'id' | 'scope' | 'aliases' | 'scopeDoc'>,
  ): void {
    const scoped = id.includes('doc:');
    const scope: ActorRow['scope'] = scoped
      ? 'document'
      : this.registryIds.has(id)
        ? 'registry'
        : fields.kind === 'generic' || fields.kind === 'publication'
          ? 'global'
          : 'jurisdiction';
    this.rows.set(id, { id, ...fields, scope, aliases: [], scopeDoc: scoped ? this.docId : null });
  }

  link(actor: Actor): ActorLink {
    const res: Resolution | undefined = actor.resolution;
    const name = res?.personName ?? res?.name ?? actor.name;
    let id: string;
    if (actor.id) id = this.rewrite(actor.id);
    else if (actor.kind === 'generic' || actor.kind === 'publication') id = genericId(name);
    else id = unresolvedId(this.docId, name);
    // Without an id a mention is either a generic phrase (shared) or unresolved (scoped).
    const kind = actor.id
      ? actor.kind
      : actor.kind === 'generic' || actor.kind === 'publication'
        ? 'generic'
        : 'unresolved';
    // A body named again (a task's lead, a recipient) has its row: its rule is not serialised
    // again.
    if (!this.rows.has(id))
      this.addRow(id, {
        kind,
        name,
        orgKind: res?.orgKind ?? null,
        level: res?.level ?? null,
        province: res?.jurisdiction?.province ?? null,
        district: res?.jurisdiction?.district ?? null,
        partOf: res?.partOf ? this.rewrite(res.partOf) : null,
        membership: res?.membership ? this.rewrite(JSON.stringify(res.membership)) : null,
        role: res?.role ?? null,
      });
    // The fields written out rather than spread from evidence(): a spread ahead of the other
    // fields builds each link through a chain of map transitions.
    return {
      docId: this.docId,
      start: actor.span.start,
      end: actor.span.end,
      quote: actor.quote,
      actorId: id,
      mention: actor.mention,
      rule: actor.rule ?? res?.rule ?? null,
      confidence: actor.confidence ?? res?.confidence ?? null,
    };
  }

  /** A signer is a person identified by name and the body signed for (never by name alone). */
  signer(signer: Signer, bodyId: string | null): SignatureRow | null {
    // a block without a name (a scan, an unsigned copy) identifies nobody
    if (signer.name === null) return null;
    const id = signerId(signer.name, bodyId ?? `${this.docId}/signer`);
    if (!this.rows.has(id))
      this.addRow(id, {
        kind: 'person',
        name: signer.name,
        orgKind: null,
        level: null,
        province: null,
        district: null,
        partOf: null,
        membership: null,
        role: signer.title,
      });
    return {
      docId: this.docId,
      start: signer.span.start,
      end: signer.span.end,
      quote: signer.quote,
      personId: id,
      capacity: signer.capacity,
      title: signer.title,
      onBehalfOf: signer.onBehalfOf,
    };
  }

  recipient(r: Recipient, ordinal: number): RecipientRow {
    return this.sentTo(r, r.purpose, r.purposeText, r.bracePurpose ?? null, r.via ?? null, ordinal);
  }

  /** A body the document is addressed to (Kính gửi): a recipient too. */
  addressee(a: Actor, ordinal: number): RecipientRow {
    return this.sentTo(a, null, null, null, 'kính gửi', ordinal);
  }

  private sentTo(
    actor: Actor,
    purpose: string | null,
    purposeText: string | null,
    bracePurpose: string | null,
    via: string | null,
    ordinal: number,
  ): RecipientRow {
    const l = this.link(actor);
    return {
      docId: l.docId,
      start: l.start,
      end: l.end,
      quote: l.quote,
      actorId: l.actorId,
      mention: l.mention,
      rule: l.rule,
      confidence: l.confidence,
      purpose,
      purposeText,
      bracePurpose,
      via,
      ordinal,
    };
  }
}
