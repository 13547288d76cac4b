/**
 * The shapes of the organization resolver, written down once (plain, serialisable data).
 *
 * Glossary of the Vietnamese terms used in ids and comments:
 * - cấp: administrative level — Trung ương (TW, centre), tỉnh (province), huyện (district),
 *   xã / cơ sở (commune, grassroots).
 * - cấp ủy: a party committee (Tỉnh ủy, Huyện ủy, Đảng ủy…); ban thường vụ: its standing
 *   committee; thường trực: its permanent members; ban đảng: a board of a party committee
 *   (Ban Tuyên giáo, Ban Dân vận…); đảng đoàn / ban cán sự đảng: party groups inside mass
 *   organisations / state bodies; đảng ủy khối: a bloc party committee.
 * - chính quyền: the state executive (Ủy ban nhân dân); HĐND: the people's council;
 *   sở / ban / ngành: provincial departments; mặt trận: the Fatherland Front; đoàn thể: mass
 *   organisations (youth union, trade unions…); văn phòng: an office; ban chỉ đạo: a steering
 *   committee; tổ chức kinh tế (- xã hội): an economic organisation such as Liên minh Hợp tác xã
 *   (the cooperative alliance), which is neither a mass organisation nor part of the Front.
 */

export type Level = 'TW' | 'tinh' | 'huyen' | 'xa';

export type OrgKind =
  | 'cap-uy'
  | 'ban-thuong-vu'
  | 'thuong-truc'
  | 'ban-dang'
  | 'dang-doan'
  | 'ban-can-su-dang'
  | 'dang-uy'
  | 'chinh-quyen'
  | 'hdnd'
  | 'quoc-hoi'
  | 'so-nganh'
  | 'mat-tran'
  | 'doan-the'
  | 'van-phong'
  | 'uy-ban-kiem-tra'
  | 'hoi-dong'
  | 'bo-nganh'
  | 'ban-chi-dao'
  | 'to-chuc-kinh-te'
  | 'other';

export const ORG_KINDS: readonly OrgKind[] = [
  'cap-uy',
  'ban-thuong-vu',
  'thuong-truc',
  'ban-dang',
  'dang-doan',
  'ban-can-su-dang',
  'dang-uy',
  'chinh-quyen',
  'hdnd',
  'quoc-hoi',
  'so-nganh',
  'mat-tran',
  'doan-the',
  'van-phong',
  'uy-ban-kiem-tra',
  'hoi-dong',
  'bo-nganh',
  'ban-chi-dao',
  'to-chuc-kinh-te',
  'other',
];

export const LEVELS: readonly Level[] = ['TW', 'tinh', 'huyen', 'xa'];

/** Registry ids of a province and (optionally) one of its districts. */
export interface Jurisdiction {
  province?: string;
  district?: string;
}

export interface ResolveContext {
  /** Stable key of the document; relative names with unknown jurisdiction are scoped to it. */
  documentKey: string;
  /** Issuer as read, e.g. 'Ban Thường vụ Huyện ủy Vĩnh Linh'. */
  issuer?: string;
  /** From the text, the registry, or the <doc>.meta.yaml metadata file. */
  jurisdiction?: Jurisdiction;
  level?: Level;
  /** ISO date of the document, for validity periods. */
  date?: string;
}

export type ResolutionKind =
  'organization' | 'group' | 'person' | 'role' | 'generic' | 'publication' | 'unresolved';

/**
 * Who belongs to a group. A member must have one of `kinds`, sit at `level` (when given) and
 * inside `jurisdiction` (when given). `clauses` (when present) replaces that single test by a
 * union: "Các tỉnh uỷ, thành uỷ, đảng uỷ trực thuộc Trung ương" mixes provincial committees
 * (level tỉnh) and central party committees (level TW), which one kinds×level pair cannot say.
 */
export interface GroupRule {
  kinds: OrgKind[];
  level?: Level;
  jurisdiction?: Jurisdiction;
  description: string;
  clauses?: GroupClause[];
}

export interface GroupClause {
  /** The collective noun as written, e.g. 'ban đảng'. */
  term: string;
  kinds: OrgKind[];
  level?: Level;
  jurisdiction?: Jurisdiction;
  /** Members must be directly under this organization ("đảng ủy trực thuộc Tỉnh ủy"). */
  partOf?: string;
  /**
   * "Hệ thống Liên minh Hợp tác xã": members are the body with this id key at any level — its id
   * ends with '/<family>' — or are directly under one.
   */
  family?: string;
  /** Document-scoped groups: members must be scoped to the same document (id prefix). */
  documentScope?: string;
}

export interface Resolution {
  kind: ResolutionKind;
  /** Stable id; null for generic and unresolved mentions. See README for the id scheme. */
  id: string | null;
  /** Canonical display name, abbreviations expanded, jurisdiction appended when bound. */
  name: string;
  /** The verbatim mention. */
  mention: string;
  orgKind?: OrgKind;
  level?: Level;
  jurisdiction?: Jurisdiction;
  /** Parent organization id (PART_OF). */
  partOf?: string;
  /** For groups: the rule deciding who belongs. */
  membership?: GroupRule;
  /** For persons and roles: the role title as read, expanded ('Phó Bí thư Tỉnh ủy'). */
  role?: string;
  /** For persons: the person's name as read. */
  personName?: string;
  confidence: number;
  /** Which rule decided, e.g. 'registry-alias', 'relative-to-jurisdiction', 'document-scoped'. */
  rule: string;
}

/** One row of the abbreviation table (seed/orgs/abbreviations.yaml). */
export interface AbbreviationEntry {
  abbr: string;
  expansion: string;
  /** Match regardless of case ('Đ/c' and 'đ/c'); the expansion then copies the first letter's case. */
  anyCase: boolean;
}

/** A body with an absolute identity (a central body, or a named body of one province). */
export interface OrgRecord {
  id: string;
  name: string;
  aliases: string[];
  orgKind: OrgKind;
  level: Level;
  jurisdiction?: Jurisdiction;
  partOf?: string;
  /** ISO dates bounding the body's existence, when known. */
  validFrom?: string;
  validTo?: string;
  successor?: string;
}

/** The type of an administrative unit, which decides its bodies' names ('Thành ủy', 'Quận ủy'). */
export type UnitKind =
  | 'tinh'
  | 'thanh-pho-tw'
  | 'huyen'
  | 'quan'
  | 'thi-xa'
  | 'thanh-pho'
  | 'xa'
  | 'phuong'
  | 'thi-tran'
  | 'dac-khu';

/** A province or district. */
export interface JurisdictionRecord {
  /** Registry id: 'quang-tri' for a province, the district part alone ('vinh-linh') for a district. */
  id: string;
  name: string;
  level: 'tinh' | 'huyen';
  /** For districts: the province id. */
  province?: string;
  aliases: string[];
  validFrom?: string;
  validTo?: string;
  /** Unit type, when known (national data): a city's committee is a 'Thành ủy'. */
  unitKind?: UnitKind;
}

/**
 * A commune (xã, phường, thị trấn, đặc khu) of the national registry: id
 * '<province>/<district>/<commune>' before the 2025 reform, '<province>/<commune>' after it.
 */
export interface CommuneRecord {
  id: string;
  /** Without the type word ('Hồ Xá'; 'Phường 1' is '1'). */
  name: string;
  unitKind: UnitKind;
  province: string;
  /** Before the reform only: the district id (the part after the province). */
  district?: string;
  validFrom?: string;
  validTo?: string;
}

/**
 * A succession between two jurisdictions (province ids, or '<province>/<district>') or two
 * absolute organizations: `to` took over all (`whole`) or part of `from` on `date`.
 */
export interface SuccessionRecord {
  from: string;
  to: string;
  date: string;
  share: 'whole' | 'part';
  /** The deciding document, as it names itself. */
  basis: string;
  /** Where the basis was checked (a URL or the data set), when not the basis itself. */
  source?: string;
}

/**
 * A body every province (or district) has, written relative to it: "Ban Tuyên giáo Tỉnh ủy"
 * means the one of the document's province. Instantiated per jurisdiction.
 */
export interface BodyTemplate {
  /** Id suffix: '<province>/<key>' or '<province>/<district>/<key>'. */
  key: string;
  /**
   * Which jurisdiction the body belongs to: the province ('tinh'), the district ('huyen') or the
   * commune ('xa', bound only to a commune of the national registry named in the mention).
   */
  level: 'tinh' | 'huyen' | 'xa';
  orgKind: OrgKind;
  /** Display name without the jurisdiction ('Ban Tuyên giáo Tỉnh ủy'). */
  name: string;
  /** Further relative names (abbreviations are expanded before matching, so 'BTG' is not needed). */
  aliases: string[];
  /**
   * Names without a level word that mean the body at the document's own level ("Mặt trận Tổ
   * quốc Việt Nam" in a district plan is the district's).
   */
  levelless: string[];
  /** The central body a levelless name means in a central (TW) document. */
  central?: string;
  /** Display name with a {jurisdiction} placeholder, when appending the name reads wrong. */
  display?: string;
  /** Key of the parent template, or an absolute registry id. */
  partOf?: string;
  /**
   * For a district template: the key of the provincial template that takes over the body's
   * remaining duties when the district level ends (2025-07-01).
   */
  successor?: string;
}

/** A collective noun inside a group mention ("ban đảng", "tỉnh uỷ", "sở"). */
export interface CollectiveTerm {
  term: string;
  kinds: OrgKind[];
  /**
   * Level of the members: an absolute level, 'same' (the issuer's level, e.g. the ban đảng of the
   * centre in a central document) or 'below' (one level under the issuer, e.g. thành ủy).
   */
  level?: Level | 'same' | 'below';
}

export type PhraseKind = 'generic' | 'publication';

/** A fixed phrase that is not a body: generic actors and publication channels. */
export interface PhraseEntry {
  kind: PhraseKind;
  /** Accepted forms; matched after abbreviation expansion and key normalisation. */
  forms: string[];
  /** Stable id for publications and roles ('publication:website'). */
  id?: string;
  /** Canonical display name. */
  name: string;
}

/** Reference data, merged from every seed/orgs/*.yaml file. */
export interface Registry {
  abbreviations: AbbreviationEntry[];
  organizations: OrgRecord[];
  jurisdictions: JurisdictionRecord[];
  templates: BodyTemplate[];
  collectives: CollectiveTerm[];
  phrases: PhraseEntry[];
  /** Role titles ('Phó Bí thư', 'Ủy viên'): what follows one in a mention is the role's body. */
  titles: string[];
  /** Successions of jurisdictions and of absolute organizations (bodies follow by template). */
  successions: SuccessionRecord[];
  /** Communes of the national registry (absent without it): their bodies come from the 'xa' templates. */
  communes?: CommuneRecord[];
}

export interface MentionPart {
  mention: string;
  start: number;
  end: number;
  expanded: string;
}

/** The content of a `<doc>.meta.yaml` file beside a document. */
export interface DocumentMeta {
  jurisdiction?: Jurisdiction;
  number?: string;
  issuedDate?: string;
  issuer?: string;
  level?: Level;
}
