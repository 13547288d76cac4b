/**
 * Every actor and recipient mention of the four seed documents, as the parser would pass them:
 * the line (or actor phrase) is split with splitMentions and each part resolved in the context
 * the seed gives. Expected values are exact; a change in any rule shows up here.
 */
import { describe, expect, it } from 'vitest';
import {
  createResolver,
  loadRegistry,
  splitMentions,
  type Jurisdiction,
  type Level,
  type OrgKind,
  type ResolveContext,
  type ResolutionKind,
} from '../../../src/orgs/index.ts';

const registry = loadRegistry();
const resolve = createResolver(registry);

/** Seed 000: the Politburo plan (header "BAN CHẤP HÀNH TRUNG ƯƠNG", T/M BỘ CHÍNH TRỊ). */
const S000: ResolveContext = {
  documentKey: '000_20a41b9271eee9a1',
  issuer: 'Bộ Chính trị',
  level: 'TW',
  date: '2022-08-23',
};
/** Seed 000's certified copy 156-SY/TU by Tỉnh ủy Lạng Sơn. */
const S000_COPY: ResolveContext = {
  documentKey: '000_20a41b9271eee9a1.sy',
  issuer: 'Tỉnh ủy Lạng Sơn',
  date: '2022-09-09',
};
/** Seed 001: the bloc party committee's plan; the province is never named. */
const S001: ResolveContext = {
  documentKey: '001_655f8d64d6a8d424',
  issuer: 'Ban Thường vụ Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh',
};
/** Seed 002: a provincial standing committee's programme; the province is never named. */
const S002: ResolveContext = {
  documentKey: '002_af1c1f30eff17f08',
  issuer: 'Ban Thường vụ Tỉnh ủy',
};
/** Seed 003: Vĩnh Linh's plan; Quảng Trị comes from the registry, not the text. */
const S003: ResolveContext = {
  documentKey: '003_c1ef8345d186a5d7',
  issuer: 'Ban Thường vụ Huyện ủy Vĩnh Linh',
  date: '2023-01-31',
};

interface Expected {
  mention: string;
  kind: ResolutionKind;
  id: string | null;
  name: string;
  orgKind?: OrgKind;
  level?: Level;
  jurisdiction?: Jurisdiction;
}

const TABLE: Array<[ResolveContext, string, Expected[]]> = [
  [
    S000,
    'BAN CHẤP HÀNH TRUNG ƯƠNG',
    [
      {
        mention: 'BAN CHẤP HÀNH TRUNG ƯƠNG',
        kind: 'organization',
        id: 'tw/ban-chap-hanh-trung-uong',
        name: 'Ban Chấp hành Trung ương Đảng',
        orgKind: 'cap-uy',
        level: 'TW',
      },
    ],
  ],
  [
    S000,
    'Bộ Chính trị',
    [
      {
        mention: 'Bộ Chính trị',
        kind: 'organization',
        id: 'tw/bo-chinh-tri',
        name: 'Bộ Chính trị',
        orgKind: 'ban-thuong-vu',
        level: 'TW',
      },
    ],
  ],
  [
    S000,
    'VĂN PHÒNG TỈNH ỦY LẠNG SƠN',
    [
      {
        mention: 'VĂN PHÒNG TỈNH ỦY LẠNG SƠN',
        kind: 'organization',
        id: 'lang-son/van-phong-tinh-uy',
        name: 'Văn phòng Tỉnh ủy Lạng Sơn',
        orgKind: 'van-phong',
        level: 'tinh',
        jurisdiction: { province: 'lang-son' },
      },
    ],
  ],
  [
    S000,
    'Ban Chấp hành Trung ương Đảng',
    [
      {
        mention: 'Ban Chấp hành Trung ương Đảng',
        kind: 'organization',
        id: 'tw/ban-chap-hanh-trung-uong',
        name: 'Ban Chấp hành Trung ương Đảng',
        orgKind: 'cap-uy',
        level: 'TW',
      },
    ],
  ],
  [
    S000,
    'Các tỉnh uỷ, thành uỷ, ban đảng, ban cán sự đảng, đảng đoàn, đảng uỷ trực thuộc Trung ương',
    [
      {
        mention:
          'Các tỉnh uỷ, thành uỷ, ban đảng, ban cán sự đảng, đảng đoàn, đảng uỷ trực thuộc Trung ương',
        kind: 'group',
        id: 'group:tw/tinh-uy-thanh-uy-ban-dang-ban-can-su-dang-dang-doan-dang-uy-truc-thuoc-trung-uong',
        name: 'Các tỉnh ủy, thành ủy, ban đảng, ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc Trung ương',
      },
    ],
  ],
  [
    S000,
    'Các cấp uỷ, tổ chức đảng',
    [
      {
        mention: 'Các cấp uỷ, tổ chức đảng',
        kind: 'group',
        id: 'group:tw/cap-uy-to-chuc-dang',
        name: 'Các cấp ủy, tổ chức đảng',
      },
    ],
  ],
  [
    S000,
    'Ban Bí thư',
    [
      {
        mention: 'Ban Bí thư',
        kind: 'organization',
        id: 'tw/ban-bi-thu',
        name: 'Ban Bí thư Trung ương Đảng',
        orgKind: 'thuong-truc',
        level: 'TW',
      },
    ],
  ],
  [
    S000,
    'Ban Tuyên giáo Trung ương, các cơ quan liên quan',
    [
      {
        mention: 'Ban Tuyên giáo Trung ương',
        kind: 'organization',
        id: 'tw/ban-tuyen-giao',
        name: 'Ban Tuyên giáo Trung ương',
        orgKind: 'ban-dang',
        level: 'TW',
      },
      {
        mention: 'các cơ quan liên quan',
        kind: 'generic',
        id: null,
        name: 'các cơ quan liên quan',
      },
    ],
  ],
  [
    S000,
    'Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng, bí thư các tỉnh uỷ, thành uỷ, đảng đoàn, ban cán sự đảng, đảng uỷ trực thuộc Trung ương và lãnh đạo các cơ quan, đơn vị',
    [
      {
        mention: 'Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng',
        kind: 'role',
        id: 'role:uy-vien@tw/ban-chap-hanh-trung-uong',
        name: 'Ủy viên Ban Chấp hành Trung ương Đảng',
        level: 'TW',
      },
      {
        mention:
          'bí thư các tỉnh uỷ, thành uỷ, đảng đoàn, ban cán sự đảng, đảng uỷ trực thuộc Trung ương',
        kind: 'role',
        id: 'role:bi-thu@group:tw/tinh-uy-thanh-uy-dang-doan-ban-can-su-dang-dang-uy-truc-thuoc-trung-uong',
        name: 'Bí thư các tỉnh ủy, thành ủy, đảng đoàn, ban cán sự đảng, đảng ủy trực thuộc Trung ương',
      },
      {
        mention: 'lãnh đạo các cơ quan, đơn vị',
        kind: 'generic',
        id: null,
        name: 'lãnh đạo các cơ quan, đơn vị',
      },
    ],
  ],
  [
    S000,
    'Các cấp uỷ, tổ chức đảng, Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội',
    [
      {
        mention: 'Các cấp uỷ, tổ chức đảng',
        kind: 'group',
        id: 'group:tw/cap-uy-to-chuc-dang',
        name: 'Các cấp ủy, tổ chức đảng',
      },
      {
        mention: 'Mặt trận Tổ quốc Việt Nam',
        kind: 'organization',
        id: 'tw/mat-tran-to-quoc',
        name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
        orgKind: 'mat-tran',
        level: 'TW',
      },
      {
        mention: 'các tổ chức chính trị - xã hội',
        kind: 'group',
        id: 'group:tw/to-chuc-chinh-tri-xa-hoi',
        name: 'Các tổ chức chính trị - xã hội',
        level: 'TW',
      },
    ],
  ],
  [
    S000,
    'Đảng đoàn Quốc hội',
    [
      {
        mention: 'Đảng đoàn Quốc hội',
        kind: 'organization',
        id: 'tw/dang-doan-quoc-hoi',
        name: 'Đảng đoàn Quốc hội',
        orgKind: 'dang-doan',
        level: 'TW',
      },
    ],
  ],
  [
    S000,
    'Ban cán sự đảng Chính phủ',
    [
      {
        mention: 'Ban cán sự đảng Chính phủ',
        kind: 'organization',
        id: 'tw/ban-can-su-dang-chinh-phu',
        name: 'Ban cán sự đảng Chính phủ',
        orgKind: 'ban-can-su-dang',
        level: 'TW',
      },
    ],
  ],
  [
    S000,
    'Ban Tuyên giáo Trung ương',
    [
      {
        mention: 'Ban Tuyên giáo Trung ương',
        kind: 'organization',
        id: 'tw/ban-tuyen-giao',
        name: 'Ban Tuyên giáo Trung ương',
        orgKind: 'ban-dang',
        level: 'TW',
      },
    ],
  ],
  [
    S000,
    'Ban cán sự đảng Bộ Kế hoạch và Đầu tư, Liên minh Hợp tác xã Việt Nam và các cơ quan liên quan',
    [
      {
        mention: 'Ban cán sự đảng Bộ Kế hoạch và Đầu tư',
        kind: 'organization',
        id: 'tw/ban-can-su-dang-bo-ke-hoach-va-dau-tu',
        name: 'Ban cán sự đảng Bộ Kế hoạch và Đầu tư',
        orgKind: 'ban-can-su-dang',
        level: 'TW',
      },
      {
        mention: 'Liên minh Hợp tác xã Việt Nam',
        kind: 'organization',
        id: 'tw/lien-minh-htx',
        name: 'Liên minh Hợp tác xã Việt Nam',
        orgKind: 'to-chuc-kinh-te',
        level: 'TW',
      },
      {
        mention: 'các cơ quan liên quan',
        kind: 'generic',
        id: null,
        name: 'các cơ quan liên quan',
      },
    ],
  ],
  [
    S000,
    'Ban Kinh tế Trung ương, Hội đồng Lý luận Trung ương',
    [
      {
        mention: 'Ban Kinh tế Trung ương',
        kind: 'organization',
        id: 'tw/ban-kinh-te',
        name: 'Ban Kinh tế Trung ương',
        orgKind: 'ban-dang',
        level: 'TW',
      },
      {
        mention: 'Hội đồng Lý luận Trung ương',
        kind: 'organization',
        id: 'tw/hoi-dong-ly-luan',
        name: 'Hội đồng Lý luận Trung ương',
        orgKind: 'hoi-dong',
        level: 'TW',
      },
    ],
  ],
  [
    S000,
    'Ban cán sự đảng Bộ Thông tin và Truyền thông',
    [
      {
        mention: 'Ban cán sự đảng Bộ Thông tin và Truyền thông',
        kind: 'organization',
        id: 'tw/ban-can-su-dang-bo-thong-tin-va-truyen-thong',
        name: 'Ban cán sự đảng Bộ Thông tin và Truyền thông',
        orgKind: 'ban-can-su-dang',
        level: 'TW',
      },
    ],
  ],
  [
    S000,
    'Ban Nội chính Trung ương',
    [
      {
        mention: 'Ban Nội chính Trung ương',
        kind: 'organization',
        id: 'tw/ban-noi-chinh',
        name: 'Ban Nội chính Trung ương',
        orgKind: 'ban-dang',
        level: 'TW',
      },
    ],
  ],
  [
    S000,
    'Ban cán sự đảng Bộ Tư pháp',
    [
      {
        mention: 'Ban cán sự đảng Bộ Tư pháp',
        kind: 'organization',
        id: 'tw/ban-can-su-dang-bo-tu-phap',
        name: 'Ban cán sự đảng Bộ Tư pháp',
        orgKind: 'ban-can-su-dang',
        level: 'TW',
      },
    ],
  ],
  [
    S000,
    'Ủy ban Kiểm tra Trung ương',
    [
      {
        mention: 'Ủy ban Kiểm tra Trung ương',
        kind: 'organization',
        id: 'tw/uy-ban-kiem-tra',
        name: 'Ủy ban Kiểm tra Trung ương',
        orgKind: 'uy-ban-kiem-tra',
        level: 'TW',
      },
    ],
  ],
  [
    S000,
    'ủy ban kiểm tra các cấp',
    [
      {
        mention: 'ủy ban kiểm tra các cấp',
        kind: 'group',
        id: 'group:tw/uy-ban-kiem-tra-cac-cap',
        name: 'Các ủy ban kiểm tra các cấp',
      },
    ],
  ],
  [
    S000,
    'Hội đồng Lý luận Trung ương',
    [
      {
        mention: 'Hội đồng Lý luận Trung ương',
        kind: 'organization',
        id: 'tw/hoi-dong-ly-luan',
        name: 'Hội đồng Lý luận Trung ương',
        orgKind: 'hoi-dong',
        level: 'TW',
      },
    ],
  ],
  [
    S000,
    'Các ban đảng, đảng đoàn, ban cán sự đảng, các cơ quan, tổ chức có liên quan ở Trung ương',
    [
      {
        mention: 'Các ban đảng, đảng đoàn, ban cán sự đảng',
        kind: 'group',
        id: 'group:tw/ban-dang-dang-doan-ban-can-su-dang-o-trung-uong',
        name: 'Các ban đảng, đảng đoàn, ban cán sự đảng ở Trung ương',
        level: 'TW',
      },
      {
        mention: 'các cơ quan, tổ chức có liên quan ở Trung ương',
        kind: 'generic',
        id: null,
        name: 'các cơ quan, tổ chức có liên quan ở Trung ương',
      },
    ],
  ],
  [
    S000,
    'Đảng đoàn Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội, Liên minh hợp tác xã và Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    [
      {
        mention: 'Đảng đoàn Mặt trận Tổ quốc Việt Nam',
        kind: 'organization',
        id: 'tw/dang-doan-mat-tran-to-quoc',
        name: 'Đảng đoàn Mặt trận Tổ quốc Việt Nam',
        orgKind: 'dang-doan',
        level: 'TW',
      },
      {
        mention: 'các tổ chức chính trị - xã hội',
        kind: 'group',
        id: 'group:tw/to-chuc-chinh-tri-xa-hoi',
        name: 'Các tổ chức chính trị - xã hội',
        level: 'TW',
      },
      {
        mention: 'Liên minh hợp tác xã',
        kind: 'organization',
        id: 'tw/lien-minh-htx',
        name: 'Liên minh Hợp tác xã Việt Nam',
        orgKind: 'to-chuc-kinh-te',
        level: 'TW',
      },
      {
        mention: 'Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh',
        kind: 'organization',
        id: 'tw/doan-tncs/ban-bi-thu',
        name: 'Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh',
        orgKind: 'thuong-truc',
        level: 'TW',
      },
    ],
  ],
  [
    S000,
    'Hệ thống Liên minh Hợp tác xã',
    [
      {
        mention: 'Hệ thống Liên minh Hợp tác xã',
        kind: 'group',
        id: 'group:system/lien-minh-htx',
        name: 'Hệ thống Liên minh Hợp tác xã Việt Nam',
      },
    ],
  ],
  [
    S000,
    'Các tỉnh uỷ, thành uỷ, đảng uỷ trực thuộc Trung ương',
    [
      {
        mention: 'Các tỉnh uỷ, thành uỷ, đảng uỷ trực thuộc Trung ương',
        kind: 'group',
        id: 'group:tw/tinh-uy-thanh-uy-dang-uy-truc-thuoc-trung-uong',
        name: 'Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương',
      },
    ],
  ],
  [
    S000,
    'Bộ Chính trị, Ban Bí thư',
    [
      {
        mention: 'Bộ Chính trị',
        kind: 'organization',
        id: 'tw/bo-chinh-tri',
        name: 'Bộ Chính trị',
        orgKind: 'ban-thuong-vu',
        level: 'TW',
      },
      {
        mention: 'Ban Bí thư',
        kind: 'organization',
        id: 'tw/ban-bi-thu',
        name: 'Ban Bí thư Trung ương Đảng',
        orgKind: 'thuong-truc',
        level: 'TW',
      },
    ],
  ],
  [
    S000,
    'Các đồng chí bí thư tỉnh uỷ, thành uỷ, đảng đoàn, ban cán sự đảng, đảng uỷ trực thuộc Trung ương',
    [
      {
        mention:
          'Các đồng chí bí thư tỉnh uỷ, thành uỷ, đảng đoàn, ban cán sự đảng, đảng uỷ trực thuộc Trung ương',
        kind: 'role',
        id: 'role:bi-thu@group:tw/tinh-uy-thanh-uy-dang-doan-ban-can-su-dang-dang-uy-truc-thuoc-trung-uong',
        name: 'Bí thư các tỉnh ủy, thành ủy, đảng đoàn, ban cán sự đảng, đảng ủy trực thuộc Trung ương',
      },
    ],
  ],
  [
    S000,
    'Ban Kinh tế Trung ương',
    [
      {
        mention: 'Ban Kinh tế Trung ương',
        kind: 'organization',
        id: 'tw/ban-kinh-te',
        name: 'Ban Kinh tế Trung ương',
        orgKind: 'ban-dang',
        level: 'TW',
      },
    ],
  ],
  [
    S000,
    'các cơ quan, tổ chức có liên quan',
    [
      {
        mention: 'các cơ quan, tổ chức có liên quan',
        kind: 'generic',
        id: null,
        name: 'các cơ quan, tổ chức có liên quan',
      },
    ],
  ],
  [
    S000,
    '- Các tỉnh uỷ, thành uỷ,',
    [
      {
        mention: 'Các tỉnh uỷ, thành uỷ',
        kind: 'group',
        id: 'group:tw/tinh-uy-thanh-uy',
        name: 'Các tỉnh ủy, thành ủy',
        level: 'tinh',
      },
    ],
  ],
  [
    S000,
    '- Các ban đảng, ban cán sự đảng, đảng đoàn, đảng uỷ trực thuộc Trung ương,',
    [
      {
        mention: 'Các ban đảng, ban cán sự đảng, đảng đoàn, đảng uỷ trực thuộc Trung ương',
        kind: 'group',
        id: 'group:tw/ban-dang-ban-can-su-dang-dang-doan-dang-uy-truc-thuoc-trung-uong',
        name: 'Các ban đảng, ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc Trung ương',
        level: 'TW',
      },
    ],
  ],
  [
    S000,
    '- Các đảng uỷ đơn vị sự nghiệp Trung ương,',
    [
      {
        mention: 'Các đảng uỷ đơn vị sự nghiệp Trung ương',
        kind: 'group',
        id: 'group:tw/dang-uy-don-vi-su-nghiep-trung-uong',
        name: 'Các đảng ủy đơn vị sự nghiệp Trung ương',
        level: 'TW',
      },
    ],
  ],
  [
    S000,
    '- Ban Bí thư Trung ương',
    [
      {
        mention: 'Ban Bí thư Trung ương',
        kind: 'organization',
        id: 'tw/ban-bi-thu',
        name: 'Ban Bí thư Trung ương Đảng',
        orgKind: 'thuong-truc',
        level: 'TW',
      },
    ],
  ],
  [
    S000,
    '- Đoàn Thanh niên Cộng sản Hồ Chí Minh,',
    [
      {
        mention: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
        kind: 'organization',
        id: 'tw/doan-tncs',
        name: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
        orgKind: 'doan-the',
        level: 'TW',
      },
    ],
  ],
  [
    S000,
    'Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    [
      {
        mention: 'Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh',
        kind: 'organization',
        id: 'tw/doan-tncs/ban-bi-thu',
        name: 'Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh',
        orgKind: 'thuong-truc',
        level: 'TW',
      },
    ],
  ],
  [
    S000,
    '- Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng,',
    [
      {
        mention: 'Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng',
        kind: 'role',
        id: 'role:uy-vien@tw/ban-chap-hanh-trung-uong',
        name: 'Ủy viên Ban Chấp hành Trung ương Đảng',
        level: 'TW',
      },
    ],
  ],
  [
    S000,
    '- Lưu Văn phòng Trung ương Đảng.',
    [
      {
        mention: 'Lưu Văn phòng Trung ương Đảng',
        kind: 'organization',
        id: 'tw/van-phong',
        name: 'Văn phòng Trung ương Đảng',
        orgKind: 'van-phong',
        level: 'TW',
      },
    ],
  ],
  [
    S000_COPY,
    'TỈNH ỦY LẠNG SƠN',
    [
      {
        mention: 'TỈNH ỦY LẠNG SƠN',
        kind: 'organization',
        id: 'lang-son/tinh-uy',
        name: 'Tỉnh ủy Lạng Sơn',
        orgKind: 'cap-uy',
        level: 'tinh',
        jurisdiction: { province: 'lang-son' },
      },
    ],
  ],
  [
    S000_COPY,
    '- Các huyện uỷ, thành uỷ, đảng uỷ trực thuộc,',
    [
      {
        mention: 'Các huyện uỷ, thành uỷ, đảng uỷ trực thuộc',
        kind: 'group',
        id: 'group:lang-son/huyen-uy-thanh-uy-dang-uy-truc-thuoc',
        name: 'Các huyện ủy, thành ủy, đảng ủy trực thuộc (Lạng Sơn)',
        jurisdiction: { province: 'lang-son' },
      },
    ],
  ],
  [
    S000_COPY,
    '- Các ban đảng, đảng đoàn, ban cán sự đảng tỉnh,',
    [
      {
        mention: 'Các ban đảng, đảng đoàn, ban cán sự đảng tỉnh',
        kind: 'group',
        id: 'group:lang-son/ban-dang-dang-doan-ban-can-su-dang-tinh',
        name: 'Các ban đảng, đảng đoàn, ban cán sự đảng tỉnh (Lạng Sơn)',
        level: 'tinh',
        jurisdiction: { province: 'lang-son' },
      },
    ],
  ],
  [
    S000_COPY,
    '- Ban Thường vụ Tỉnh đoàn,',
    [
      {
        mention: 'Ban Thường vụ Tỉnh đoàn',
        kind: 'organization',
        id: 'lang-son/ban-thuong-vu-tinh-doan',
        name: 'Ban Thường vụ Tỉnh đoàn Lạng Sơn',
        orgKind: 'ban-thuong-vu',
        level: 'tinh',
        jurisdiction: { province: 'lang-son' },
      },
    ],
  ],
  [
    S000_COPY,
    '- Các đ/c Ủy viên BCH Đảng bộ tỉnh,',
    [
      {
        mention: 'Các đ/c Ủy viên BCH Đảng bộ tỉnh',
        kind: 'role',
        id: 'role:uy-vien@lang-son/tinh-uy',
        name: 'Ủy viên Tỉnh ủy Lạng Sơn',
        level: 'tinh',
        jurisdiction: { province: 'lang-son' },
      },
    ],
  ],
  [
    S000_COPY,
    '- Lưu Văn phòng Tỉnh uỷ.',
    [
      {
        mention: 'Lưu Văn phòng Tỉnh uỷ',
        kind: 'organization',
        id: 'lang-son/van-phong-tinh-uy',
        name: 'Văn phòng Tỉnh ủy Lạng Sơn',
        orgKind: 'van-phong',
        level: 'tinh',
        jurisdiction: { province: 'lang-son' },
      },
    ],
  ],
  [
    S000_COPY,
    'BAN THƯỜNG VỤ',
    [
      {
        mention: 'BAN THƯỜNG VỤ',
        kind: 'organization',
        id: 'lang-son/ban-thuong-vu-tinh-uy',
        name: 'Ban Thường vụ Tỉnh ủy Lạng Sơn',
        orgKind: 'ban-thuong-vu',
        level: 'tinh',
        jurisdiction: { province: 'lang-son' },
      },
    ],
  ],
  [
    S001,
    'Ban Thường vụ Tỉnh ủy',
    [
      {
        mention: 'Ban Thường vụ Tỉnh ủy',
        kind: 'organization',
        id: 'doc:001_655f8d64d6a8d424/ban-thuong-vu-tinh-uy',
        name: 'Ban Thường vụ Tỉnh ủy',
        orgKind: 'ban-thuong-vu',
        level: 'tinh',
      },
    ],
  ],
  [
    S001,
    'Bộ Chính trị',
    [
      {
        mention: 'Bộ Chính trị',
        kind: 'organization',
        id: 'tw/bo-chinh-tri',
        name: 'Bộ Chính trị',
        orgKind: 'ban-thuong-vu',
        level: 'TW',
      },
    ],
  ],
  [
    S001,
    'Ban Thường vụ Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh',
    [
      {
        mention: 'Ban Thường vụ Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh',
        kind: 'organization',
        id: 'doc:001_655f8d64d6a8d424/ban-thuong-vu-dang-uy-khoi',
        name: 'Ban Thường vụ Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh',
        orgKind: 'ban-thuong-vu',
        level: 'tinh',
      },
    ],
  ],
  [
    S001,
    'cấp ủy cơ sở',
    [
      {
        mention: 'cấp ủy cơ sở',
        kind: 'group',
        id: 'group:doc:001_655f8d64d6a8d424/cap-uy-co-so',
        name: 'Các cấp ủy cơ sở',
        level: 'xa',
      },
    ],
  ],
  [
    S001,
    'thủ trưởng cơ quan, đơn vị, lãnh đạo doanh nghiệp có liên quan',
    [
      {
        mention: 'thủ trưởng cơ quan, đơn vị',
        kind: 'generic',
        id: null,
        name: 'thủ trưởng cơ quan, đơn vị',
      },
      {
        mention: 'lãnh đạo doanh nghiệp có liên quan',
        kind: 'generic',
        id: null,
        name: 'lãnh đạo doanh nghiệp có liên quan',
      },
    ],
  ],
  [
    S001,
    'Liên minh Hợp tác xã tinh',
    [
      {
        mention: 'Liên minh Hợp tác xã tinh',
        kind: 'organization',
        id: 'doc:001_655f8d64d6a8d424/lien-minh-htx',
        name: 'Liên minh Hợp tác xã tỉnh',
        orgKind: 'to-chuc-kinh-te',
        level: 'tinh',
      },
    ],
  ],
  [
    S001,
    'các cơ quan có liên quan',
    [
      {
        mention: 'các cơ quan có liên quan',
        kind: 'generic',
        id: null,
        name: 'các cơ quan có liên quan',
      },
    ],
  ],
  [
    S001,
    'Các đoàn thể',
    [
      {
        mention: 'Các đoàn thể',
        kind: 'group',
        id: 'group:doc:001_655f8d64d6a8d424/doan-the',
        name: 'Các đoàn thể',
        level: 'tinh',
      },
    ],
  ],
  [
    S001,
    'Các chi ủy, đảng ủy cơ sở',
    [
      {
        mention: 'Các chi ủy, đảng ủy cơ sở',
        kind: 'group',
        id: 'group:doc:001_655f8d64d6a8d424/chi-uy-dang-uy-co-so',
        name: 'Các chi ủy, đảng ủy cơ sở',
        level: 'xa',
      },
    ],
  ],
  [
    S001,
    'Ban Thường vụ Đoàn Khối, Công đoàn Viên chức, Công đoàn các Khu công nghiệp',
    [
      {
        mention: 'Ban Thường vụ Đoàn Khối',
        kind: 'organization',
        id: 'doc:001_655f8d64d6a8d424/ban-thuong-vu-doan-khoi',
        name: 'Ban Thường vụ Đoàn Khối Cơ quan - Doanh nghiệp tỉnh',
        orgKind: 'ban-thuong-vu',
        level: 'tinh',
      },
      {
        mention: 'Công đoàn Viên chức',
        kind: 'organization',
        id: 'doc:001_655f8d64d6a8d424/cong-doan-vien-chuc',
        name: 'Công đoàn Viên chức tỉnh',
        orgKind: 'doan-the',
        level: 'tinh',
      },
      {
        mention: 'Công đoàn các Khu công nghiệp',
        kind: 'organization',
        id: 'doc:001_655f8d64d6a8d424/cong-doan-khu-cong-nghiep',
        name: 'Công đoàn các Khu công nghiệp tỉnh',
        orgKind: 'doan-the',
        level: 'tinh',
      },
    ],
  ],
  [
    S001,
    'Ban Tuyên giáo Đảng ủy Khối',
    [
      {
        mention: 'Ban Tuyên giáo Đảng ủy Khối',
        kind: 'organization',
        id: 'doc:001_655f8d64d6a8d424/ban-tuyen-giao-dang-uy-khoi',
        name: 'Ban Tuyên giáo Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh',
        orgKind: 'ban-dang',
        level: 'tinh',
      },
    ],
  ],
  [
    S001,
    'Ban Thường vụ Đảng ủy Khối',
    [
      {
        mention: 'Ban Thường vụ Đảng ủy Khối',
        kind: 'organization',
        id: 'doc:001_655f8d64d6a8d424/ban-thuong-vu-dang-uy-khoi',
        name: 'Ban Thường vụ Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh',
        orgKind: 'ban-thuong-vu',
        level: 'tinh',
      },
    ],
  ],
  [
    S001,
    '- Thường trực Tỉnh ủy (báo cáo),',
    [
      {
        mention: 'Thường trực Tỉnh ủy',
        kind: 'organization',
        id: 'doc:001_655f8d64d6a8d424/thuong-truc-tinh-uy',
        name: 'Thường trực Tỉnh ủy',
        orgKind: 'thuong-truc',
        level: 'tinh',
      },
    ],
  ],
  [
    S001,
    '- Đ/c Trần Ngọc Tam, Phó Bí thư Tỉnh ủy (báo cáo),',
    [
      {
        mention: 'Đ/c Trần Ngọc Tam, Phó Bí thư Tỉnh ủy',
        kind: 'person',
        id: 'person:tran-ngoc-tam@doc:001_655f8d64d6a8d424/tinh-uy',
        name: 'Trần Ngọc Tam',
        level: 'tinh',
      },
    ],
  ],
  [
    S001,
    '- Ban Tuyên giáo Tỉnh ủy (báo cáo),',
    [
      {
        mention: 'Ban Tuyên giáo Tỉnh ủy',
        kind: 'organization',
        id: 'doc:001_655f8d64d6a8d424/ban-tuyen-giao-tinh-uy',
        name: 'Ban Tuyên giáo Tỉnh ủy',
        orgKind: 'ban-dang',
        level: 'tinh',
      },
    ],
  ],
  [
    S001,
    '- Các đồng chí UVBCH Đảng bộ Khối,',
    [
      {
        mention: 'Các đồng chí UVBCH Đảng bộ Khối',
        kind: 'role',
        id: 'role:uy-vien@doc:001_655f8d64d6a8d424/dang-uy-khoi',
        name: 'Ủy viên Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh',
        level: 'tinh',
      },
    ],
  ],
  [
    S001,
    '- BTV Đoàn Khối,',
    [
      {
        mention: 'BTV Đoàn Khối',
        kind: 'organization',
        id: 'doc:001_655f8d64d6a8d424/ban-thuong-vu-doan-khoi',
        name: 'Ban Thường vụ Đoàn Khối Cơ quan - Doanh nghiệp tỉnh',
        orgKind: 'ban-thuong-vu',
        level: 'tinh',
      },
    ],
  ],
  [
    S001,
    '- BTV Công đoàn Viên chức,',
    [
      {
        mention: 'BTV Công đoàn Viên chức',
        kind: 'organization',
        id: 'doc:001_655f8d64d6a8d424/ban-thuong-vu-cong-doan-vien-chuc',
        name: 'Ban Thường vụ Công đoàn Viên chức tỉnh',
        orgKind: 'ban-thuong-vu',
        level: 'tinh',
      },
    ],
  ],
  [
    S001,
    '- BTV Công đoàn Các khu công nghiệp,',
    [
      {
        mention: 'BTV Công đoàn Các khu công nghiệp',
        kind: 'organization',
        id: 'doc:001_655f8d64d6a8d424/ban-thuong-vu-cong-doan-khu-cong-nghiep',
        name: 'Ban Thường vụ Công đoàn các Khu công nghiệp tỉnh',
        orgKind: 'ban-thuong-vu',
        level: 'tinh',
      },
    ],
  ],
  [
    S001,
    '- Các chi, đảng bộ cơ sở,',
    [
      {
        mention: 'Các chi, đảng bộ cơ sở',
        kind: 'group',
        id: 'group:doc:001_655f8d64d6a8d424/chi-dang-bo-co-so',
        name: 'Các chi, đảng bộ cơ sở',
        level: 'xa',
      },
    ],
  ],
  [
    S001,
    '- Đăng website,',
    [{ mention: 'Đăng website', kind: 'publication', id: 'publication:website', name: 'Website' }],
  ],
  [
    S001,
    '- Lưu VP,BTG Đảng ủy Khối.',
    [
      {
        mention: 'Lưu VP',
        kind: 'organization',
        id: 'doc:001_655f8d64d6a8d424/van-phong-dang-uy-khoi',
        name: 'Văn phòng Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh',
        orgKind: 'van-phong',
        level: 'tinh',
      },
      {
        mention: 'BTG Đảng ủy Khối',
        kind: 'organization',
        id: 'doc:001_655f8d64d6a8d424/ban-tuyen-giao-dang-uy-khoi',
        name: 'Ban Tuyên giáo Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh',
        orgKind: 'ban-dang',
        level: 'tinh',
      },
    ],
  ],
  [
    S002,
    'CỦA BAN THƯỜNG VỤ TỈNH ỦY',
    [
      {
        mention: 'CỦA BAN THƯỜNG VỤ TỈNH ỦY',
        kind: 'unresolved',
        id: null,
        name: 'CỦA BAN THƯỜNG VỤ TỈNH ỦY',
      },
    ],
  ],
  [
    S002,
    'Ban Chấp hành Trung ương Đảng',
    [
      {
        mention: 'Ban Chấp hành Trung ương Đảng',
        kind: 'organization',
        id: 'tw/ban-chap-hanh-trung-uong',
        name: 'Ban Chấp hành Trung ương Đảng',
        orgKind: 'cap-uy',
        level: 'TW',
      },
    ],
  ],
  [
    S002,
    'Ban Chỉ đạo Phát triển kinh tế tập thể tỉnh',
    [
      {
        mention: 'Ban Chỉ đạo Phát triển kinh tế tập thể tỉnh',
        kind: 'organization',
        id: 'doc:002_af1c1f30eff17f08/ban-chi-dao-kinh-te-tap-the',
        name: 'Ban Chỉ đạo Phát triển kinh tế tập thể tỉnh',
        orgKind: 'ban-chi-dao',
        level: 'tinh',
      },
    ],
  ],
  [
    S002,
    'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và tổ chức chính trị - xã hội, xã hội - nghề nghiệp',
    [
      {
        mention: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
        kind: 'organization',
        id: 'doc:002_af1c1f30eff17f08/uy-ban-mttq-tinh',
        name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
        orgKind: 'mat-tran',
        level: 'tinh',
      },
      {
        mention: 'tổ chức chính trị - xã hội, xã hội - nghề nghiệp',
        kind: 'group',
        id: 'group:doc:002_af1c1f30eff17f08/to-chuc-chinh-tri-xa-hoi-xa-hoi-nghe-nghiep',
        name: 'Các tổ chức chính trị - xã hội, xã hội - nghề nghiệp',
        level: 'tinh',
      },
    ],
  ],
  [
    S002,
    'Liên minh Hợp tác xã tỉnh',
    [
      {
        mention: 'Liên minh Hợp tác xã tỉnh',
        kind: 'organization',
        id: 'doc:002_af1c1f30eff17f08/lien-minh-htx',
        name: 'Liên minh Hợp tác xã tỉnh',
        orgKind: 'to-chuc-kinh-te',
        level: 'tinh',
      },
    ],
  ],
  [
    S002,
    'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy',
    [
      {
        mention: 'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy',
        kind: 'group',
        id: 'group:doc:002_af1c1f30eff17f08/huyen-uy-thi-uy-thanh-uy-dang-uy-truc-thuoc-tinh-uy',
        name: 'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy',
      },
    ],
  ],
  [
    S002,
    'Ban cán sự đảng Ủy ban nhân dân tỉnh',
    [
      {
        mention: 'Ban cán sự đảng Ủy ban nhân dân tỉnh',
        kind: 'organization',
        id: 'doc:002_af1c1f30eff17f08/ban-can-su-dang-ubnd-tinh',
        name: 'Ban cán sự đảng Ủy ban nhân dân tỉnh',
        orgKind: 'ban-can-su-dang',
        level: 'tinh',
      },
    ],
  ],
  [
    S002,
    'Ủy ban nhân dân tỉnh',
    [
      {
        mention: 'Ủy ban nhân dân tỉnh',
        kind: 'organization',
        id: 'doc:002_af1c1f30eff17f08/ubnd-tinh',
        name: 'Ủy ban nhân dân tỉnh',
        orgKind: 'chinh-quyen',
        level: 'tinh',
      },
    ],
  ],
  [
    S002,
    'Mặt trận và các tổ chức chính trị - xã hội cấp tỉnh',
    [
      {
        mention: 'Mặt trận',
        kind: 'organization',
        id: 'doc:002_af1c1f30eff17f08/uy-ban-mttq-tinh',
        name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
        orgKind: 'mat-tran',
        level: 'tinh',
      },
      {
        mention: 'các tổ chức chính trị - xã hội cấp tỉnh',
        kind: 'group',
        id: 'group:doc:002_af1c1f30eff17f08/to-chuc-chinh-tri-xa-hoi-cap-tinh',
        name: 'Các tổ chức chính trị - xã hội cấp tỉnh',
        level: 'tinh',
      },
    ],
  ],
  [
    S002,
    'Ban Tuyên giáo Tỉnh ủy, Ban Dân vận Tỉnh ủy',
    [
      {
        mention: 'Ban Tuyên giáo Tỉnh ủy',
        kind: 'organization',
        id: 'doc:002_af1c1f30eff17f08/ban-tuyen-giao-tinh-uy',
        name: 'Ban Tuyên giáo Tỉnh ủy',
        orgKind: 'ban-dang',
        level: 'tinh',
      },
      {
        mention: 'Ban Dân vận Tỉnh ủy',
        kind: 'organization',
        id: 'doc:002_af1c1f30eff17f08/ban-dan-van-tinh-uy',
        name: 'Ban Dân vận Tỉnh ủy',
        orgKind: 'ban-dang',
        level: 'tinh',
      },
    ],
  ],
  [
    S002,
    'các cơ quan liên quan',
    [
      {
        mention: 'các cơ quan liên quan',
        kind: 'generic',
        id: null,
        name: 'các cơ quan liên quan',
      },
    ],
  ],
  [
    S002,
    'các ban Tỉnh ủy',
    [
      {
        mention: 'các ban Tỉnh ủy',
        kind: 'group',
        id: 'group:doc:002_af1c1f30eff17f08/ban-tinh-uy',
        name: 'Các ban Tỉnh ủy',
        level: 'tinh',
      },
    ],
  ],
  [
    S002,
    'Ban Thường vụ Tỉnh ủy',
    [
      {
        mention: 'Ban Thường vụ Tỉnh ủy',
        kind: 'organization',
        id: 'doc:002_af1c1f30eff17f08/ban-thuong-vu-tinh-uy',
        name: 'Ban Thường vụ Tỉnh ủy',
        orgKind: 'ban-thuong-vu',
        level: 'tinh',
      },
    ],
  ],
  [
    S002,
    '- Ban Bí thư Trung ương Đảng,',
    [
      {
        mention: 'Ban Bí thư Trung ương Đảng',
        kind: 'organization',
        id: 'tw/ban-bi-thu',
        name: 'Ban Bí thư Trung ương Đảng',
        orgKind: 'thuong-truc',
        level: 'TW',
      },
    ],
  ],
  [
    S002,
    '  - Ban Kinh tế Trung ương,',
    [
      {
        mention: 'Ban Kinh tế Trung ương',
        kind: 'organization',
        id: 'tw/ban-kinh-te',
        name: 'Ban Kinh tế Trung ương',
        orgKind: 'ban-dang',
        level: 'TW',
      },
    ],
  ],
  [
    S002,
    '  - Văn phòng Trung ương Đảng,',
    [
      {
        mention: 'Văn phòng Trung ương Đảng',
        kind: 'organization',
        id: 'tw/van-phong',
        name: 'Văn phòng Trung ương Đảng',
        orgKind: 'van-phong',
        level: 'TW',
      },
    ],
  ],
  [
    S002,
    '  - Vụ Địa phương I, Vụ Tổng hợp,',
    [
      {
        mention: 'Vụ Địa phương I',
        kind: 'organization',
        id: 'tw/van-phong/vu-dia-phuong-i',
        name: 'Vụ Địa phương I, Văn phòng Trung ương Đảng',
        orgKind: 'other',
        level: 'TW',
      },
      {
        mention: 'Vụ Tổng hợp',
        kind: 'organization',
        id: 'tw/van-phong/vu-tong-hop',
        name: 'Vụ Tổng hợp, Văn phòng Trung ương Đảng',
        orgKind: 'other',
        level: 'TW',
      },
    ],
  ],
  [
    S002,
    '  - Các đảng đoàn, ban cán sự đảng,',
    [
      {
        mention: 'Các đảng đoàn, ban cán sự đảng',
        kind: 'group',
        id: 'group:doc:002_af1c1f30eff17f08/dang-doan-ban-can-su-dang',
        name: 'Các đảng đoàn, ban cán sự đảng',
        level: 'tinh',
      },
    ],
  ],
  [
    S002,
    '  - Các ban, UBKT Tỉnh ủy, VPTU,',
    [
      {
        mention: 'Các ban',
        kind: 'group',
        id: 'group:doc:002_af1c1f30eff17f08/ban-tinh-uy',
        name: 'Các ban Tỉnh ủy',
        level: 'tinh',
      },
      {
        mention: 'UBKT Tỉnh ủy',
        kind: 'organization',
        id: 'doc:002_af1c1f30eff17f08/uy-ban-kiem-tra-tinh-uy',
        name: 'Ủy ban Kiểm tra Tỉnh ủy',
        orgKind: 'uy-ban-kiem-tra',
        level: 'tinh',
      },
      {
        mention: 'VPTU',
        kind: 'organization',
        id: 'doc:002_af1c1f30eff17f08/van-phong-tinh-uy',
        name: 'Văn phòng Tỉnh ủy',
        orgKind: 'van-phong',
        level: 'tinh',
      },
    ],
  ],
  [
    S002,
    '  - Các sở, ban, ngành, Mặt trận, tổ chức chính trị - xã hội cấp tỉnh,',
    [
      {
        mention: 'Các sở, ban, ngành',
        kind: 'group',
        id: 'group:doc:002_af1c1f30eff17f08/so-ban-nganh',
        name: 'Các sở, ban, ngành',
        level: 'tinh',
      },
      {
        mention: 'Mặt trận',
        kind: 'organization',
        id: 'doc:002_af1c1f30eff17f08/uy-ban-mttq-tinh',
        name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
        orgKind: 'mat-tran',
        level: 'tinh',
      },
      {
        mention: 'tổ chức chính trị - xã hội cấp tỉnh',
        kind: 'group',
        id: 'group:doc:002_af1c1f30eff17f08/to-chuc-chinh-tri-xa-hoi-cap-tinh',
        name: 'Các tổ chức chính trị - xã hội cấp tỉnh',
        level: 'tinh',
      },
    ],
  ],
  [
    S002,
    '  - Các huyện, thị, thành ủy, đảng ủy trực thuộc Tỉnh ủy,',
    [
      {
        mention: 'Các huyện, thị, thành ủy, đảng ủy trực thuộc Tỉnh ủy',
        kind: 'group',
        id: 'group:doc:002_af1c1f30eff17f08/huyen-uy-thi-uy-thanh-uy-dang-uy-truc-thuoc-tinh-uy',
        name: 'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy',
      },
    ],
  ],
  [
    S002,
    '  - Các đồng chí Tỉnh ủy viên,',
    [
      {
        mention: 'Các đồng chí Tỉnh ủy viên',
        kind: 'role',
        id: 'role:uy-vien@doc:002_af1c1f30eff17f08/tinh-uy',
        name: 'Ủy viên Tỉnh ủy',
        level: 'tinh',
      },
    ],
  ],
  [
    S002,
    '  - Lưu VPTU.',
    [
      {
        mention: 'Lưu VPTU',
        kind: 'organization',
        id: 'doc:002_af1c1f30eff17f08/van-phong-tinh-uy',
        name: 'Văn phòng Tỉnh ủy',
        orgKind: 'van-phong',
        level: 'tinh',
      },
    ],
  ],
  [
    S003,
    'Ban Chấp hành Đảng bộ tỉnh',
    [
      {
        mention: 'Ban Chấp hành Đảng bộ tỉnh',
        kind: 'organization',
        id: 'quang-tri/tinh-uy',
        name: 'Tỉnh ủy Quảng Trị',
        orgKind: 'cap-uy',
        level: 'tinh',
        jurisdiction: { province: 'quang-tri' },
      },
    ],
  ],
  [
    S003,
    'Ban Thường vụ Huyện ủy Vĩnh Linh',
    [
      {
        mention: 'Ban Thường vụ Huyện ủy Vĩnh Linh',
        kind: 'organization',
        id: 'quang-tri/vinh-linh/ban-thuong-vu-huyen-uy',
        name: 'Ban Thường vụ Huyện ủy Vĩnh Linh',
        orgKind: 'ban-thuong-vu',
        level: 'huyen',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
    ],
  ],
  [
    S003,
    'Ủy ban Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội, Chi nhánh Liên minh hợp tác xã huyện và các tổ chức đại diện',
    [
      {
        mention: 'Ủy ban Mặt trận Tổ quốc Việt Nam',
        kind: 'organization',
        id: 'quang-tri/vinh-linh/uy-ban-mttq-huyen',
        name: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện Vĩnh Linh',
        orgKind: 'mat-tran',
        level: 'huyen',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
      {
        mention: 'các tổ chức chính trị - xã hội',
        kind: 'group',
        id: 'group:quang-tri/vinh-linh/to-chuc-chinh-tri-xa-hoi',
        name: 'Các tổ chức chính trị - xã hội (Vĩnh Linh)',
        level: 'huyen',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
      {
        mention: 'Chi nhánh Liên minh hợp tác xã huyện',
        kind: 'organization',
        id: 'quang-tri/vinh-linh/chi-nhanh-lien-minh-htx',
        name: 'Chi nhánh Liên minh Hợp tác xã huyện Vĩnh Linh',
        orgKind: 'to-chuc-kinh-te',
        level: 'huyen',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
      { mention: 'các tổ chức đại diện', kind: 'generic', id: null, name: 'các tổ chức đại diện' },
    ],
  ],
  [
    S003,
    'Các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội',
    [
      {
        mention: 'Các cấp ủy, tổ chức đảng, chính quyền',
        kind: 'group',
        id: 'group:quang-tri/vinh-linh/cap-uy-to-chuc-dang-chinh-quyen',
        name: 'Các cấp ủy, tổ chức đảng, chính quyền (Vĩnh Linh)',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
      {
        mention: 'Mặt trận Tổ quốc',
        kind: 'organization',
        id: 'quang-tri/vinh-linh/uy-ban-mttq-huyen',
        name: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện Vĩnh Linh',
        orgKind: 'mat-tran',
        level: 'huyen',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
      {
        mention: 'các tổ chức chính trị - xã hội',
        kind: 'group',
        id: 'group:quang-tri/vinh-linh/to-chuc-chinh-tri-xa-hoi',
        name: 'Các tổ chức chính trị - xã hội (Vĩnh Linh)',
        level: 'huyen',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
    ],
  ],
  [
    S003,
    'Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội, xã hội - nghề nghiệp',
    [
      {
        mention: 'Mặt trận Tổ quốc Việt Nam huyện',
        kind: 'organization',
        id: 'quang-tri/vinh-linh/uy-ban-mttq-huyen',
        name: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện Vĩnh Linh',
        orgKind: 'mat-tran',
        level: 'huyen',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
      {
        mention: 'các tổ chức chính trị - xã hội, xã hội - nghề nghiệp',
        kind: 'group',
        id: 'group:quang-tri/vinh-linh/to-chuc-chinh-tri-xa-hoi-xa-hoi-nghe-nghiep',
        name: 'Các tổ chức chính trị - xã hội, xã hội - nghề nghiệp (Vĩnh Linh)',
        level: 'huyen',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
    ],
  ],
  [
    S003,
    'Liên minh Hợp tác xã tỉnh',
    [
      {
        mention: 'Liên minh Hợp tác xã tỉnh',
        kind: 'organization',
        id: 'quang-tri/lien-minh-htx',
        name: 'Liên minh Hợp tác xã tỉnh Quảng Trị',
        orgKind: 'to-chuc-kinh-te',
        level: 'tinh',
        jurisdiction: { province: 'quang-tri' },
      },
    ],
  ],
  [
    S003,
    'Các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc, đoàn thể chính trị - xã hội, các cơ quan, ban, ngành từ huyện đến cơ sở',
    [
      {
        mention: 'Các cấp ủy, tổ chức đảng, chính quyền',
        kind: 'group',
        id: 'group:quang-tri/vinh-linh/cap-uy-to-chuc-dang-chinh-quyen',
        name: 'Các cấp ủy, tổ chức đảng, chính quyền (Vĩnh Linh)',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
      {
        mention: 'Mặt trận Tổ quốc',
        kind: 'organization',
        id: 'quang-tri/vinh-linh/uy-ban-mttq-huyen',
        name: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện Vĩnh Linh',
        orgKind: 'mat-tran',
        level: 'huyen',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
      {
        mention: 'đoàn thể chính trị - xã hội',
        kind: 'group',
        id: 'group:quang-tri/vinh-linh/doan-the-chinh-tri-xa-hoi-tu-huyen-den-co-so',
        name: 'Các đoàn thể chính trị - xã hội từ huyện đến cơ sở (Vĩnh Linh)',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
      {
        mention: 'các cơ quan, ban, ngành từ huyện đến cơ sở',
        kind: 'group',
        id: 'group:quang-tri/vinh-linh/co-quan-ban-nganh-tu-huyen-den-co-so',
        name: 'Các cơ quan, ban, ngành từ huyện đến cơ sở (Vĩnh Linh)',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
    ],
  ],
  [
    S003,
    'Các ban, ngành, Mặt trận Tổ quốc, đoàn thể chính trị - xã hội, các tổ chức cơ sở Đảng',
    [
      {
        mention: 'Các ban, ngành',
        kind: 'group',
        id: 'group:quang-tri/vinh-linh/ban-nganh',
        name: 'Các ban, ngành (Vĩnh Linh)',
        level: 'huyen',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
      {
        mention: 'Mặt trận Tổ quốc',
        kind: 'organization',
        id: 'quang-tri/vinh-linh/uy-ban-mttq-huyen',
        name: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện Vĩnh Linh',
        orgKind: 'mat-tran',
        level: 'huyen',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
      {
        mention: 'đoàn thể chính trị - xã hội',
        kind: 'group',
        id: 'group:quang-tri/vinh-linh/doan-the-chinh-tri-xa-hoi',
        name: 'Các đoàn thể chính trị - xã hội (Vĩnh Linh)',
        level: 'huyen',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
      {
        mention: 'các tổ chức cơ sở Đảng',
        kind: 'group',
        id: 'group:quang-tri/vinh-linh/to-chuc-co-so-dang',
        name: 'Các tổ chức cơ sở Đảng (Vĩnh Linh)',
        level: 'xa',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
    ],
  ],
  [
    S003,
    'Các đồng chí Ủy viên Ban Thường vụ Huyện ủy, Huyện ủy viên, Bí thư cấp ủy',
    [
      {
        mention: 'Các đồng chí Ủy viên Ban Thường vụ Huyện ủy',
        kind: 'role',
        id: 'role:uy-vien@quang-tri/vinh-linh/ban-thuong-vu-huyen-uy',
        name: 'Ủy viên Ban Thường vụ Huyện ủy Vĩnh Linh',
        level: 'huyen',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
      {
        mention: 'Huyện ủy viên',
        kind: 'role',
        id: 'role:uy-vien@quang-tri/vinh-linh/huyen-uy',
        name: 'Ủy viên Huyện ủy Vĩnh Linh',
        level: 'huyen',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
      {
        mention: 'Bí thư cấp ủy',
        kind: 'role',
        id: 'role:bi-thu@group:quang-tri/vinh-linh/cap-uy',
        name: 'Bí thư các cấp ủy (Vĩnh Linh)',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
    ],
  ],
  [
    S003,
    'UBND huyện, các cơ quan chuyên trách tham mưu, giúp việc Huyện ủy',
    [
      {
        mention: 'UBND huyện',
        kind: 'organization',
        id: 'quang-tri/vinh-linh/ubnd-huyen',
        name: 'Ủy ban nhân dân huyện Vĩnh Linh',
        orgKind: 'chinh-quyen',
        level: 'huyen',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
      {
        mention: 'các cơ quan chuyên trách tham mưu, giúp việc Huyện ủy',
        kind: 'group',
        id: 'group:quang-tri/vinh-linh/co-quan-chuyen-trach-tham-muu-giup-viec-huyen-uy',
        name: 'Các cơ quan chuyên trách tham mưu, giúp việc Huyện ủy (Vĩnh Linh)',
        level: 'huyen',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
    ],
  ],
  [
    S003,
    'Ban Thường vụ Huyện ủy',
    [
      {
        mention: 'Ban Thường vụ Huyện ủy',
        kind: 'organization',
        id: 'quang-tri/vinh-linh/ban-thuong-vu-huyen-uy',
        name: 'Ban Thường vụ Huyện ủy Vĩnh Linh',
        orgKind: 'ban-thuong-vu',
        level: 'huyen',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
    ],
  ],
  [
    S003,
    '- Ban Thường vụ Tỉnh ủy (b/c),',
    [
      {
        mention: 'Ban Thường vụ Tỉnh ủy',
        kind: 'organization',
        id: 'quang-tri/ban-thuong-vu-tinh-uy',
        name: 'Ban Thường vụ Tỉnh ủy Quảng Trị',
        orgKind: 'ban-thuong-vu',
        level: 'tinh',
        jurisdiction: { province: 'quang-tri' },
      },
    ],
  ],
  [
    S003,
    '- Sở NN&PTNT,',
    [
      {
        mention: 'Sở NN&PTNT',
        kind: 'organization',
        id: 'quang-tri/so-nong-nghiep-ptnt',
        name: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Trị',
        orgKind: 'so-nganh',
        level: 'tinh',
        jurisdiction: { province: 'quang-tri' },
      },
    ],
  ],
  [
    S003,
    '- BTV Huyện ủy, TT HĐND, UBND, UBMT huyện,',
    [
      {
        mention: 'BTV Huyện ủy',
        kind: 'organization',
        id: 'quang-tri/vinh-linh/ban-thuong-vu-huyen-uy',
        name: 'Ban Thường vụ Huyện ủy Vĩnh Linh',
        orgKind: 'ban-thuong-vu',
        level: 'huyen',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
      {
        mention: 'TT HĐND',
        kind: 'organization',
        id: 'quang-tri/vinh-linh/thuong-truc-hdnd-huyen',
        name: 'Thường trực Hội đồng nhân dân huyện Vĩnh Linh',
        orgKind: 'thuong-truc',
        level: 'huyen',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
      {
        mention: 'UBND',
        kind: 'organization',
        id: 'quang-tri/vinh-linh/ubnd-huyen',
        name: 'Ủy ban nhân dân huyện Vĩnh Linh',
        orgKind: 'chinh-quyen',
        level: 'huyen',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
      {
        mention: 'UBMT huyện',
        kind: 'organization',
        id: 'quang-tri/vinh-linh/uy-ban-mttq-huyen',
        name: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện Vĩnh Linh',
        orgKind: 'mat-tran',
        level: 'huyen',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
    ],
  ],
  [
    S003,
    '- Các phòng, ban, ngành, đoàn thể và tương đương,',
    [
      {
        mention: 'Các phòng, ban, ngành, đoàn thể và tương đương',
        kind: 'group',
        id: 'group:quang-tri/vinh-linh/phong-ban-nganh-doan-the-tuong-duong',
        name: 'Các phòng, ban, ngành, đoàn thể, tương đương (Vĩnh Linh)',
        level: 'huyen',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
    ],
  ],
  [
    S003,
    '- Các tổ chức cơ sở Đảng,',
    [
      {
        mention: 'Các tổ chức cơ sở Đảng',
        kind: 'group',
        id: 'group:quang-tri/vinh-linh/to-chuc-co-so-dang',
        name: 'Các tổ chức cơ sở Đảng (Vĩnh Linh)',
        level: 'xa',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
    ],
  ],
  [
    S003,
    '- Đồng chí UVTV Tỉnh ủy phụ trách Đảng bộ huyện,',
    [
      {
        mention: 'Đồng chí UVTV Tỉnh ủy phụ trách Đảng bộ huyện',
        kind: 'role',
        id: 'role:uy-vien-phu-trach-dang-bo-huyen@quang-tri/ban-thuong-vu-tinh-uy',
        name: 'Ủy viên Ban Thường vụ Tỉnh ủy Quảng Trị phụ trách Đảng bộ huyện',
        level: 'tinh',
        jurisdiction: { province: 'quang-tri' },
      },
    ],
  ],
  [
    S003,
    '- Các đồng chí Huyện ủy viên,',
    [
      {
        mention: 'Các đồng chí Huyện ủy viên',
        kind: 'role',
        id: 'role:uy-vien@quang-tri/vinh-linh/huyen-uy',
        name: 'Ủy viên Huyện ủy Vĩnh Linh',
        level: 'huyen',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
    ],
  ],
  [
    S003,
    '- Lưu Văn phòng Huyện ủy.',
    [
      {
        mention: 'Lưu Văn phòng Huyện ủy',
        kind: 'organization',
        id: 'quang-tri/vinh-linh/van-phong-huyen-uy',
        name: 'Văn phòng Huyện ủy Vĩnh Linh',
        orgKind: 'van-phong',
        level: 'huyen',
        jurisdiction: { province: 'quang-tri', district: 'vinh-linh' },
      },
    ],
  ],
];

describe('every actor and recipient mention of the seeds', () => {
  it.each(TABLE.map(([ctx, line, expected]) => [ctx.documentKey, line, ctx, expected] as const))(
    '%s: %s',
    (_key, line, ctx, expected) => {
      const actual = splitMentions(line, 0, registry).map((part) => {
        const r = resolve(part.expanded, ctx);
        const row: Expected = { mention: part.mention, kind: r.kind, id: r.id, name: r.name };
        if (r.orgKind) row.orgKind = r.orgKind;
        if (r.level) row.level = r.level;
        if (r.jurisdiction) row.jurisdiction = r.jurisdiction;
        return row;
      });
      expect(actual).toEqual(expected);
    },
  );
});
