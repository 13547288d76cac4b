/**
 * Internal codes of units, as offices write them in a Nơi nhận list: the departments of the
 * Government Office ("các Vụ: KTTH, KGVX", "Cục KSTT"), ministries and provincial departments
 * ("Các Bộ: TC, NV", "Sở: NN&MT, YT"), the rooms of a provincial People's Committee office
 * ("Phòng: TH, VX, NCPC"). The codes are the offices' own, stable for years; a code not in the
 * table stays as written under its head ("Phòng ĐMPT").
 */

/** A ministry's or a provincial department's field; the same codes serve "Bộ" and "Sở". */
const FIELDS: Record<string, string> = {
  TC: 'Tài chính',
  NV: 'Nội vụ',
  NNMT: 'Nông nghiệp và Môi trường',
  'NN&MT': 'Nông nghiệp và Môi trường',
  CT: 'Công Thương',
  XD: 'Xây dựng',
  GDĐT: 'Giáo dục và Đào tạo',
  'GD&ĐT': 'Giáo dục và Đào tạo',
  DTTG: 'Dân tộc và Tôn giáo',
  YT: 'Y tế',
  CA: 'Công an',
  QP: 'Quốc phòng',
  NG: 'Ngoại giao',
  TP: 'Tư pháp',
  KHCN: 'Khoa học và Công nghệ',
  'KH&CN': 'Khoa học và Công nghệ',
  VHTTDL: 'Văn hóa, Thể thao và Du lịch',
  'VH,TT&DL': 'Văn hóa, Thể thao và Du lịch',
  'VHTT&DL': 'Văn hóa, Thể thao và Du lịch',
  TNMT: 'Tài nguyên và Môi trường',
  'TN&MT': 'Tài nguyên và Môi trường',
  KHĐT: 'Kế hoạch và Đầu tư',
  'KH&ĐT': 'Kế hoạch và Đầu tư',
  TTTT: 'Thông tin và Truyền thông',
  'TT&TT': 'Thông tin và Truyền thông',
  GTVT: 'Giao thông vận tải',
  LĐTBXH: 'Lao động - Thương binh và Xã hội',
  'LĐ-TB&XH': 'Lao động - Thương binh và Xã hội',
  'NN&PTNT': 'Nông nghiệp và Phát triển nông thôn',
  NNPTNT: 'Nông nghiệp và Phát triển nông thôn',
};

/** Departments (Vụ) and agencies (Cục) of the Government Office, by code. */
const GOVERNMENT_OFFICE: Record<string, string> = {
  TH: 'Vụ Tổng hợp',
  KTTH: 'Vụ Kinh tế tổng hợp',
  PL: 'Vụ Pháp luật',
  KGVX: 'Vụ Khoa giáo - Văn xã',
  NN: 'Vụ Nông nghiệp',
  CN: 'Vụ Công nghiệp',
  TCCV: 'Vụ Tổ chức công vụ',
  NC: 'Vụ Nội chính',
  QHĐP: 'Vụ Quan hệ địa phương',
  QHQT: 'Vụ Quan hệ quốc tế',
  TKBT: 'Vụ Thư ký - Biên tập',
  ĐMDN: 'Vụ Đổi mới doanh nghiệp',
  KSTT: 'Cục Kiểm soát thủ tục hành chính',
  KSTTHC: 'Cục Kiểm soát thủ tục hành chính',
  HCQT: 'Cục Hành chính - Quản trị',
};

/** Rooms (Phòng) of a provincial People's Committee office, by code. */
const COMMITTEE_OFFICE: Record<string, string> = {
  TH: 'Phòng Tổng hợp',
  VX: 'Phòng Văn xã',
  NCPC: 'Phòng Nội chính - Pháp chế',
  NC: 'Phòng Nội chính',
  KT: 'Phòng Kinh tế',
  ĐT: 'Phòng Đô thị',
  HCTC: 'Phòng Hành chính - Tổ chức',
};

export type UnitHead = 'Bộ' | 'Sở' | 'Vụ' | 'Cục' | 'Phòng';

/**
 * The full name of `code` under one of `heads` ("Vụ" + "KTTH" → "Vụ Kinh tế tổng hợp"), or
 * undefined when the table does not know the code under those heads.
 */
export function unitByCode(heads: readonly UnitHead[], code: string): string | undefined {
  const c = code.normalize('NFC');
  for (const head of heads) {
    if (head === 'Bộ' || head === 'Sở') {
      const field = FIELDS[c];
      if (field) return `${head} ${field}`;
    } else if (head === 'Phòng') {
      const room = COMMITTEE_OFFICE[c];
      if (room) return room;
    } else {
      const unit = GOVERNMENT_OFFICE[c];
      if (unit?.startsWith(`${head} `)) return unit;
    }
  }
  return undefined;
}

const FIELD_NAMES = new Set(Object.values(FIELDS).map((f) => f.toLowerCase()));

/** True when `text` is the field of a ministry or department as written out ("Công an",
 *  "Văn hóa, Thể thao và Du lịch"): under "Các Bộ:" it takes the head even though "Công an"
 *  alone names a body. */
export function isField(text: string): boolean {
  return FIELD_NAMES.has(text.trim().replace(/\s+/gu, ' ').toLowerCase());
}
