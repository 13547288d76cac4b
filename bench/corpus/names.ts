/**
 * Synthetic Vietnamese-looking place names and person names. Place names are two syllables
 * ("Tân Lập", "Hòa Phú"), three when the pairs run out ("Vĩnh Hòa Đông"); every name is unique
 * in the whole corpus after accent folding, because the resolver reads "Ủy ban nhân dân xã Tân
 * Lập" by name and a jurisdiction id is the folded name (two "Châu Thành" districts, as real
 * Vietnam has, would bind to the first one).
 */
import { slugify } from '../../src/orgs/normalize.ts';
import type { Rng } from './rng.ts';

const SYLLABLES = (
  'An Ân Bảo Bình Cam Cẩm Cát Châu Chi Diên Đại Điện Định Đoan Đức Gia Giang Hà Hải Hạnh ' +
  'Hậu Hiệp Hòa Hoài Hoàng Hội Hồng Hưng Hương Hữu Khánh Khê Kim Kỳ Lạc Lam Lâm Lập Lệ Liên ' +
  'Linh Lộc Lợi Long Lương Mai Minh Mỹ Nghi Nghĩa Ngọc Nhân Nhơn Ninh Phong Phổ Phú Phúc ' +
  'Phụng Phước Quang Quế Quý Quỳnh Sa Sơn Tam Tân Thạch Thái Thanh Thành Thạnh Thiện Thịnh ' +
  'Thọ Thới Thuận Thủy Tiên Tiến Tịnh Trà Trạch Triệu Trường Tuy Tường Uyên Vạn Vân Văn ' +
  'Vinh Vĩnh Xuân Yên Bích Cảnh Dương Đăng Hiển Khương Lĩnh Mậu Nguyên Phương Sùng Tài Toàn ' +
  'Trinh Tùng Vọng Xương Hàm Khải Luận Bồng Cư'
).split(' ');
/** Third syllables, as in "Vĩnh Hòa Đông", "Phú Lộc Thượng". */
const QUARTERS = ['Đông', 'Tây', 'Nam', 'Bắc', 'Thượng', 'Hạ', 'Trung'];
/** Names a synthetic place must not take: the registry's own, and words of body names. */
const RESERVED = new Set([
  'lang-son',
  'quang-tri',
  'vinh-linh',
  'viet-nam',
  'trung-uong',
  'ha-noi',
  'to-quoc',
]);

export class NamePool {
  private readonly used = new Set(RESERVED);

  constructor(private readonly rng: Rng) {}

  /** A new place name, unique in the pool after accent folding. */
  next(): string {
    for (let attempt = 0; ; attempt++) {
      const [a, b] = this.rng.sample(SYLLABLES, 2) as [string, string];
      const name = attempt < 40 ? `${a} ${b}` : `${a} ${b} ${this.rng.pick(QUARTERS)}`;
      const slug = slugify(name);
      if (this.used.has(slug)) continue;
      this.used.add(slug);
      return name;
    }
  }
}

const FAMILY = (
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Lương Mai ' + 'Trịnh'
).split(' ');
const MIDDLE =
  'Văn Thị Đức Minh Quang Hữu Thanh Ngọc Xuân Hồng Công Đình Thế Kim Anh Bá Quốc Trọng'.split(' ');
const GIVEN = (
  'Hùng Dũng Tuấn Hải Long Nam Phong Sơn Thắng Hà Lan Hương Mai Thảo Bình Cường Quân Khánh ' +
  'Toàn Hiếu Lâm Hòa Tâm Thành Vinh Đạt Nhung Tùng Huy Việt Hạnh Trí Kiên Phúc Yến'
).split(' ');

/** "Nguyễn Văn Hùng", sometimes with a second given name ("Trần Thị Hồng Nhung"). */
export function personName(rng: Rng): string {
  const parts = [rng.pick(FAMILY), rng.pick(MIDDLE)];
  if (rng.chance(0.2)) parts.push(rng.pick(MIDDLE));
  parts.push(rng.pick(GIVEN));
  return parts.join(' ');
}
