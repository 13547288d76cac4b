import { describe, expect, it } from 'vitest';
import { splitMentions } from '../../../src/orgs/split.ts';
import { parseDocument } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

/**
 * Where a lead's name ends and how a list of leads or coordinators splits in State and MTTQ
 * plans (issue 18): adjuncts between the body and "chủ trì", relative clauses that qualify a
 * collective, one comrade in a role, "và" before a kind noun.
 */

const HEAD =
  'ỦY BAN NHÂN DÂN TỈNH A\n\nKẾ HOẠCH\nThực hiện Nghị quyết\n\nIV. TỔ CHỨC THỰC HIỆN\n\n';

function read(item: string): { lead: string[]; coordinators: string[] } {
  const [task] = parseDocument(`${HEAD}1. ${item}`, { registry: testRegistry() }).tasks;
  return {
    lead: task?.lead.map((a) => a.mention) ?? [],
    coordinators: task?.coordinators.map((a) => a.mention) ?? [],
  };
}

describe('the end of a lead named before "chủ trì"', () => {
  it.each([
    [
      'Bộ Y tế theo chức năng, nhiệm vụ được giao chủ trì, phối hợp với Bộ Tài chính chỉ đạo việc giải quyết.',
      ['Bộ Y tế'],
    ],
    [
      'Bộ Nông nghiệp và Môi trường khẩn trương chủ trì, phối hợp với Bộ Tài chính hoàn thiện Báo cáo.',
      ['Bộ Nông nghiệp và Môi trường'],
    ],
    [
      'Sở Tài chính, trên cơ sở đề xuất của các cơ quan, đơn vị, chủ trì tổng hợp trình cấp có thẩm quyền.',
      ['Sở Tài chính'],
    ],
  ])('%s', (item, lead) => {
    expect(read(item).lead).toEqual(lead);
  });
});

describe('a relative clause "được giao / được phân công …" qualifies the collective', () => {
  it.each([
    [
      'Các cơ quan, đơn vị được giao chủ trì có trách nhiệm hoàn thành nhiệm vụ được phân công.',
      'Các cơ quan, đơn vị được giao chủ trì',
    ],
    [
      'Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này có trách nhiệm lập dự toán.',
      'Các cơ quan được phân công chủ trì thực hiện nhiệm vụ theo Kế hoạch này',
    ],
    [
      'Các cơ quan, đơn vị được phân công nhiệm vụ có trách nhiệm thực hiện nghiêm túc.',
      'Các cơ quan, đơn vị được phân công nhiệm vụ',
    ],
  ])('%s', (item, lead) => {
    expect(read(item).lead).toEqual([lead]);
  });

  it('a single body before "được giao chủ trì" leads under its own name', () => {
    expect(read('Sở Tài chính được giao chủ trì thẩm định dự toán.').lead).toEqual([
      'Sở Tài chính',
    ]);
  });
});

describe('coordinators', () => {
  it('"và" before a kind noun opens a new collective; a verb after a comma ends the list', () => {
    expect(
      read(
        'Sở Tài chính chủ trì, phối hợp với Sở Y tế và cơ quan, địa phương liên quan, hoàn thiện dự thảo.',
      ).coordinators,
    ).toEqual(['Sở Y tế', 'cơ quan, địa phương liên quan']);
  });

  it('"và địa phương" inside a plural collective stays in it', () => {
    expect(
      read('Bộ Tư pháp chủ trì, phối hợp với các bộ, ngành và địa phương rà soát văn bản.')
        .coordinators,
    ).toEqual(['các bộ, ngành và địa phương']);
  });

  it('"…, tham mưu UBND tỉnh" after the list is a verb with its object', () => {
    expect(
      read(
        'Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, tham mưu UBND tỉnh các giải pháp.',
      ).coordinators,
    ).toEqual(['các cơ quan, đơn vị có liên quan']);
  });
});

describe('persons in a list', () => {
  const split = (list: string): string[] =>
    splitMentions(list, 0, testRegistry()).map((p) => p.mention);

  it('one comrade in a role: the text after a comma describes the same person', () => {
    expect(
      split('Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã hội'),
    ).toEqual([
      'Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã hội',
    ]);
    expect(
      split('Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã'),
    ).toEqual(['Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã']);
  });

  it('a capitalised title after a plural set of persons starts another set', () => {
    expect(
      split('Các đ/c Phó chủ tịch, Trưởng đoàn thể xã, các đồng chí Chuyên viên cơ quan MTTQ xã'),
    ).toEqual([
      'Các đ/c Phó chủ tịch',
      'Trưởng đoàn thể xã',
      'các đồng chí Chuyên viên cơ quan MTTQ xã',
    ]);
  });

  it('a title wrapped in lower case is no new set ("Bộ\\ntrưởng")', () => {
    expect(split('Giám đốc các Sở, Thủ trưởng các cơ quan, đơn vị trực thuộc UBND tỉnh')).toEqual([
      'Giám đốc các Sở',
      'Thủ trưởng các cơ quan, đơn vị trực thuộc UBND tỉnh',
    ]);
  });

  it('field line: the comrade leads, the sets of persons coordinate', () => {
    const [task] = parseDocument(
      `${HEAD}1. Xây dựng kế hoạch tuyên truyền.\n- Đơn vị chủ trì: Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát\n- Đơn vị phối hợp: Các đ/c Phó chủ tịch, Trưởng đoàn thể xã.`,
      { registry: testRegistry() },
    ).tasks;
    expect(task?.lead.map((a) => a.mention)).toEqual([
      'Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát',
    ]);
    expect(task?.coordinators.map((a) => a.mention)).toEqual([
      'Các đ/c Phó chủ tịch',
      'Trưởng đoàn thể xã',
    ]);
  });
});

describe('a position in charge of a domain heads the items under it', () => {
  it.each([
    [
      'Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội',
      'Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội',
    ],
    [
      'Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng',
      'Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng',
    ],
    [
      'Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng và lĩnh vực khác',
      'Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng và lĩnh vực khác',
    ],
  ])('%s', (heading, lead) => {
    const tasks = parseDocument(
      `${HEAD}3. ${heading}\n\n- Tham mưu xây dựng Kế hoạch.\n\n- Tổng hợp báo cáo kết quả.`,
      { registry: testRegistry() },
    ).tasks;
    expect(tasks.map((t) => [t.text, t.lead.map((a) => a.mention), t.leadRule])).toEqual([
      ['Tham mưu xây dựng Kế hoạch.', [lead], 'inherited'],
      ['Tổng hợp báo cáo kết quả.', [lead], 'inherited'],
    ]);
  });

  it('a domain ends at the list\'s ";"', () => {
    expect(
      splitMentions(
        'Cán bộ phụ trách lĩnh vực Hành chính, Văn phòng; Ban Thường trực',
        0,
        testRegistry(),
      ).map((p) => p.mention),
    ).toEqual(['Cán bộ phụ trách lĩnh vực Hành chính, Văn phòng', 'Ban Thường trực']);
  });
});

it('"tham nhũng" is no "những": the name runs on to "chủ trì"', () => {
  expect(read('Ban Chỉ đạo phòng, chống tham nhũng tỉnh chủ trì theo dõi.').lead).toEqual([
    'Ban Chỉ đạo phòng, chống tham nhũng tỉnh',
  ]);
});

describe('the closing paragraphs of a State plan name plural collectives', () => {
  it.each([
    [
      'Căn cứ nội dung Kế hoạch và tình hình thực tiễn, các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường xây dựng Kế hoạch triển khai.',
      ['các sở, ban, ngành, tổ chức chính trị - xã hội', 'Ủy ban nhân dân các xã, phường'],
    ],
    [
      'Trong quá trình thực hiện nếu có khó khăn, vướng mắc đề nghị các cơ quan, đơn vị, địa phương phản ánh về Sở Khoa học và Công nghệ để tổng hợp.',
      ['các cơ quan, đơn vị, địa phương'],
    ],
    [
      'Trong quá trình tổ chức thực hiện, nếu có vướng mắc cần sửa đổi, bổ sung đề nghị các đơn vị, địa phương có báo cáo về Sở Nội vụ.',
      ['các đơn vị, địa phương'],
    ],
  ])('%s', (item, lead) => {
    expect(read(item).lead).toEqual(lead);
  });

  it('"theo đề nghị của các …" asks no one', () => {
    expect(read('Theo đề nghị các sở, ngành, bổ sung kinh phí cho chương trình.').lead).toEqual([]);
  });
});

describe('coordinators of a task with field lines', () => {
  it('the text\'s "phối hợp với X" and the field line\'s bodies both coordinate, once each', () => {
    const [task] = parseDocument(
      `${HEAD}1. Tham mưu UBND tỉnh phối hợp với Bộ Công an rà soát Chiến lược dữ liệu.\n- Đơn vị chủ trì: Sở Khoa học và Công nghệ.\n- Đơn vị phối hợp: Bộ Công an, các sở, ban, ngành.`,
      { registry: testRegistry() },
    ).tasks;
    expect(task?.lead.map((a) => a.mention)).toEqual(['Sở Khoa học và Công nghệ']);
    expect(task?.coordinators.map((a) => a.mention)).toEqual(['Bộ Công an', 'các sở, ban, ngành']);
  });

  it('"chuẩn bị" after the list is its verb', () => {
    expect(
      read(
        'Phối hợp với Ủy ban bầu cử xã, Thường trực Hội đồng nhân dân xã, Ủy ban nhân dân xã chuẩn bị hội nghị tập huấn.',
      ).coordinators,
    ).toEqual(['Ủy ban bầu cử xã', 'Thường trực Hội đồng nhân dân xã', 'Ủy ban nhân dân xã']);
  });
});
