/** Lineage scoring: folded words, distinctive phrases weigh more, shared runs as written. */
import { describe, expect, it } from 'vitest';
import { lineageLinks } from '../../../src/graph/lineage.ts';
import { SimilarityModel, sharedPhrases, tokens } from '../../../src/graph/lineage-score.ts';

describe('lineage score', () => {
  it('folds diacritics and case, keeps the words as written', () => {
    expect(tokens('Quán triệt, Đảng ủy').map((t) => [t.text, t.key])).toEqual([
      ['Quán', 'quan'],
      ['triệt', 'triet'],
      ['Đảng', 'dang'],
      ['ủy', 'uy'],
    ]);
  });

  it('scores a restatement above a text that shares only common words', () => {
    const model = new SimilarityModel([
      'Đẩy mạnh công tác kiểm tra, giám sát việc thực hiện kinh tế tập thể',
      'Day manh cong tac kiem tra giam sat viec thuc hien',
      'Phát triển kinh tế tập thể',
    ]);
    expect(model.score(0, 1)).toBeGreaterThan(0.7);
    expect(model.score(0, 2)).toBeLessThan(model.score(0, 1) / 2);
    expect(model.score(0, 0)).toBe(1);
  });

  it('finds the runs both say, longest first, as the lower text writes them', () => {
    expect(
      sharedPhrases(
        'Tổ chức nghiên cứu, quán triệt Nghị quyết 20 đến các cấp ủy và cán bộ đảng viên',
        'nghiên cứu quán triệt nghị quyết 20; cán bộ, đảng viên, công chức',
        3,
      ),
    ).toEqual(['nghiên cứu quán triệt Nghị quyết 20', 'cán bộ đảng viên']);
  });

  it('links each lower task to its best upper task above the threshold, flagging a later deadline', () => {
    const task = (id: string, text: string, dueEnd: string | null) => ({
      id,
      text,
      dueEnd,
      deadlineText: null,
      docId: id.split('#')[0] as string,
      start: 0,
      end: text.length,
      quote: text,
    });
    const links = lineageLinks({
      lower: 'doc:l',
      upper: 'doc:u',
      link: { via: 'doc:u', direct: true, lowerRef: null, upperRef: null },
      lowerTasks: [
        task('doc:l#1', 'Tổ chức quán triệt nghị quyết đến cán bộ đảng viên', '2023-03-31'),
        task('doc:l#2', 'Trồng cây xanh ven đường', null),
      ],
      upperTasks: [
        task(
          'doc:u#1',
          'Tổ chức quán triệt nghị quyết đến cán bộ đảng viên toàn quốc',
          '2022-12-31',
        ),
        task('doc:u#2', 'Sửa đổi luật hợp tác xã', '2022-12-31'),
      ],
    });
    expect(links.map((l) => [l.from, l.to, l.props.deadlineLater])).toEqual([
      ['doc:l#1', 'doc:u#1', true],
    ]);
  });
});
