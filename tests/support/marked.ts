/** Seed 003 renumbered 68-KH/HU and marked TỐI MẬT, citing one plan no other document cites
 *  (99-KH/TU): the marked document of the access tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedDir } from './seed-graph.ts';

export const MARKED = 'doc:68-KH/HU@quang-tri/vinh-linh:2023';
/** Cited by the marked document alone: seen through it only. */
export const CITED_BY_MARKED_ONLY = 'doc:99-KH/TU@quang-tri:2023';

export const markedText = (): string =>
  readFileSync(join(seedDir, '003_c1ef8345d186a5d7.txt'), 'utf8')
    .replace('Số 67 -KH/HU\n', 'Số 68 -KH/HU\n\nTỐI MẬT\n')
    .replace(
      'Ban Thường vụ Huyện ủy Vĩnh Linh xây dựng Kế hoạch',
      'Kế hoạch số 99-KH/TU ngày 05/01/2023 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy Vĩnh Linh xây dựng Kế hoạch',
    );
