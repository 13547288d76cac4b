/**
 * Coded lists of a Nơi nhận item: an office followed by its own positions and units in code
 * ("VPCP: BTCN, các PCN, TGĐ Cổng TTĐT, các Vụ: TH, KTTH", "TTUB: CT, các PCT", "VPUB: CVP,
 * các PCVP, Phòng: TH, VX"), and heads distributed over codes or names ("Các Bộ: TC, NV",
 * "Sở: NN&MT, VH,TT&DL", "các PTTg: Nguyễn Hòa Bình, Bùi Thanh Sơn").
 *
 * Each member gets two names: `expanded`, what the text says with abbreviations expanded and the
 * head distributed ("Chánh Văn phòng Ủy ban nhân dân", "Phòng VX"), and `name`, the full name with
 * the office and, for a People's Committee, the level taken from the issuer ("Chánh Văn phòng Ủy
 * ban nhân dân tỉnh", "Phòng Văn xã"). Codes the tables do not know stay under their head; an
 * office none of whose codes is known is one recipient, the office itself ("Văn phòng UBND tỉnh:
 * V, CB": its codes are internal routing marks).
 */
import { expandAbbreviations } from './abbreviations.ts';
import type { Registry } from './types.ts';
import { unitByCode, type UnitHead } from './unit-codes.ts';

export interface CodedMember {
  /** Offsets into the item text. */
  start: number;
  end: number;
  expanded: string;
  name: string;
}

type OfficeKind = 'government' | 'committee' | 'standing';

interface Office {
  kind: OfficeKind;
  /** The office's own name and the body its positions belong to, as written and in full. */
  written: string;
  full: string;
}

const OFFICE =
  /^(VPCP|Văn phòng Chính phủ|VPUBTP|VPUB|TTUB|VP\.?\s*UBND|Văn phòng\s+(?:UBND|Ủy ban nhân dân)|(?:TT|Thường trực)\s+(?:UBND|Ủy ban nhân dân))(?:\s+(tỉnh|thành phố|Thành phố|TP))?\s*:\s*/u;

/** Positions of each office, by their codes and written forms (folded to lower case). */
const POSITIONS: Record<OfficeKind, [RegExp, string][]> = {
  government: [
    [/^btcn$/u, 'Bộ trưởng, Chủ nhiệm'],
    [/^(?:pcn|phó chủ nhiệm)$/u, 'Phó Chủ nhiệm'],
    [/^(?:tgđ|tổng giám đốc) cổng (?:ttđt|ttđtcp|thông tin điện tử)(?: chính phủ)?$/u, 'TGĐ'],
    [/^cổng (?:ttđt|ttđtcp|thông tin điện tử)(?: chính phủ)?$/u, 'Cổng'],
  ],
  committee: [
    [/^(?:cvp|chánh văn phòng)$/u, 'Chánh Văn phòng'],
    [/^(?:pcvp|pvp|phó chánh văn phòng|phó văn phòng)$/u, 'Phó Chánh Văn phòng'],
    [/^(?:lđvp|lãnh đạo văn phòng)$/u, 'Lãnh đạo Văn phòng'],
    [/^phòng, đơn vị$/u, 'phòng, đơn vị Văn phòng'],
  ],
  standing: [
    [/^(?:ct|chủ tịch)$/u, 'Chủ tịch'],
    [/^(?:pct|phó chủ tịch)$/u, 'Phó Chủ tịch'],
  ],
};

const GOVERNMENT_PORTAL = 'Cổng Thông tin điện tử Chính phủ';

/** The level word of a People's Committee issuer ("Ủy ban nhân dân tỉnh Nghệ An" → "tỉnh"). */
function levelOf(issuer: string | undefined): string | undefined {
  return /(?:Ủy|Uỷ) ban nhân dân\s+(tỉnh|thành phố|Thành phố|huyện|quận|thị xã|xã|phường)/u.exec(
    issuer ?? '',
  )?.[1];
}

function officeOf(m: RegExpExecArray, issuer: string | undefined): Office {
  const head = m[1] as string;
  const written = m[2] === 'TP' || head === 'VPUBTP' ? 'thành phố' : m[2];
  const level = written ?? levelOf(issuer);
  const ub = (l: string | undefined): string => (l ? `Ủy ban nhân dân ${l}` : 'Ủy ban nhân dân');
  if (/^(?:VPCP|Văn phòng Chính phủ)$/u.test(head))
    return { kind: 'government', written: 'Văn phòng Chính phủ', full: 'Văn phòng Chính phủ' };
  const kind: OfficeKind = /^(?:TTUB|TT|Thường trực)/u.test(head) ? 'standing' : 'committee';
  return { kind, written: ub(written), full: ub(level) };
}

const PLURAL = /^(?:các|Các)\s+/u;
/** A code: capitals, digits and "&" ("KTTH", "NN&MT", "ĐMPT"). */
const CODE = /^[\p{Lu}\d&]{2,}$/u;
/** Names of persons after a position ("PCN Nguyễn Sỹ Hiệp", "PCVP P.T.T.Huyền"). */
const PERSON_TAIL = /^(.+?)\s+((?:\p{Lu}[\p{Ll}.]*\.?\s*){2,5})$/u;
const PERSON = /^(?:\p{Lu}\p{Ll}*\s+){1,4}\p{Lu}\p{Ll}*$/u;

const UNIT_HEADS: Record<string, UnitHead> = {
  bộ: 'Bộ',
  sở: 'Sở',
  vụ: 'Vụ',
  cục: 'Cục',
  phòng: 'Phòng',
};

/** "các Vụ, Cục" / "Sở" / "các phòng, đơn vị" → unit heads; undefined when a word is no unit. */
function unitHeads(text: string): UnitHead[] | undefined {
  const words = text
    .replace(PLURAL, '')
    .split(/\s*,\s*|\s+và\s+/u)
    .filter((w) => w !== 'đơn vị');
  const heads = words.map((w) => UNIT_HEADS[w.toLowerCase()]);
  return heads.length > 0 && heads.every((h) => h !== undefined) ? heads : undefined;
}

/** "các phòng, đơn vị: …" and the like: the head of a code list, "đơn vị" alone included. */
function isHeadText(text: string): boolean {
  const head = (text.split(':')[0] as string).trim();
  return head === 'đơn vị' || unitHeads(head) !== undefined;
}

/** Positions whose holders a colon lists by name ("các PTTg: Nguyễn Hòa Bình, …"). */
const ROLE =
  /^(?:Phó\s+)?(?:Thủ tướng|Chủ nhiệm|Chủ tịch|Bộ trưởng|Bí thư|Trợ lý|Thư ký|Giám đốc|Chánh Văn phòng)(?:\s|$)/u;

/** A plural position as the head of a list of persons, expanded; undefined otherwise. */
function roleHead(text: string, ctx: CodedListContext): string | undefined {
  if (!PLURAL.test(text)) return undefined;
  const role = expandAbbreviations(text.replace(PLURAL, ''), ctx.registry);
  return ROLE.test(role) ? role : undefined;
}

interface Token {
  start: number;
  end: number;
  text: string;
}

/** Cut at top-level "," and ";" (not inside parentheses), trimmed. */
function tokens(text: string, from: number): Token[] {
  const out: Token[] = [];
  let depth = 0;
  let start = from;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim().replace(/[.]+$/u, '');
    if (t !== '') out.push({ start: start + lead, end: start + lead + t.length, text: t });
  };
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === ',' || ch === ';')) {
      push(i);
      start = i + 1;
    }
  }
  push(text.length);
  return out;
}

/** The Prime Minister and deputies without "Chính phủ" ("TTg, các PTTg"): the full title. */
const GOVERNMENT_HEAD =
  /^((?:các\s+)?(?:Phó\s+)?Thủ tướng)(?:\s+(?:CP|Chính phủ))?((?:\s+\p{Lu}\p{Ll}*){0,4})$/u;

function governmentHeads(list: Token[], ctx: CodedListContext): CodedMember[] | undefined {
  const out: CodedMember[] = [];
  for (const t of list) {
    const m = GOVERNMENT_HEAD.exec(expandAbbreviations(t.text, ctx.registry));
    if (!m) return undefined;
    const expanded = expandAbbreviations(t.text, ctx.registry);
    out.push({ start: t.start, end: t.end, expanded, name: `${m[1]} Chính phủ${m[2] ?? ''}` });
  }
  return out.length > 0 ? out : undefined;
}

export interface CodedListContext {
  issuer?: string;
  registry: Pick<Registry, 'abbreviations'>;
}

/**
 * The members of a coded item, or undefined when `text` is no coded list (no office prefix and
 * no unit head with a colon).
 */
export function readCodedList(text: string, ctx: CodedListContext): CodedMember[] | undefined {
  const om = OFFICE.exec(text);
  const office = om ? officeOf(om, ctx.issuer) : undefined;
  const list = tokens(text, om ? om[0].length : 0);
  if (!office && !list.some((t) => /^[^:]+:\s*\S/u.test(t.text))) return governmentHeads(list, ctx);
  const reader = new ListReader(office, ctx);
  for (let i = 0; i < list.length; i++) i += reader.token(list[i] as Token, list[i + 1]);
  // without an office, only a list the tables or a role head could read is taken over
  if (!office && (!reader.coded || reader.failed)) return undefined;
  if (office && !reader.known) {
    const full = office.kind === 'standing' ? `Thường trực ${office.full}` : office.full;
    const name = office.kind === 'committee' ? `Văn phòng ${office.full}` : full;
    const written = office.kind === 'committee' ? `Văn phòng ${office.written}` : office.written;
    return [{ start: 0, end: text.trimEnd().length, expanded: written, name }];
  }
  return reader.out;
}

class ListReader {
  readonly out: CodedMember[] = [];
  /** Some member came from a table (a position or a unit code). */
  known = false;
  /** Some known code or person took a head distributed over it. */
  coded = false;
  /** A colon head that is neither units nor a role. */
  failed = false;
  private heads: UnitHead[] | undefined;
  private role: string | undefined;
  /** "các Vụ" before "Cục: TH": a head that waits for the colon of the next token. */
  private pending: string | undefined;

  constructor(
    private readonly office: Office | undefined,
    private readonly ctx: CodedListContext,
  ) {}

  /** Read one token; returns how many following tokens it consumed. */
  token(t: Token, next: Token | undefined): number {
    const colon = /^([^:]+?)\s*:\s*(.*)$/u.exec(t.text);
    if (colon) {
      const headText = this.pending ? `${this.pending}, ${colon[1]}` : (colon[1] as string);
      this.pending = undefined;
      this.heads = unitHeads(headText);
      this.role = this.heads ? undefined : roleHead(headText, this.ctx);
      if (!this.heads && this.role === undefined) this.failed = true;
      const rest = colon[2] as string;
      const at = t.start + t.text.length - rest.length;
      return rest === '' ? 0 : this.member({ start: at, end: t.end, text: rest }, next);
    }
    if (next && unitHeads(t.text) && /^[^:]+:/u.test(next.text) && isHeadText(next.text)) {
      this.pending = t.text;
      return 0;
    }
    if (next && unitHeads(t.text) && next.text === 'đơn vị') {
      // "các phòng, đơn vị": one collective
      this.member({ start: t.start, end: next.end, text: `${t.text}, ${next.text}` }, undefined);
      return 1;
    }
    return this.member(t, next);
  }

  private expand(s: string): string {
    return expandAbbreviations(s, this.ctx.registry);
  }

  private push(t: Pick<Token, 'start' | 'end'>, expanded: string, name: string): void {
    this.out.push({ start: t.start, end: t.end, expanded, name });
  }

  private member(t: Token, next: Token | undefined): number {
    if (this.heads) {
      const used = this.unitMember(t, next, this.heads);
      if (used !== undefined) return used;
      this.heads = undefined;
    }
    if (this.role !== undefined) {
      if (PERSON.test(t.text)) {
        this.coded = true;
        const name = `${this.role} ${t.text}`;
        this.push(t, name, name);
        return 0;
      }
      this.role = undefined;
    }
    const single = /^(Vụ|Cục|Phòng|Bộ|Sở)\s+(\S+)$/u.exec(t.text);
    const unit = single ? unitByCode([single[1] as UnitHead], single[2] as string) : undefined;
    if (unit) {
      this.known = true;
      this.coded = true;
      this.push(t, t.text, unit);
      return 0;
    }
    if (!this.position(t)) {
      const e = this.expand(t.text);
      this.push(t, e, e);
    }
    return 0;
  }

  /** A code under unit heads; undefined when `t` is no code of them (the heads end). */
  private unitMember(t: Token, next: Token | undefined, heads: UnitHead[]): number | undefined {
    const head = heads[0] as UnitHead;
    // a code with a comma inside it ("VH,TT&DL")
    if (next && CODE.test(t.text) && unitByCode(heads, `${t.text},${next.text}`)) {
      const name = unitByCode(heads, `${t.text},${next.text}`) as string;
      this.known = this.coded = true;
      this.push({ start: t.start, end: next.end }, `${head} ${t.text},${next.text}`, name);
      return 1;
    }
    if (CODE.test(t.text)) {
      const name = unitByCode(heads, t.text);
      if (name) this.known = this.coded = true;
      const kind = name ? (name.split(' ')[0] as string) : head;
      this.push(t, `${kind} ${t.text}`, name ?? `${head} ${t.text}`);
      return 0;
    }
    // a line break lost its separator: "NC TGĐ Cổng TTĐTCP" is a code, then a new member
    const glued = /^(\S+)\s+(.+)$/u.exec(t.text);
    if (glued && CODE.test(glued[1] as string) && unitByCode(heads, glued[1] as string)) {
      const code = glued[1] as string;
      this.unitMember({ start: t.start, end: t.start + code.length, text: code }, undefined, heads);
      this.heads = undefined;
      const at = t.end - (glued[2] as string).length;
      return this.member({ start: at, end: t.end, text: glued[2] as string }, next);
    }
    // a name under a ministry's or department's head ("Sở: …, Nội vụ")
    if ((head === 'Bộ' || head === 'Sở') && /^\p{Lu}\p{Ll}*(?:\s+\p{L}+)*$/u.test(t.text)) {
      const name = `${head} ${t.text}`;
      this.push(t, name, name);
      return 0;
    }
    return undefined;
  }

  /** A position of the office ("các PCN", "CVP", "PCN Nguyễn Sỹ Hiệp"); false when none. */
  private position(t: Token): boolean {
    const office = this.office;
    if (!office) return false;
    const plural = PLURAL.exec(t.text)?.[0] ?? '';
    let core = t.text.slice(plural.length);
    let person = '';
    const tail = PERSON_TAIL.exec(core);
    if (tail && !POSITIONS[office.kind].some(([re]) => re.test(core.toLowerCase()))) {
      core = tail[1] as string;
      person = ` ${tail[2] as string}`;
    }
    const hit = POSITIONS[office.kind].find(([re]) => re.test(core.toLowerCase()));
    if (!hit) return false;
    this.known = true;
    const stem = hit[1];
    const p = plural === '' ? '' : 'các ';
    if (stem === 'TGĐ' || stem === 'Cổng') {
      const portal = stem === 'TGĐ' ? `Tổng Giám đốc ${GOVERNMENT_PORTAL}` : GOVERNMENT_PORTAL;
      this.push(t, this.expand(t.text), portal);
      return true;
    }
    const written = `${p}${stem} ${office.written}${person}`;
    this.push(t, written, `${p}${stem} ${office.full}${person}`);
    return true;
  }
}
