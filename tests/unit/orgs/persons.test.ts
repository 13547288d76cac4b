import { describe, expect, it } from 'vitest';
import {
  createResolver,
  identifyPerson,
  loadRegistry,
  type ResolveContext,
} from '../../../src/orgs/index.ts';

const resolve = createResolver(loadRegistry());
const S001: ResolveContext = {
  documentKey: '001',
  issuer: 'Ban Thường vụ Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh',
};
const COPY: ResolveContext = { documentKey: '000.sy', issuer: 'Tỉnh ủy Lạng Sơn' };
const S003: ResolveContext = { documentKey: '003', issuer: 'Ban Thường vụ Huyện ủy Vĩnh Linh' };

describe('persons', () => {
  it('identifies a named recipient by name and role body', () => {
    expect(resolve('Đ/c Trần Ngọc Tam, Phó Bí thư Tỉnh ủy', S001)).toEqual({
      kind: 'person',
      id: 'person:tran-ngoc-tam@doc:001/tinh-uy',
      name: 'Trần Ngọc Tam',
      personName: 'Trần Ngọc Tam',
      mention: 'Đ/c Trần Ngọc Tam, Phó Bí thư Tỉnh ủy',
      role: 'Phó Bí thư Tỉnh ủy',
      partOf: 'doc:001/tinh-uy',
      level: 'tinh',
      confidence: 0.9,
      rule: 'person-title',
    });
  });

  it('never merges two people on a name alone', () => {
    const a = resolve('Đồng chí Trần Ngọc Tam, Phó Bí thư Tỉnh ủy', S001);
    const b = resolve('Đồng chí Trần Ngọc Tam, Phó Bí thư Tỉnh ủy', {
      ...S001,
      documentKey: '002',
    });
    const c = resolve('Đồng chí Trần Ngọc Tam, Bí thư Huyện ủy', S003);
    expect(new Set([a.id, b.id, c.id]).size).toBe(3);
    expect(c.id).toBe('person:tran-ngoc-tam@quang-tri/vinh-linh/huyen-uy');
  });

  it.each([
    [
      S001,
      'Võ Văn Kiệt',
      'BÍ THƯ',
      'person:vo-van-kiet@doc:001/dang-uy-khoi',
      'Bí thư Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh',
    ],
    [
      S003,
      'Trần Nhật Quang',
      'BÍ THƯ',
      'person:tran-nhat-quang@quang-tri/vinh-linh/huyen-uy',
      'Bí thư Huyện ủy Vĩnh Linh',
    ],
    [
      COPY,
      'Nguyễn Quang Huy',
      'CHÁNH VĂN PHÒNG',
      'person:nguyen-quang-huy@lang-son/van-phong-tinh-uy',
      'Chánh Văn phòng Tỉnh ủy Lạng Sơn',
    ],
    [
      { documentKey: '002', issuer: 'Ban Thường vụ Tỉnh ủy' },
      'Trần Hải Châu',
      'PHÓ BÍ THƯ THƯỜNG TRỰC',
      'person:tran-hai-chau@doc:002/tinh-uy',
      'Phó Bí thư Thường trực Tỉnh ủy',
    ],
    [
      { documentKey: '000', issuer: 'Bộ Chính trị', level: 'TW' as const },
      'Võ Văn Thường',
      'BỘ CHÍNH TRỊ',
      'person:vo-van-thuong@tw/bo-chinh-tri',
      'Bộ Chính trị',
    ],
  ])('signer %#: %s', (ctx, name, title, id, role) => {
    const r = identifyPerson(resolve, name, title, ctx);
    expect([r.kind, r.id, r.name, r.role]).toEqual(['person', id, name, role]);
  });
});

describe('roles', () => {
  it.each([
    [
      S003,
      'Các đồng chí Huyện ủy viên',
      'role:uy-vien@quang-tri/vinh-linh/huyen-uy',
      'Ủy viên Huyện ủy Vĩnh Linh',
    ],
    [
      S001,
      'Các đồng chí UVBCH Đảng bộ Khối',
      'role:uy-vien@doc:001/dang-uy-khoi',
      'Ủy viên Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh',
    ],
    [
      COPY,
      'Các đ/c Ủy viên BCH Đảng bộ tỉnh',
      'role:uy-vien@lang-son/tinh-uy',
      'Ủy viên Tỉnh ủy Lạng Sơn',
    ],
    [
      S003,
      'Đồng chí UVTV Tỉnh ủy phụ trách Đảng bộ huyện',
      'role:uy-vien-phu-trach-dang-bo-huyen@quang-tri/ban-thuong-vu-tinh-uy',
      'Ủy viên Ban Thường vụ Tỉnh ủy Quảng Trị phụ trách Đảng bộ huyện',
    ],
  ])('%#: %s', (ctx, mention, id, name) => {
    const r = resolve(mention, ctx);
    expect([r.kind, r.id, r.name, r.rule]).toEqual(['role', id, name, 'role-title']);
  });

  it('a role over a group carries the group membership', () => {
    const r = resolve(
      'Các đồng chí bí thư tỉnh uỷ, thành uỷ, đảng đoàn, ban cán sự đảng, đảng uỷ trực thuộc Trung ương',
      { documentKey: '000', issuer: 'Bộ Chính trị', level: 'TW' },
    );
    expect(r.kind).toBe('role');
    expect(r.partOf).toBe(
      'group:tw/tinh-uy-thanh-uy-dang-doan-ban-can-su-dang-dang-uy-truc-thuoc-trung-uong',
    );
    expect(r.membership?.kinds).toEqual(['cap-uy', 'dang-doan', 'ban-can-su-dang', 'dang-uy']);
  });
});
