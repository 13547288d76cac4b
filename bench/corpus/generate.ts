/**
 * A deterministic synthetic corpus for benchmarks: one national cascade of Party directive
 * documents, laid out like the seeds (seed/documents) so the real parser reads them.
 *
 *   Nghị quyết (resolution) N-NQ/TW of the Central Committee
 *   ← Kế hoạch (plan) N-KH/TW of the Politburo (Bộ Chính trị)
 *   ← Chương trình hành động (action programme) N-CTr/TU of each of 63 provinces (Tỉnh ủy)
 *   ← Kế hoạch N-KH/HU of each of ~700 districts (Huyện ủy), implementing its province's programme
 *   ← Kế hoạch N-KH/ĐU of communes (Đảng ủy xã), implementing their district's plan
 *
 * Generation is top-down and breadth-first (every document's parent comes before it) and stops
 * at `documents`. Communes are dealt round-robin over the districts, so a small corpus still
 * spans many provinces. Every document draws from its own PRNG stream (seed, index), so the first
 * 1,000 documents of a 10,000-document corpus are the 1,000-document corpus.
 *
 * Pure: no I/O. `cascadeRegistryYaml` gives the registry file (seed/orgs format) that makes the
 * synthetic provinces, districts and commune bodies resolvable.
 */
import { slugify } from '../../src/orgs/normalize.ts';
import type { JurisdictionRecord, OrgRecord } from '../../src/orgs/types.ts';
import { NamePool, personName } from './names.ts';
import { Rng, hashSeed } from './rng.ts';
import {
  ACTION_TAILS,
  ACTIONS,
  COMMON_TARGETS,
  CENTRAL_BODIES,
  COMMUNE_BODIES,
  COMMUNE_LEADS,
  DEADLINES,
  DISTRICT_BODIES,
  GENERAL_GOALS,
  PROVINCE_BODIES,
  PURPOSES,
  SITUATION,
  TASK_PART_TITLES,
  THEMES,
  TOPIC_HEADINGS,
  VIEWPOINTS,
  type Theme,
} from './vocab.ts';

export type Level = 'TW' | 'tinh' | 'huyen' | 'xa';

export interface SyntheticDocument {
  /** File name without extension, unique in the corpus ("00065_tinh_ctr-47-tu_tan-lap"). */
  file: string;
  text: string;
  /** YAML text of the <file>.meta.yaml beside the document (format: src/orgs/meta.ts). */
  meta?: string;
  level: Level;
  /** The parent document's file (absent for the resolution at the top). */
  parent?: string;
  expected: {
    /** Number and symbol as the parser normalises it ("47-CTr/TU"). */
    number: string;
    /** Tasks the parser should find (leaves of the task parts), each with a resolved lead. */
    tasks: number;
    /** Recipients the parser should list (after splitting shared lines such as "BTV Huyện ủy,
     *  TT HĐND, UBND, UBMT huyện" into four). */
    recipients: number;
    /** ISO issue date. */
    issuedDate: string;
    /** Numbers the document implements (relation 'implements'); the parent's comes first. */
    implements: string[];
  };
}

export interface CascadeOptions {
  documents: number;
  seed?: number;
}

/** Documents before the communes issue a second plan each: about as many communes as the name
 *  pool holds unique names for. Up to here the corpus is what it was when it stopped here. */
const FRESH_COMMUNES_UNTIL = 50_000;
/** A commune issues one plan a round after the fresh rounds; a million is 20 a commune. */
export const MAX_DOCUMENTS = 1_000_000;
const PROVINCES = 63;

interface Province {
  id: string;
  name: string;
  districts: District[];
}
interface District {
  id: string;
  name: string;
  province: Province;
}
interface Commune {
  id: string;
  name: string;
  district: District;
}

/** What a document is, before its text is written. */
interface Plan {
  index: number;
  level: Level;
  kind: 'resolution' | 'politburo' | 'province' | 'district' | 'commune';
  number: string;
  /** ISO date. */
  date: string;
  parent: Plan | null;
  province?: Province;
  district?: District;
  commune?: Commune;
  file: string;
}

interface Structure {
  theme: Theme;
  /** Ordinal of the Central Committee's conference ("lần thứ năm"). */
  plenum: string;
  provinces: Province[];
  districts: District[];
  names: NamePool;
}

function checkOptions(options: CascadeOptions): number {
  const n = options.documents;
  if (!Number.isInteger(n) || n < 1 || n > MAX_DOCUMENTS) {
    throw new RangeError(`documents must be an integer from 1 to ${MAX_DOCUMENTS}, got ${n}`);
  }
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  return seed;
}

/** Provinces and districts: fixed for a seed, whatever the number of documents. */
function buildStructure(seed: number): Structure {
  const rng = new Rng(hashSeed(seed, 'structure'));
  const names = new NamePool(new Rng(hashSeed(seed, 'names')));
  const provinces: Province[] = [];
  for (let i = 0; i < PROVINCES; i++) {
    const name = names.next();
    provinces.push({ id: slugify(name), name, districts: [] });
  }
  const districts: District[] = [];
  for (const p of provinces) {
    const count = rng.int(8, 14); // ~11 a province, ~700 in all
    for (let k = 0; k < count; k++) {
      const name = names.next();
      const d: District = { id: slugify(name), name, province: p };
      p.districts.push(d);
      districts.push(d);
    }
  }
  const plenums = ['BẢY', 'TÁM', 'CHÍN', 'MƯỜI'];
  return { theme: rng.pick(THEMES), plenum: rng.pick(plenums), provinces, districts, names };
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Digits of a file's index: names sort in generation order up to MAX_DOCUMENTS (five digits put
 *  100000 before 10001). */
const INDEX_DIGITS = String(MAX_DOCUMENTS - 1).length;

function fileName(index: number, level: Level, number: string, place?: string): string {
  const num = slugify(number.replace('/', '-'));
  const tag = level.toLowerCase();
  return [String(index).padStart(INDEX_DIGITS, '0'), tag, num, ...(place ? [place] : [])].join('_');
}

/**
 * The plans of the cascade in generation order, and the structure they live in. Cheap (no
 * text): `cascadeRegistryYaml` walks it to know which communes exist.
 */
function* planCascade(
  options: CascadeOptions,
): Generator<{ plan: Plan; structure: Structure }, void, undefined> {
  const seed = checkOptions(options);
  const total = options.documents;
  const structure = buildStructure(seed);
  let index = 0;
  const draw = (): Rng => new Rng(hashSeed(seed, 'plan', index));
  const make = (p: Omit<Plan, 'file' | 'index'>, place?: string): Plan => {
    const plan: Plan = { ...p, index, file: fileName(index, p.level, p.number, place) };
    index++;
    return plan;
  };

  let rng = draw();
  // the resolution: before mid-2023, so the whole cascade is issued before the district level
  // was abolished (1 July 2025)
  const start = addDays('2021-03-01', rng.int(0, 850));
  const resolution = make({
    level: 'TW',
    kind: 'resolution',
    number: `${rng.int(90, 99)}-NQ/TW`,
    date: start,
    parent: null,
  });
  yield { plan: resolution, structure };
  if (index >= total) return;

  rng = draw();
  const politburo = make({
    level: 'TW',
    kind: 'politburo',
    number: `${rng.int(10, 40)}-KH/TW`,
    date: addDays(resolution.date, rng.int(20, 60)),
    parent: resolution,
  });
  yield { plan: politburo, structure };

  const provincePlans = new Map<Province, Plan>();
  for (const p of structure.provinces) {
    if (index >= total) return;
    rng = draw();
    const plan = make(
      {
        level: 'tinh',
        kind: 'province',
        number: `${rng.int(30, 160)}-CTr/TU`,
        date: addDays(politburo.date, rng.int(15, 120)),
        parent: resolution,
        province: p,
      },
      p.id,
    );
    provincePlans.set(p, plan);
    yield { plan, structure };
  }

  const districtPlans = new Map<District, Plan>();
  for (const d of structure.districts) {
    if (index >= total) return;
    rng = draw();
    const parent = provincePlans.get(d.province) as Plan;
    const plan = make(
      {
        level: 'huyen',
        kind: 'district',
        number: `${rng.int(40, 260)}-KH/HU`,
        date: addDays(parent.date, rng.int(10, 75)),
        parent,
        province: d.province,
        district: d,
      },
      `${d.province.id}_${d.id}`,
    );
    districtPlans.set(d, plan);
    yield { plan, structure };
  }

  // Communes, one per district per round; once as many communes exist as names allow, the
  // communes of the first rounds issue again, round after round (each plan numbered in its own
  // range, so a commune's plans of one year keep distinct ids).
  const before = index;
  const freshRounds = Math.max(
    1,
    Math.floor((FRESH_COMMUNES_UNTIL - before) / structure.districts.length),
  );
  const communes: Commune[] = [];
  for (let round = 0; ; round++) {
    const again = Math.floor(round / freshRounds);
    for (const [k, d] of structure.districts.entries()) {
      if (index >= total) return;
      rng = draw();
      const commune =
        again === 0
          ? freshCommune(structure, d)
          : (communes[(round % freshRounds) * structure.districts.length + k] as Commune);
      if (again === 0) communes.push(commune);
      const parent = districtPlans.get(d) as Plan;
      const plan = make(
        {
          level: 'xa',
          kind: 'commune',
          number: `${rng.int(10, 150) + 200 * again}-KH/ĐU`,
          date: addDays(parent.date, rng.int(7, 60)),
          parent,
          province: d.province,
          district: d,
          commune,
        },
        `${d.province.id}_${d.id}_${commune.id}`,
      );
      yield { plan, structure };
    }
  }
}

function freshCommune(structure: Structure, district: District): Commune {
  const name = structure.names.next();
  return { id: slugify(name), name, district };
}

// ---------------------------------------------------------------------------------------------
// Text

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];

function upper(s: string): string {
  return s.toUpperCase();
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "ngày 05 tháng 3 năm 2023": days and the months January and February padded, as printed. */
function longDate(iso: string): string {
  const [y, m, d] = iso.split('-') as [string, string, string];
  const month = Number(m);
  return `ngày ${d} tháng ${month < 3 ? m : String(month)} năm ${y}`;
}

/** "16/6/2022" or "16/06/2022", as citations write it. */
function shortDate(iso: string, rng: Rng): string {
  const [y, m, d] = iso.split('-') as [string, string, string];
  return rng.chance(0.7) ? `${d}/${Number(m)}/${y}` : `${d}/${m}/${y}`;
}

/** One recipient line and how many recipients the parser splits it into. */
interface RecipientLine {
  text: string;
  count: number;
}

/** What a level's documents say about themselves and their bodies. */
interface Voice {
  level: Level;
  /** "toàn tỉnh", "toàn huyện". */
  scope: string;
  /** Bodies that lead tasks: each entry is one body's spellings. */
  leads: string[][];
  /** Groups that lead the first item of TỔ CHỨC THỰC HIỆN (implementation). */
  groups: string[];
  /** Bodies reported to ("định kỳ báo cáo …"). */
  reportTo: string[];
  /** Own type as the text refers to it ("Chương trình hành động này"). */
  ownType: string;
}

interface Writer {
  rng: Rng;
  plan: Plan;
  structure: Structure;
  voice: Voice;
  lines: string[];
  tasks: number;
}

function para(w: Writer, text: string): void {
  w.lines.push(text, '');
}

function fill(w: Writer, template: string): string {
  const y0 = Number(w.plan.date.slice(0, 4));
  const { topic, subject } = w.structure.theme;
  return template
    .replace(/\{topic\}/g, topic)
    .replace(/\{Topic\}/g, capitalise(topic))
    .replace(/\{subject\}/g, subject)
    .replace(/\{scope\}/g, w.voice.scope)
    .replace(/\{local\}/g, w.voice.level === 'TW' ? 'đất nước' : 'địa phương')
    .replace(/\{y0\}/g, String(y0))
    .replace(/\{y\}/g, String(y0 + 1));
}

function partHeading(w: Writer, k: number, title: string): void {
  const label = `${ROMAN[k] as string}${w.rng.chance(0.6) ? '.' : '-'} ${title}`;
  const r = w.rng.float();
  para(w, r < 0.15 ? `**${label}**` : r < 0.25 ? `### ${label}` : label);
}

function deadline(w: Writer): string {
  const d = fill(w, w.rng.pick(DEADLINES));
  return w.rng.chance(0.3) ? `(*${d}*)` : `(${d})`;
}

function spelling(w: Writer, body: string[]): string {
  return w.rng.chance(0.7) ? (body[0] as string) : w.rng.pick(body);
}

/**
 * Bodies named "… Trung ương" first: the splitter (src/orgs/split.ts) reads "Đảng đoàn Quốc hội"
 * as a bare head and gives it the qualifier of a later item ("Đảng đoàn Quốc hội, Ban Dân vận
 * Trung ương" → "Đảng đoàn Quốc hội Trung ương", unresolved), so it must not precede one.
 */
function ordered(names: string[]): string[] {
  const rank = (n: string): number => (/Trung ương( Đảng)?$/.test(n) ? 0 : 1);
  return names
    .map((n, i) => ({ n, i }))
    .sort((a, b) => rank(a.n) - rank(b.n) || a.i - b.i)
    .map((x) => x.n);
}

/** One to three distinct bodies, "X, Y và Z". */
function bodyList(w: Writer, pool: string[][], max: number, avoid: string[][] = []): string {
  const free = pool.filter((b) => !avoid.includes(b));
  const picked = ordered(w.rng.sample(free, w.rng.int(1, max)).map((b) => spelling(w, b)));
  if (picked.length > 1 && w.rng.chance(0.5)) {
    const last = picked.pop() as string;
    return `${picked.join(', ')} và ${last}`;
  }
  return picked.join(', ');
}

function coordinators(w: Writer, lead: string[][]): string {
  if (w.rng.chance(0.25)) {
    // "X, Y và các cơ quan liên quan": a generic phrase (id null) closes the list
    const free = w.voice.leads.filter((b) => !lead.includes(b));
    const named = ordered(w.rng.sample(free, w.rng.int(1, 2)).map((b) => spelling(w, b)));
    return `${named.join(', ')} và các cơ quan liên quan`;
  }
  return bodyList(w, w.voice.leads, 3, lead);
}

function action(w: Writer): string {
  const tail = w.rng.chance(0.5) ? w.rng.pick(ACTION_TAILS) : '';
  return fill(w, w.rng.pick(ACTIONS) + tail);
}

function report(w: Writer): string {
  const when = w.rng.pick(['6 tháng, hằng năm ', 'hằng năm ', '']);
  return `định kỳ ${when}báo cáo ${w.rng.pick(w.voice.reportTo)}`;
}

/** A task led by the body (or bodies) at the start of the sentence. */
function subjectTask(w: Writer, withDeadline: boolean): string {
  const lead = w.rng.sample(w.voice.leads, w.rng.chance(0.8) ? 1 : 2);
  const names = ordered(lead.map((b) => spelling(w, b))).join(', ');
  const tail = withDeadline ? ` ${deadline(w)}` : '';
  const r = w.rng.float();
  if (r < 0.6)
    return `${names} chủ trì, phối hợp với ${coordinators(w, lead)} ${action(w)}${tail}.`;
  if (r < 0.8) return `${names} ${action(w)}; ${report(w)}${tail}.`;
  return `${names} ${action(w)}${tail}.`;
}

/** The task part (NHIỆM VỤ, GIẢI PHÁP: tasks, solutions); counts its leaves into `w.tasks`. */
function taskItems(w: Writer, count: number): void {
  for (let n = 1; n <= count; n++) {
    const r = w.rng.float();
    if (r < 0.45) {
      // "3. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với … (deadline)."
      para(w, `${n}. ${subjectTask(w, w.rng.chance(0.8))}`);
      w.tasks++;
    } else if (r < 0.7) {
      // "2. Ban Tuyên giáo Tỉnh ủy" and bullets that take it as their lead
      const body = w.rng.pick(w.voice.leads);
      para(w, `${n}. ${spelling(w, body)}`);
      const bullets = w.rng.int(2, 4);
      para(w, `- Chủ trì, phối hợp với ${coordinators(w, [body])} ${action(w)} ${deadline(w)}.`);
      for (let k = 1; k < bullets; k++) para(w, `- ${capitalise(action(w))} ${deadline(w)}.`);
      w.tasks += bullets;
    } else {
      // "1. Nâng cao … (thực hiện hằng năm)" and bullets naming their own lead
      para(w, `${n}. ${fill(w, w.rng.pick(TOPIC_HEADINGS))} ${deadline(w)}`);
      const bullets = w.rng.int(2, 4);
      for (let k = 0; k < bullets; k++) para(w, `- ${subjectTask(w, false)}`);
      w.tasks += bullets;
    }
  }
}

/** The last part, TỔ CHỨC THỰC HIỆN (implementation): who does what with this document. */
function implementationItems(w: Writer): void {
  const own = w.voice.ownType;
  let n = 1;
  para(
    w,
    `${n++}. ${w.rng.pick(w.voice.groups)} căn cứ ${own} này xây dựng kế hoạch thực hiện phù hợp với tình hình thực tế của địa phương, đơn vị ${deadline(w)}.`,
  );
  if (w.rng.chance(0.7)) {
    const lead = w.rng.pick(w.voice.leads);
    para(
      w,
      `${n++}. ${spelling(w, lead)} chủ trì, phối hợp với ${coordinators(w, [lead])} hướng dẫn, tuyên truyền nội dung Nghị quyết${own === 'Nghị quyết' ? '' : ` và ${own} này`}.`,
    );
  }
  const lead = w.rng.pick(w.voice.leads);
  para(
    w,
    `${n++}. Giao ${spelling(w, lead)} theo dõi, đôn đốc, kiểm tra việc thực hiện ${own} này; ${report(w)}.`,
  );
  w.tasks += n - 1;
}

function targetsPart(w: Writer, k: number): void {
  partHeading(w, k, 'MỤC TIÊU');
  para(w, '1. Mục tiêu tổng quát');
  para(w, fill(w, w.rng.pick(GENERAL_GOALS)));
  para(w, '2. Mục tiêu cụ thể');
  const scale = { TW: 1000, tinh: 100, huyen: 10, xa: 1 }[w.voice.level];
  const pool = [...w.structure.theme.targets, ...COMMON_TARGETS];
  for (const t of w.rng.sample(pool, w.rng.int(2, 4))) {
    const a = w.rng.int(2, 9) * scale;
    const r1 = w.rng.int(12, 18) * 5;
    const text = fill(w, t)
      .replace('{a}', thousands(a))
      .replace('{b}', thousands(a + w.rng.int(1, 4) * scale))
      .replace('{r1}', String(r1))
      .replace('{r2}', String(r1 + 5))
      .replace('{p}', String(w.rng.int(5, 18) * 5));
    para(w, `- ${text}`);
  }
}

/** "5.000": the dot is the Vietnamese thousands separator. */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, '.');
}

function purposesPart(w: Writer, k: number): void {
  partHeading(w, k, 'MỤC ĐÍCH, YÊU CẦU');
  w.rng.sample(PURPOSES, w.rng.int(2, 3)).forEach((p, i) => para(w, `${i + 1}. ${fill(w, p)}`));
}

/** The body: purposes, targets, tasks, implementation. */
function body(w: Writer, taskCount: number, withTargets: boolean): void {
  let k = 0;
  if (w.plan.kind === 'resolution') {
    // a resolution opens with the situation (TÌNH HÌNH) and its viewpoints (QUAN ĐIỂM)
    partHeading(w, k++, 'TÌNH HÌNH VÀ NGUYÊN NHÂN');
    // in their written order: results, "Tuy nhiên" shortcomings, causes, outlook
    const keep = new Set(w.rng.sample(SITUATION.slice(1), w.rng.int(2, 3)));
    for (const t of SITUATION) if (t === SITUATION[0] || keep.has(t)) para(w, fill(w, t));
    partHeading(w, k++, 'QUAN ĐIỂM CHỈ ĐẠO');
    w.rng.sample(VIEWPOINTS, w.rng.int(3, 4)).forEach((v, i) => para(w, `${i + 1}. ${fill(w, v)}`));
  } else purposesPart(w, k++);
  if (withTargets) targetsPart(w, k++);
  partHeading(w, k++, w.rng.pick(TASK_PART_TITLES));
  taskItems(w, taskCount);
  partHeading(w, k++, 'TỔ CHỨC THỰC HIỆN');
  implementationItems(w);
}

function recipientBlock(w: Writer, items: RecipientLine[]): number {
  const sep = w.rng.chance(0.8) ? ',' : ';';
  w.lines.push(w.rng.chance(0.3) ? '#### Nơi nhận:' : 'Nơi nhận:', '');
  items.forEach((it, i) => w.lines.push(`- ${it.text}${i === items.length - 1 ? '.' : sep}`));
  w.lines.push('');
  return items.reduce((n, it) => n + it.count, 0);
}

function signature(w: Writer, authority: string, titles: string[]): void {
  const name = personName(w.rng);
  w.lines.push(authority);
  const title = w.rng.pick(titles);
  if (title) w.lines.push(title);
  w.lines.push('', '', '', w.rng.chance(0.2) ? `**${name}**` : name, '');
}

/** Closing: recipients and signature, usually in this order (as the seeds print them). */
function closing(w: Writer, items: RecipientLine[], authority: string, titles: string[]): number {
  let count = 0;
  if (w.rng.chance(0.8)) {
    count = recipientBlock(w, items);
    signature(w, authority, titles);
  } else {
    signature(w, authority, titles);
    count = recipientBlock(w, items);
  }
  return count;
}

function line(text: string, count = 1): RecipientLine {
  return { text, count };
}

const TW_RECIPIENTS = [
  line('Các tỉnh ủy, thành ủy'),
  line('Các ban đảng, ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc Trung ương'),
  line('Các đảng ủy đơn vị sự nghiệp Trung ương'),
  line('Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng'),
];

// ---------------------------------------------------------------------------------------------
// The five kinds of document

interface Rendered {
  tasks: number;
  recipients: number;
  implements: string[];
}

function header(w: Writer, bodies: string[], number: string, place: string): void {
  const r = w.rng.float();
  const banner = w.rng.chance(0.2) ? '**ĐẢNG CỘNG SẢN VIỆT NAM**' : 'ĐẢNG CỘNG SẢN VIỆT NAM';
  const dateLine = `${place}, ${longDate(w.plan.date)}`;
  // "Số 67 -KH/HU" (seed 003): an OCR space the parser normalises
  const num = w.rng.chance(0.03) ? number.replace('-', ' -') : number;
  if (r < 0.5) w.lines.push(...bodies, '*', `Số ${num}`, '', banner, '', dateLine, '');
  else if (r < 0.8) w.lines.push(banner, '', ...bodies, '*', `Số ${num}`, '', dateLine, '');
  else w.lines.push(dateLine, '', ...bodies, '*', `Số ${num}`, '', banner, '');
}

function typeLine(w: Writer, type: string): string {
  const r = w.rng.float();
  return r < 0.1 ? `## ${type}` : r < 0.2 ? `**${type}**` : type;
}

function renderResolution(w: Writer): Rendered {
  const { theme } = w.structure;
  header(w, ['BAN CHẤP HÀNH TRUNG ƯƠNG'], w.plan.number, 'Hà Nội');
  w.lines.push(
    typeLine(w, 'NGHỊ QUYẾT'),
    `HỘI NGHỊ LẦN THỨ ${w.structure.plenum} BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII`,
    theme.subject,
    '',
    '-----',
    '',
  );
  body(w, w.rng.int(6, 9), true);
  const recipients = closing(
    w,
    [...TW_RECIPIENTS, line('Lưu Văn phòng Trung ương Đảng')],
    'T/M BAN CHẤP HÀNH TRUNG ƯƠNG',
    ['TỔNG BÍ THƯ'],
  );
  return { tasks: w.tasks, recipients, implements: [] };
}

function renderPolitburo(w: Writer): Rendered {
  const { theme } = w.structure;
  const nq = w.plan.parent as Plan;
  const short = `Nghị quyết ${nq.number.split('-')[0] as string}`;
  header(w, ['BAN CHẤP HÀNH TRUNG ƯƠNG'], w.plan.number, 'Hà Nội');
  w.lines.push(
    typeLine(w, 'KẾ HOẠCH'),
    '',
    `Thực hiện Nghị quyết số ${nq.number}, ngày ${shortDate(nq.date, w.rng)} của Ban Chấp hành Trung ương Đảng ${theme.subject}`,
    '',
    '-----',
    '',
  );
  para(
    w,
    `Thực hiện Nghị quyết số ${nq.number}, ngày ${shortDate(nq.date, w.rng)} của Ban Chấp hành Trung ương Đảng ${theme.subject} (sau đây gọi là ${short}), Bộ Chính trị ban hành Kế hoạch thực hiện như sau:`,
  );
  body(w, w.rng.int(6, 9), false);
  const recipients = closing(
    w,
    [...TW_RECIPIENTS, line('Lưu Văn phòng Trung ương Đảng')],
    'T/M BỘ CHÍNH TRỊ',
    [''],
  );
  return { tasks: w.tasks, recipients, implements: [nq.number] };
}

function renderProvince(w: Writer): Rendered {
  const { theme } = w.structure;
  const p = w.plan.province as Province;
  const nq = w.plan.parent as Plan;
  header(w, [`TỈNH ỦY ${upper(p.name)}`], w.plan.number, p.name);
  const cite = `Nghị quyết số ${nq.number} ngày ${shortDate(nq.date, w.rng)} của Ban Chấp hành Trung ương Đảng khóa XIII ${theme.subject}`;
  const ofTitle = w.rng.chance(0.3) ? ['CỦA BAN THƯỜNG VỤ TỈNH ỦY'] : [];
  w.lines.push(typeLine(w, 'CHƯƠNG TRÌNH HÀNH ĐỘNG'), ...ofTitle, `thực hiện ${cite}`, '');
  if (w.rng.chance(0.5)) w.lines.push('-----', '');
  const issuer = w.rng.chance(0.7) ? 'Ban Thường vụ Tỉnh ủy' : `Ban Thường vụ Tỉnh ủy ${p.name}`;
  para(
    w,
    `Thực hiện ${cite} (sau đây gọi tắt là Nghị quyết), ${issuer} ban hành Chương trình hành động thực hiện như sau:`,
  );
  body(w, w.rng.int(5, 8), true);

  const items: RecipientLine[] = [line('Ban Bí thư Trung ương Đảng (để b/c)')];
  items.push(
    ...w.rng.sample(
      [
        line('Ban Kinh tế Trung ương (b/c)'),
        line('Ban Tuyên giáo Trung ương (b/c)'),
        line('Văn phòng Trung ương Đảng (b/c)'),
      ],
      w.rng.int(1, 2),
    ),
  );
  if (w.rng.chance(0.3)) items.push(line(`Đ/c ${personName(w.rng)}, Phó Bí thư Tỉnh ủy`));
  items.push(
    w.rng.chance(0.5)
      ? line('Các ban đảng, Ủy ban Kiểm tra Tỉnh ủy, Văn phòng Tỉnh ủy', 3)
      : line('Các ban, UBKT Tỉnh ủy, VPTU', 3),
  );
  items.push(
    ...w.rng.sample(
      [
        line('Ban cán sự đảng UBND tỉnh'),
        line('Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh'),
        line('Các sở, ban, ngành, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh', 3),
        ...theme.provinceExtra.map((b) => line(b)),
      ],
      w.rng.int(2, 4),
    ),
  );
  items.push(line('Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy'));
  items.push(line('Các đồng chí Tỉnh ủy viên'));
  items.push(line(w.rng.chance(0.6) ? 'Lưu VPTU' : 'Lưu Văn phòng Tỉnh ủy'));
  const recipients = closing(w, items, 'T/M BAN THƯỜNG VỤ', [
    'BÍ THƯ',
    'PHÓ BÍ THƯ',
    'PHÓ BÍ THƯ THƯỜNG TRỰC',
  ]);
  return { tasks: w.tasks, recipients, implements: [nq.number] };
}

function renderDistrict(w: Writer): Rendered {
  const { theme } = w.structure;
  const d = w.plan.district as District;
  const ctr = w.plan.parent as Plan;
  const nq = ctr.parent as Plan;
  header(
    w,
    [`ĐẢNG BỘ TỈNH ${upper(d.province.name)}`, `HUYỆN ỦY ${upper(d.name)}`],
    w.plan.number,
    d.name,
  );
  const ctrCite = `Chương trình hành động số ${ctr.number} ngày ${shortDate(ctr.date, w.rng)} của Ban Thường vụ Tỉnh ủy`;
  const nqCite = `Nghị quyết số ${nq.number} ngày ${shortDate(nq.date, w.rng)} của Ban Chấp hành Trung ương Đảng khóa XIII ${theme.subject}`;
  w.lines.push(typeLine(w, 'KẾ HOẠCH'), `thực hiện ${ctrCite} về thực hiện ${nqCite}`, '');
  if (w.rng.chance(0.5)) w.lines.push('-----', '');
  const issuer = w.rng.chance(0.5) ? 'Ban Thường vụ Huyện ủy' : `Ban Thường vụ Huyện ủy ${d.name}`;
  let implemented: string[];
  if (w.rng.chance(0.5)) {
    // the province's programme, which is about the resolution
    para(
      w,
      `Thực hiện ${ctrCite} về thực hiện ${nqCite}, ${issuer} xây dựng Kế hoạch thực hiện như sau:`,
    );
    implemented = [ctr.number];
  } else {
    // both, as seed 003 does
    para(
      w,
      `Thực hiện ${nqCite} (sau đây viết tắt là Nghị quyết số ${nq.number}), ${ctrCite} (sau đây viết tắt là Chương trình hành động số ${ctr.number}), ${issuer} xây dựng Kế hoạch thực hiện như sau:`,
    );
    implemented = [ctr.number, nq.number];
  }
  body(w, w.rng.int(4, 6), w.rng.chance(0.7));

  const items: RecipientLine[] = [line('Ban Thường vụ Tỉnh ủy (b/c)')];
  if (w.rng.chance(0.5)) items.push(line('Ban Tuyên giáo Tỉnh ủy (b/c)'));
  if (w.rng.chance(0.5)) items.push(line('Đồng chí UVTV Tỉnh ủy phụ trách Đảng bộ huyện'));
  items.push(
    w.rng.chance(0.5)
      ? line('BTV Huyện ủy, TT HĐND, UBND, UBMT huyện', 4)
      : line('Ban Thường vụ Huyện ủy, Thường trực HĐND huyện, UBND huyện', 3),
  );
  items.push(
    ...w.rng.sample(
      [
        line('Các phòng, ban, ngành, đoàn thể huyện'),
        line('Các tổ chức cơ sở đảng'),
        line('Chi nhánh Liên minh Hợp tác xã huyện'),
        line('Các đồng chí Huyện ủy viên'),
      ],
      w.rng.int(2, 4),
    ),
  );
  items.push(line(w.rng.chance(0.5) ? 'Lưu Văn phòng Huyện ủy' : 'Lưu VPHU'));
  const recipients = closing(w, items, 'T/M BAN THƯỜNG VỤ', ['BÍ THƯ', 'PHÓ BÍ THƯ']);
  return { tasks: w.tasks, recipients, implements: implemented };
}

function renderCommune(w: Writer): Rendered {
  const { theme } = w.structure;
  const c = w.plan.commune as Commune;
  const kh = w.plan.parent as Plan;
  const ctr = kh.parent as Plan;
  const nq = ctr.parent as Plan;
  const x = `xã ${c.name}`;
  header(
    w,
    [`ĐẢNG BỘ HUYỆN ${upper(c.district.name)}`, `ĐẢNG ỦY ${upper(x)}`],
    w.plan.number,
    c.name,
  );
  const khCite = `Kế hoạch số ${kh.number} ngày ${shortDate(kh.date, w.rng)} của Ban Thường vụ Huyện ủy`;
  w.lines.push(
    typeLine(w, 'KẾ HOẠCH'),
    `thực hiện ${khCite} về thực hiện Nghị quyết số ${nq.number}`,
    '',
  );
  if (w.rng.chance(0.5)) w.lines.push('-----', '');
  para(
    w,
    `Thực hiện ${khCite} về thực hiện Chương trình hành động số ${ctr.number} của Ban Thường vụ Tỉnh ủy và Nghị quyết số ${nq.number} của Ban Chấp hành Trung ương Đảng khóa XIII ${theme.subject}, Ban Thường vụ Đảng ủy ${x} xây dựng Kế hoạch thực hiện như sau:`,
  );
  body(w, w.rng.int(3, 4), w.rng.chance(0.4));

  const items: RecipientLine[] = [line('Ban Thường vụ Huyện ủy (b/c)')];
  if (w.rng.chance(0.5)) items.push(line('Ban Tuyên giáo Huyện ủy (b/c)'));
  items.push(
    ...w.rng.sample(
      [
        line(`Ủy ban nhân dân ${x}`),
        line(`Ủy ban Mặt trận Tổ quốc Việt Nam ${x}`),
        line(`Các đoàn thể chính trị - xã hội ${x}`),
        line('Các chi bộ trực thuộc'),
        line('Các đồng chí Đảng ủy viên'),
      ],
      w.rng.int(2, 4),
    ),
  );
  // "Lưu VP" is the issuer's office; "Văn phòng Đảng ủy" without the commune would not resolve
  items.push(line(w.rng.chance(0.6) ? 'Lưu VP' : `Lưu Văn phòng Đảng ủy ${x}`));
  const recipients = closing(w, items, 'T/M BAN THƯỜNG VỤ', ['BÍ THƯ', 'PHÓ BÍ THƯ']);
  return { tasks: w.tasks, recipients, implements: [kh.number] };
}

function voiceOf(plan: Plan, structure: Structure): Voice {
  switch (plan.level) {
    case 'TW':
      return {
        level: 'TW',
        scope: 'cả nước',
        leads: CENTRAL_BODIES.map((b) => [b]),
        groups: [
          'Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương',
          'Các tỉnh ủy, thành ủy, ban đảng, ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc Trung ương',
        ],
        reportTo: ['Bộ Chính trị, Ban Bí thư', 'Bộ Chính trị'],
        ownType: plan.kind === 'resolution' ? 'Nghị quyết' : 'Kế hoạch',
      };
    case 'tinh':
      return {
        level: 'tinh',
        scope: 'toàn tỉnh',
        leads: [...PROVINCE_BODIES, ...structure.theme.provinceExtra.map((b) => [b])],
        groups: [
          'Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy',
          'Các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội các cấp',
        ],
        reportTo: ['Ban Thường vụ Tỉnh ủy', 'Thường trực Tỉnh ủy'],
        ownType: 'Chương trình hành động',
      };
    case 'huyen':
      return {
        level: 'huyen',
        scope: 'toàn huyện',
        leads: DISTRICT_BODIES,
        groups: ['Các tổ chức cơ sở đảng', 'Các chi, đảng bộ cơ sở'],
        reportTo: ['Ban Thường vụ Huyện ủy', 'Thường trực Huyện ủy'],
        ownType: 'Kế hoạch',
      };
    case 'xa': {
      const x = `xã ${(plan.commune as Commune).name}`;
      return {
        level: 'xa',
        scope: 'toàn xã',
        leads: COMMUNE_LEADS.map((b) => b.map((s) => s.replace('{x}', x))),
        groups: ['Các chi bộ trực thuộc Đảng ủy', 'Các chi bộ trực thuộc'],
        reportTo: [`Ban Thường vụ Đảng ủy ${x}`, 'Ban Thường vụ Huyện ủy'],
        ownType: 'Kế hoạch',
      };
    }
  }
}

/** The reformed tone placement ("uỷ", "hoà"), as seed 000 prints it: identity must not care. */
function reformedTones(text: string): string {
  return text.replace(/ủy/g, 'uỷ').replace(/Ủy/g, 'Uỷ').replace(/òa/g, 'oà');
}

function metaYaml(plan: Plan): string {
  const out: string[] = [];
  if (plan.province) {
    out.push('jurisdiction:', `  province: ${plan.province.id}`);
    if (plan.district) out.push(`  district: ${plan.district.id}`);
  }
  out.push(`level: ${plan.level}`);
  return `${out.join('\n')}\n`;
}

function render(plan: Plan, structure: Structure, seed: number): SyntheticDocument {
  const w: Writer = {
    rng: new Rng(hashSeed(seed, 'text', plan.index)),
    plan,
    structure,
    voice: voiceOf(plan, structure),
    lines: [],
    tasks: 0,
  };
  const r =
    plan.kind === 'resolution'
      ? renderResolution(w)
      : plan.kind === 'politburo'
        ? renderPolitburo(w)
        : plan.kind === 'province'
          ? renderProvince(w)
          : plan.kind === 'district'
            ? renderDistrict(w)
            : renderCommune(w);
  let text = `${w.lines.join('\n').trimEnd()}\n`;
  if (w.rng.chance(0.15)) text = reformedTones(text);
  const doc: SyntheticDocument = {
    file: plan.file,
    text,
    meta: metaYaml(plan),
    level: plan.level,
    expected: {
      number: plan.number,
      tasks: r.tasks,
      recipients: r.recipients,
      issuedDate: plan.date,
      implements: r.implements,
    },
  };
  if (plan.parent) doc.parent = plan.parent.file;
  return doc;
}

/** The cascade's documents, parents first. */
export function* generateCascade(options: CascadeOptions): Generator<SyntheticDocument> {
  const seed = checkOptions(options);
  for (const { plan, structure } of planCascade(options)) yield render(plan, structure, seed);
}

/** Registry records of a cascade, as `parseRegistryFiles` would return them. */
export interface CascadeRegistry {
  jurisdictions: JurisdictionRecord[];
  organizations: OrgRecord[];
}

/**
 * The cascade's reference data: its provinces and districts (`jurisdictions`), and the bodies of
 * its communes (`organizations`: the registry has no commune-level templates, so each commune's
 * bodies are listed by full name; they cannot be `partOf` their district's Huyện ủy, since a
 * registry organization may only point at another registry organization).
 *
 * Merge them into a loaded registry when the YAML round trip is too slow (the `yaml` package
 * reads ~1.7 MB/s; the file for 10,000 documents is ~12 MB):
 *   const base = loadRegistry();
 *   const extra = cascadeRegistryRecords(options);
 *   const registry = { ...base, jurisdictions: [...base.jurisdictions, ...extra.jurisdictions],
 *     organizations: [...base.organizations, ...extra.organizations] };
 */
export function cascadeRegistryRecords(options: CascadeOptions): CascadeRegistry {
  return cascadeRegistryPrefixes(options)(options.documents);
}

/**
 * `cascadeRegistryRecords` of every prefix of a cascade from one walk of its plans: the function
 * returned gives the records of its first `documents` documents (up to `options.documents`). A
 * bench growing the graph step by step walks the plans once, not once a step.
 */
export function cascadeRegistryPrefixes(
  options: CascadeOptions,
): (documents: number) => CascadeRegistry {
  let structure: Structure | undefined;
  // Communes in the order they first issue a plan, with that plan's index.
  const communes = new Map<Commune, number>();
  for (const { plan, structure: s } of planCascade(options)) {
    structure = s;
    // A commune that issues again is listed once.
    if (plan.commune && !communes.has(plan.commune)) communes.set(plan.commune, plan.index);
  }
  const jurisdictions = jurisdictionRecords(structure as Structure);
  const organizations: OrgRecord[] = [];
  /** organizations.length after each commune's bodies, and that commune's first index. */
  const ends: [number, number][] = [];
  for (const [c, index] of communes) {
    organizations.push(...communeBodies(c));
    ends.push([index, organizations.length]);
  }
  return (documents) => {
    if (documents > options.documents)
      throw new RangeError(
        `${documents} documents: the cascade was walked to ${options.documents}`,
      );
    const included = ends.filter(([index]) => index < documents).at(-1)?.[1] ?? 0;
    return { jurisdictions, organizations: organizations.slice(0, included) };
  };
}

function jurisdictionRecords(s: Structure): JurisdictionRecord[] {
  return [
    ...s.provinces.map((p): JurisdictionRecord => ({
      id: p.id,
      name: p.name,
      level: 'tinh',
      aliases: [],
    })),
    ...s.districts.map((d): JurisdictionRecord => ({
      id: d.id,
      name: d.name,
      level: 'huyen',
      province: d.province.id,
      aliases: [],
    })),
  ];
}

function communeBodies(c: Commune): OrgRecord[] {
  const prefix = `${c.district.province.id}/${c.district.id}/${c.id}`;
  return COMMUNE_BODIES.map((b) => {
    const rec: OrgRecord = {
      id: `${prefix}/${b.key}`,
      name: `${b.name} xã ${c.name}`,
      aliases: b.aliases.map((a) => `${a} xã ${c.name}`),
      orgKind: b.kind,
      level: 'xa',
      jurisdiction: { province: c.district.province.id, district: c.district.id },
    };
    if (b.partOf) rec.partOf = `${prefix}/${b.partOf}`;
    return rec;
  });
}

/**
 * The same data as a registry file (seed/orgs format). `loadRegistry(dir)` reads one directory,
 * so a bench copies seed/orgs/*.yaml into a temporary directory, writes this text beside them
 * (e.g. as synthetic.yaml) and loads that directory.
 */
export function cascadeRegistryYaml(options: CascadeOptions): string {
  const seed = checkOptions(options);
  const { jurisdictions, organizations } = cascadeRegistryRecords(options);
  const q = JSON.stringify;
  const out: string[] = [
    '# Synthetic jurisdictions and commune bodies of the benchmark corpus (bench/corpus),',
    `# seed ${seed}, ${options.documents} documents. Generated: do not edit.`,
    'jurisdictions:',
  ];
  for (const j of jurisdictions) {
    const province = j.province ? `, province: ${q(j.province)}` : '';
    out.push(`  - { id: ${q(j.id)}, name: ${q(j.name)}, level: ${j.level}${province} }`);
  }
  out.push(organizations.length > 0 ? 'organizations:' : 'organizations: []');
  for (const o of organizations) {
    const jur = o.jurisdiction as { province: string; district: string };
    const extra =
      (o.aliases.length > 0 ? `, aliases: [${o.aliases.map((a) => q(a)).join(', ')}]` : '') +
      (o.partOf ? `, partOf: ${q(o.partOf)}` : '');
    out.push(
      `  - { id: ${q(o.id)}, name: ${q(o.name)}, kind: ${o.orgKind}, level: ${o.level}, jurisdiction: { province: ${q(jur.province)}, district: ${q(jur.district)} }${extra} }`,
    );
  }
  return `${out.join('\n')}\n`;
}
