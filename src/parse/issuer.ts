/**
 * The real issuing body. The header of a Party document often names a superior or the whole
 * committee ("BAN CHẤP HÀNH TRUNG ƯƠNG" on a Politburo plan), so the signature's collective
 * counts there; a State document is issued by its header's body, whoever signs (see
 * findIssuerText). The metadata file is the last resort (index.ts).
 */
import { actorEnd, isActorStart, type ActorFactory } from './actors.ts';
import type { HeaderResult } from './header.ts';
import { nameFromCaps } from './names.ts';
import type { SignatureResult } from './signature.ts';
import { fold, squash, trimRange, type Source } from './source.ts';
import type { Issuer } from './types.ts';

const ISSUE_VERB =
  /(?:b(?<!\p{L}b)an\s*hanh|x(?<!\p{L}x)ay\s*dung|d(?<!\p{L}d)e\s*ra)\s+(?:ke\s*hoach|chuong\s*trinh|nghi\s*quyet|chi\s*thi|ket\s*luan|quy\s*dinh|quy\s*che|huong\s*dan|de\s*an|phuong\s*an|thong\s*bao|van\s*ban)/gu;
const LEVEL_LINE =
  /^(?:tinh|thanh\s*pho|huyen|quan|thi\s*xa|xa|phuong|thi\s*tran)\s+(?!uy(?![\p{L}]))/u;
const RELATIVE =
  /^(?:ban\s*thuong\s*vu|(?:ban\s*)?thuong\s*truc|ban\s*chap\s*hanh|uy\s*ban\s*nhan\s*dan|hoi\s*dong\s*nhan\s*dan|dang\s*uy|ban\s*can\s*su\s*dang|dang\s*doan|chi\s*uy|chi\s*bo|ban\s*chi\s*dao)$/;

const CENTRAL_COMMITTEE = /^ban chap hanh trung uong(?: dang)?$/;

/** Capacities that sign on behalf of a collective ("thay mặt"). */
const ON_BEHALF = /^(?:T\/M|TM\.|T\.M\.|TM)$/;

export interface IssuerText {
  source: Issuer['source'];
  range: [number, number];
  /** Name to resolve, when it differs from the clean text of the range. */
  name?: string;
}

/** The header's issuing body: the last body line, or a State body joined with its place line. */
export function headerBody(src: Source, header: HeaderResult): IssuerText | null {
  const bodies = header.bodies;
  if (bodies.length === 0) return null;
  const last = bodies[bodies.length - 1] as [number, number];
  const prev = bodies[bodies.length - 2];
  if (prev && LEVEL_LINE.test(squash(src.fold.slice(last[0], last[1])))) {
    return {
      source: 'header',
      range: [prev[0], last[1]],
      name: nameFromCaps(
        `${src.clean.slice(prev[0], prev[1])} ${src.clean.slice(last[0], last[1])}`,
      ),
    };
  }
  const lastText = src.clean.slice(last[0], last[1]);
  // "BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN": a ministry and its agency flattened onto one line
  const unit = MINISTRY_UNIT.exec(lastText);
  if (unit) {
    const at = last[0] + lastText.lastIndexOf(unit[2] as string);
    return { source: 'header', range: [at, last[1]], name: nameFromCaps(unit[2] as string) };
  }
  const name = nameFromCaps(lastText);
  const superior = squash(
    bodies
      .slice(0, -1)
      .map(([a, b]) => src.clean.slice(a, b))
      .join(' '),
  );
  return { source: 'header', range: last, name: qualified(name, superior) };
}

const MINISTRY_UNIT = /^(BỘ\s+.+?)\s+((?:TỔNG CỤC|CỤC|VIỆN|THANH TRA)\s.+)$/u;
/** "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG": a committee and its level and place (folded). */
const COMMITTEE_PLACE =
  /^(?:uy\s*ban\s*nhan\s*dan|ubnd)\s+((?:tinh|thanh\s*pho|huyen|quan|thi\s*xa|xa|phuong)\s+\S.*)$/;

/**
 * A body named relative to the superior printed above it: "VĂN PHÒNG" under "ỦY BAN NHÂN DÂN
 * TỈNH BẮC GIANG" is that committee's office; a board under "BAN CHẤP HÀNH TRUNG ƯƠNG" is a
 * central one ("BAN TỔ CHỨC" → "Ban Tổ chức Trung ương", "VĂN PHÒNG" → "Văn phòng Trung ương
 * Đảng").
 */
function qualified(name: string, superior: string): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: without a superior only a trailing space differs, trimmed downstream
  if (superior === '') return name;
  const f = fold(name);
  if (CENTRAL_COMMITTEE.test(fold(superior))) {
    if (f === 'van phong') return 'Văn phòng Trung ương Đảng';
    // "ỦY BAN KIỂM TRA" is the Central Inspection Committee as much as "BAN TỔ CHỨC" is a board
    return /^(?:uy )?ban\s/.test(f) && !/trung uong/.test(f) ? `${name} Trung ương` : name;
  }
  if (f === 'van phong' || RELATIVE.test(f)) return `${name} ${nameFromCaps(superior)}`;
  // a department under its People's Committee takes the committee's place ("SỞ GIÁO DỤC VÀ
  // ĐÀO TẠO" under "UBND THÀNH PHỐ ĐÀ NẴNG" → "Sở Giáo dục và Đào tạo thành phố Đà Nẵng")
  const place = COMMITTEE_PLACE.exec(squash(fold(superior)));
  if (/^so\s/.test(f) && place) {
    const words = (place[1] as string).split(' ').length;
    // `superior` is squashed: its words are one space apart
    const tail = superior.split(' ').slice(-words).join(' ');
    const at = nameFromCaps(tail);
    return `${name} ${at.charAt(0).toLowerCase()}${at.slice(1)}`;
  }
  return name;
}

/** "<X> ban hành Kế hoạch …" in the preamble (after the title, which may quote another
 *  document's "… ban hành Kế hoạch"). */
function preambleIssuer(
  src: Source,
  front: [number, number],
  header: HeaderResult,
): IssuerText | null {
  const from = Math.max(front[0], header.titleRange ? header.titleRange[1] : front[0]);
  const seg = src.fold.slice(from, front[1]);
  ISSUE_VERB.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ISSUE_VERB.exec(seg))) {
    const at = from + m.index;
    const before = seg.slice(0, m.index);
    const cut = Math.max(
      before.lastIndexOf(','),
      before.lastIndexOf(';'),
      before.lastIndexOf('.'),
      before.lastIndexOf(':'),
      before.lastIndexOf('\n'),
    );
    const [cs, ce] = trimRange(src.clean, from + cut + 1, at, ' \n,');
    if (ce > cs && ce - cs < 160 && isActorStart(src, cs) && actorEnd(src, cs, ce).end >= ce) {
      // "Ủy ban nhân dân tỉnh ban hành" under a header "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG": the
      // header says the same, more precisely
      const head = headerBody(src, header);
      if (head?.name && fold(head.name).startsWith(squash(fold(src.clean.slice(cs, ce)))))
        return head;
      return { source: 'preamble', range: [cs, ce] };
    }
  }
  return null;
}

/**
 * The collective a signature is given for. Only "thay mặt" (T/M, TM.) names a collective
 * ("T/M BỘ CHÍNH TRỊ", "TM. ỦY BAN NHÂN DÂN"); KT., TL., TUQ. and Q. name a position — the
 * head of the header's body, for whom the signer signs — so they say nothing of the issuer.
 */
function signatureIssuer(
  src: Source,
  header: HeaderResult,
  signature: SignatureResult | null,
): IssuerText | null {
  const sig = signature?.onBehalfOfRange;
  // Stryker disable next-line StringLiteral: no capacity and any text that is no T/M read the same
  const capacity = signature?.signer.authorities[0]?.capacity ?? '';
  if (!sig || !ON_BEHALF.test(capacity)) return null;
  const ofText = squash(src.clean.slice(sig[0], sig[1]));
  const name = nameFromCaps(ofText);
  if (!RELATIVE.test(squash(fold(ofText)))) return { source: 'signature', range: sig, name };
  const head = headerBody(src, header);
  if (!head) return null;
  // Stryker disable next-line StringLiteral: headerBody always names its body
  const headName = head.name ?? '';
  const combined = fold(headName).startsWith(fold(name)) ? headName : `${name} ${headName}`;
  return { source: 'signature', range: sig, name: combined };
}

/**
 * In order: for a State document, the header's body ("ỦY BAN NHÂN DÂN TỈNH …", "VĂN PHÒNG CHÍNH
 * PHỦ"); the preamble's "<X> ban hành <Kế hoạch…>"; the signature's collective (a relative one —
 * "T/M BAN THƯỜNG VỤ" — completed by the header's body); the header's body; a "CỦA …" line
 * under the type line.
 */
export function findIssuerText(
  src: Source,
  front: [number, number],
  header: HeaderResult,
  signature: SignatureResult | null,
): IssuerText | null {
  const head = headerBody(src, header);
  if (head && header.family === 'state') return head;
  const preamble = preambleIssuer(src, front, header);
  if (preamble) return preamble;
  const sig = signatureIssuer(src, header, signature);
  if (sig) return sig;
  if (head) return head;
  if (header.titleIssuer)
    return {
      source: 'title',
      range: header.titleIssuer,
      name: nameFromCaps(src.clean.slice(...header.titleIssuer)),
    };
  return null;
}

export function toIssuer(actors: ActorFactory, t: IssuerText): Issuer | null {
  const a = actors.one(t.range[0], t.range[1], t.name);
  return a ? { ...a, source: t.source } : null;
}
