/**
 * Leads and coordinators in Party plans (Kế hoạch of a Tỉnh ủy): a capitals heading without a
 * numeral names no body, "đăng tải" is the verb after a lead, and a group's "Đơn vị phối hợp"
 * line with no lead above still gives the group its coordinators. Wording of provincial plans.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.ts';
import type { Task } from '../../../src/parse/index.ts';
import { testRegistry } from './helpers.ts';

const HEAD = 'TỈNH ỦY AN GIANG\n\nKẾ HOẠCH\nthực hiện Nghị quyết\n\n';

const view = (t: Task) => ({
  text: t.text,
  leadRule: t.leadRule,
  lead: t.lead.map((a) => [a.mention, a.span.start]),
  coordinators: t.coordinators.map((a) => [a.mention, a.span.start]),
});

const tasks = (text: string) => parseDocument(text, { registry: testRegistry() }).tasks.map(view);

describe('a capitals heading without a numeral', () => {
  it('"NHIỆM VỤ TRỌNG TÂM" is a part, not a lead for its items', () => {
    const text = `${HEAD}NHIỆM VỤ TRỌNG TÂM\n1. Tổ chức quán triệt Nghị quyết đến cán bộ, đảng viên.\n2. Tuyên truyền trên các phương tiện thông tin đại chúng.\n`;
    expect(tasks(text)).toEqual([
      {
        text: 'Tổ chức quán triệt Nghị quyết đến cán bộ, đảng viên.',
        leadRule: 'none',
        lead: [],
        coordinators: [],
      },
      {
        text: 'Tuyên truyền trên các phương tiện thông tin đại chúng.',
        leadRule: 'none',
        lead: [],
        coordinators: [],
      },
    ]);
  });

  it('an item heading in capitals words ("CÔNG TÁC TUYÊN TRUYỀN") names no body', () => {
    const text = `${HEAD}III. TỔ CHỨC THỰC HIỆN\n1. CÔNG TÁC TUYÊN TRUYỀN\na) Đăng tải trên báo chí.\n`;
    expect(tasks(text)).toEqual([
      { text: 'Đăng tải trên báo chí.', leadRule: 'none', lead: [], coordinators: [] },
    ]);
  });

  it('an abbreviation of initials still opens a body ("UBND tỉnh", "HĐND tỉnh")', () => {
    const text = `${HEAD}III. TỔ CHỨC THỰC HIỆN\n1. UBND tỉnh\na) Chỉ đạo các sở xây dựng kế hoạch.\n2. HĐND tỉnh giám sát việc thực hiện.\n`;
    const ubnd = text.indexOf('UBND');
    expect(tasks(text)).toEqual([
      {
        text: 'Chỉ đạo các sở xây dựng kế hoạch.',
        leadRule: 'inherited',
        lead: [['UBND tỉnh', ubnd]],
        coordinators: [],
      },
      {
        text: 'HĐND tỉnh giám sát việc thực hiện.',
        leadRule: 'subject',
        lead: [['HĐND tỉnh', text.indexOf('HĐND')]],
        coordinators: [],
      },
    ]);
  });
});

describe('"đăng tải" after a lead is its verb', () => {
  it('"Giao Sở Thông tin và Truyền thông đăng tải …": the lead ends before "đăng"', () => {
    const text = `${HEAD}III. TỔ CHỨC THỰC HIỆN\n1. Giao Sở Thông tin và Truyền thông đăng tải Kế hoạch trên Cổng thông tin điện tử tỉnh.\n2. Ban Tuyên giáo Tỉnh ủy đăng tải nội dung Nghị quyết trên Trang thông tin điện tử Đảng bộ tỉnh.\n`;
    expect(tasks(text)).toEqual([
      {
        text: 'Giao Sở Thông tin và Truyền thông đăng tải Kế hoạch trên Cổng thông tin điện tử tỉnh.',
        leadRule: 'assignment',
        lead: [['Sở Thông tin và Truyền thông', text.indexOf('Sở Thông')]],
        coordinators: [],
      },
      {
        text: 'Ban Tuyên giáo Tỉnh ủy đăng tải nội dung Nghị quyết trên Trang thông tin điện tử Đảng bộ tỉnh.',
        leadRule: 'subject',
        lead: [['Ban Tuyên giáo Tỉnh ủy', text.indexOf('Ban Tuyên')]],
        coordinators: [],
      },
    ]);
  });

  it('"đảng tại" in a collective does not end it', () => {
    const text = `${HEAD}III. TỔ CHỨC THỰC HIỆN\n1. Các tổ chức đảng tại địa phương chủ trì tổ chức học tập Nghị quyết.\n`;
    expect(tasks(text)).toEqual([
      {
        text: 'Các tổ chức đảng tại địa phương chủ trì tổ chức học tập Nghị quyết.',
        leadRule: 'subject',
        lead: [['Các tổ chức đảng tại địa phương', text.indexOf('Các tổ chức')]],
        coordinators: [],
      },
    ]);
  });
});

describe('a group whose only field line is "Đơn vị phối hợp"', () => {
  it('gives its coordinators to every item of the group, with no lead above', () => {
    const text = `${HEAD}II. NHIỆM VỤ\n1. Tuyên truyền, quán triệt Nghị quyết\n1.1. Tổ chức quán triệt Nghị quyết đến cán bộ, đảng viên.\n1.2. Tuyên truyền trên các phương tiện thông tin đại chúng.\n- Đơn vị phối hợp: Sở Văn hóa, Thể thao và Du lịch, Đài Phát thanh - Truyền hình tỉnh.\n`;
    const coordinators = [
      ['Sở Văn hóa, Thể thao và Du lịch', text.indexOf('Sở Văn hóa')],
      ['Đài Phát thanh - Truyền hình tỉnh', text.indexOf('Đài Phát')],
    ];
    expect(tasks(text)).toEqual([
      {
        text: 'Tổ chức quán triệt Nghị quyết đến cán bộ, đảng viên.',
        leadRule: 'none',
        lead: [],
        coordinators,
      },
      {
        text: expect.stringMatching(/^Tuyên truyền trên các phương tiện thông tin đại chúng\./),
        leadRule: 'none',
        lead: [],
        coordinators,
      },
    ]);
  });
});

describe('items under a heading that names the bodies, outside a task part', () => {
  const GUIDE = 'THÀNH ỦY HÀ NỘI\n\nHƯỚNG DẪN\ntổ chức trao tặng Huy hiệu Đảng\n\n';
  const text = `${GUIDE}II. VỀ QUY TRÌNH XÉT TẶNG HUY HIỆU ĐẢNG\n1. Quy trình xét tặng Huy hiệu Đảng\n1.1. Đảng ủy cơ sở\n- Xét và báo cáo cấp ủy cấp trên danh sách đảng viên đề nghị tặng Huy hiệu Đảng.\n- Tổ chức Lễ trao tặng Huy hiệu Đảng cho đảng viên (nếu được ủy quyền).\n\n                                        2\n1.2. Lưu trữ hiện hành có nhiệm vụ:\na) Trực tiếp quản lý tài liệu lưu trữ của cơ quan.\n1.3. Giám đốc Trung tâm ra quyết định:\na) Công nhận hoàn thành chương trình bồi dưỡng cho học viên.\n`;

  it('are the duties of the body the heading names or announces ("… có nhiệm vụ:"); a page number between them is none', () => {
    const dangUy = ['Đảng ủy cơ sở', text.indexOf('Đảng ủy cơ sở')];
    expect(tasks(text)).toEqual([
      {
        text: 'Xét và báo cáo cấp ủy cấp trên danh sách đảng viên đề nghị tặng Huy hiệu Đảng.',
        leadRule: 'inherited',
        lead: [dangUy],
        coordinators: [],
      },
      {
        text: 'Tổ chức Lễ trao tặng Huy hiệu Đảng cho đảng viên (nếu được ủy quyền).',
        leadRule: 'inherited',
        lead: [dangUy],
        coordinators: [],
      },
      {
        text: 'Trực tiếp quản lý tài liệu lưu trữ của cơ quan.',
        leadRule: 'inherited',
        lead: [['Lưu trữ hiện hành', text.indexOf('Lưu trữ hiện hành')]],
        coordinators: [],
      },
    ]);
  });

  it('not under a heading whose body does something else ("Giám đốc Trung tâm ra quyết định:")', () => {
    const texts = parseDocument(text, { registry: testRegistry() }).tasks.map((t) => t.text);
    expect(texts).not.toContain('Công nhận hoàn thành chương trình bồi dưỡng cho học viên.');
  });

  it('nor a paragraph under such a heading (a note: "Lưu ý: …")', () => {
    const note = `${GUIDE}II. VỀ HỒ SƠ\n1. Hồ sơ\n1.1. Đảng ủy cơ sở\n- Lập danh sách đảng viên đề nghị tặng Huy hiệu Đảng.\nLưu ý: hồ sơ gửi kèm bản sao quyết định kết nạp đảng.\n`;
    expect(tasks(note).map((t) => t.text)).toEqual([
      'Lập danh sách đảng viên đề nghị tặng Huy hiệu Đảng.',
    ]);
  });
});

describe('verbs of a Party plan that end the bodies before them', () => {
  const plan = (items: string[]) =>
    `${HEAD}III. TỔ CHỨC THỰC HIỆN\n${items.map((x, i) => `${i + 1}. ${x}\n`).join('')}`;

  it('"đưa", "thông tin, tuyên truyền" after a lead or a coordinator; "Ban xây dựng Đảng" is a name', () => {
    const text = plan([
      'Trường Chính trị tỉnh đưa nội dung Nghị quyết vào chương trình giảng dạy.',
      'Các cơ quan báo chí của tỉnh phối hợp chặt chẽ với Ban Tuyên giáo và Dân vận Tỉnh ủy thông tin, tuyên truyền về kết quả thực hiện.',
      'Các ban xây dựng Đảng Tỉnh ủy theo chức năng, nhiệm vụ tham mưu Ban Thường vụ Tỉnh ủy.',
    ]);
    expect(tasks(text)).toEqual([
      {
        text: 'Trường Chính trị tỉnh đưa nội dung Nghị quyết vào chương trình giảng dạy.',
        leadRule: 'subject',
        lead: [['Trường Chính trị tỉnh', text.indexOf('Trường')]],
        coordinators: [],
      },
      {
        text: 'Các cơ quan báo chí của tỉnh phối hợp chặt chẽ với Ban Tuyên giáo và Dân vận Tỉnh ủy thông tin, tuyên truyền về kết quả thực hiện.',
        leadRule: 'subject',
        lead: [['Các cơ quan báo chí của tỉnh', text.indexOf('Các cơ quan báo chí')]],
        coordinators: [['Ban Tuyên giáo và Dân vận Tỉnh ủy', text.indexOf('Ban Tuyên giáo')]],
      },
      {
        text: 'Các ban xây dựng Đảng Tỉnh ủy theo chức năng, nhiệm vụ tham mưu Ban Thường vụ Tỉnh ủy.',
        leadRule: 'subject',
        lead: [['Các ban xây dựng Đảng Tỉnh ủy', text.indexOf('Các ban')]],
        coordinators: [],
      },
    ]);
  });

  it('not "xây dựng Đảng bộ" after a body other than a "ban", nor "cơ quan thông tin" as a noun', () => {
    const text = plan([
      'Các cấp ủy xây dựng Đảng bộ trong sạch, vững mạnh.',
      'Các cơ quan thông tin, báo chí của tỉnh chủ trì tuyên truyền.',
    ]);
    expect(tasks(text).map((t) => t.lead)).toEqual([
      [['Các cấp ủy', text.indexOf('Các cấp ủy')]],
      [['Các cơ quan thông tin, báo chí của tỉnh', text.indexOf('Các cơ quan')]],
    ]);
  });
});

describe('a line wrapped inside a collective', () => {
  it('"tập\\nthể lãnh đạo" keeps "lãnh đạo" a noun of the lead', () => {
    const text = `${HEAD}III. TỔ CHỨC THỰC HIỆN\n1. Các cấp uỷ, tổ chức đảng, tập\nthể lãnh đạo cơ quan, đơn vị căn cứ Quy định này xây dựng kế hoạch thực hiện.\n`;
    expect(tasks(text)).toEqual([
      {
        text: 'Các cấp ủy, tổ chức đảng, tập thể lãnh đạo cơ quan, đơn vị căn cứ Quy định này xây dựng kế hoạch thực hiện.',
        leadRule: 'subject',
        // one collective: "Các cấp ủy, tổ chức đảng, …" (the splitter's case rules)
        lead: [
          ['Các cấp uỷ, tổ chức đảng, tập\nthể lãnh đạo cơ quan, đơn vị', text.indexOf('Các cấp')],
        ],
        coordinators: [],
      },
    ]);
  });
});

describe('a short adverbial before the subject of "chủ trì"', () => {
  it('"Định kỳ, Thường trực Ủy ban … chủ trì, phối hợp với …": the body after the comma leads', () => {
    const text = `${HEAD}III. TỔ CHỨC THỰC HIỆN\n1. Định kỳ, Thường trực Ủy ban Kiểm tra Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy tổng hợp kết quả thực hiện.\n`;
    expect(tasks(text)).toEqual([
      {
        text: 'Định kỳ, Thường trực Ủy ban Kiểm tra Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy tổng hợp kết quả thực hiện.',
        leadRule: 'subject',
        lead: [['Thường trực Ủy ban Kiểm tra Tỉnh ủy', text.indexOf('Thường trực')]],
        coordinators: [['Văn phòng Tỉnh ủy', text.indexOf('Văn phòng')]],
      },
    ]);
  });

  it('not a body after a later comma of a long clause', () => {
    const text = `${HEAD}III. TỔ CHỨC THỰC HIỆN\n1. Tổng hợp chung các mẫu biểu; xây dựng báo cáo giám sát để báo cáo Ban Chỉ đạo tỉnh, Sở Tài chính và các sở, ngành chủ trì, quản lý dự án.\n`;
    expect(tasks(text).map((t) => [t.leadRule, t.lead])).toEqual([['none', []]]);
  });
});

describe('an aside between the bodies and "có trách nhiệm"', () => {
  const REG =
    'TỈNH ỦY QUẢNG NAM\n\nQUY ĐỊNH\nvề công tác lưu trữ\n\nĐiều 5. Trách nhiệm của các cơ quan\n';

  it('the bodies before the aside lead, over the items or in the sentence', () => {
    const text = `${REG}1. Ban thường vụ các huyện ủy, thị ủy, thành ủy (sau đây gọi chung là ban thường vụ cấp huyện) có trách nhiệm:\na) Chỉ đạo việc lập hồ sơ.\n2. Văn phòng Tỉnh ủy (cơ quan thường trực) có trách nhiệm hướng dẫn, kiểm tra việc thực hiện Quy định này.\n`;
    expect(tasks(text)).toEqual([
      {
        text: 'Chỉ đạo việc lập hồ sơ.',
        leadRule: 'inherited',
        lead: [['Ban thường vụ các huyện ủy, thị ủy, thành ủy', text.indexOf('Ban thường vụ')]],
        coordinators: [],
      },
      {
        text: 'Văn phòng Tỉnh ủy (cơ quan thường trực) có trách nhiệm hướng dẫn, kiểm tra việc thực hiện Quy định này.',
        leadRule: 'subject',
        lead: [['Văn phòng Tỉnh ủy', text.indexOf('Văn phòng')]],
        coordinators: [],
      },
    ]);
  });

  it('only before the duty: another verb after an aside is read as before (no lead)', () => {
    const text = `${REG}1. Văn phòng Tỉnh ủy (cơ quan thường trực) theo dõi, báo cáo.\n`;
    expect(tasks(text).map((t) => [t.leadRule, t.lead])).toEqual([['none', []]]);
  });
});

describe('"giúp" after the coordinators', () => {
  it('ends them ("… phối hợp với Ban Tổ chức Tỉnh ủy giúp Ban Thường vụ Tỉnh ủy …"); "giúp việc" is a noun', () => {
    const text = `${HEAD}III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng Tỉnh ủy phối hợp với Ban Tổ chức Tỉnh ủy giúp Ban Thường vụ Tỉnh ủy theo dõi, đôn đốc việc thực hiện.\n2. Các cơ quan tham mưu, giúp việc Tỉnh ủy chủ trì tham mưu thực hiện.\n`;
    expect(tasks(text)).toEqual([
      {
        text: 'Văn phòng Tỉnh ủy phối hợp với Ban Tổ chức Tỉnh ủy giúp Ban Thường vụ Tỉnh ủy theo dõi, đôn đốc việc thực hiện.',
        leadRule: 'subject',
        lead: [['Văn phòng Tỉnh ủy', text.indexOf('Văn phòng')]],
        coordinators: [['Ban Tổ chức Tỉnh ủy', text.indexOf('Ban Tổ chức')]],
      },
      {
        text: 'Các cơ quan tham mưu, giúp việc Tỉnh ủy chủ trì tham mưu thực hiện.',
        leadRule: 'subject',
        lead: [['Các cơ quan tham mưu, giúp việc Tỉnh ủy', text.indexOf('Các cơ quan')]],
        coordinators: [],
      },
    ]);
  });
});

describe('"trân trọng đề nghị", "kính đề nghị" opening a clause', () => {
  const LETTER =
    'ĐẢNG ỦY CHÍNH PHỦ\nVĂN PHÒNG\nSố 402-CV/VPĐUCP\n\nV/v xin ý kiến dự thảo báo cáo\n\nKính gửi: Ban Thường vụ Đảng ủy Chính phủ\n\n';

  it('the bodies asked lead, as after a bare "đề nghị"', () => {
    const text = `${LETTER}Do thời gian gấp, trân trọng đề nghị Ban Tổ chức Đảng ủy Chính phủ tổng hợp ý kiến, gửi về Văn phòng Đảng ủy Chính phủ.\n\nTrân trọng./.\n`;
    expect(tasks(text)).toEqual([
      {
        text: 'Do thời gian gấp, trân trọng đề nghị Ban Tổ chức Đảng ủy Chính phủ tổng hợp ý kiến, gửi về Văn phòng Đảng ủy Chính phủ.',
        leadRule: 'assignment',
        lead: [['Ban Tổ chức Đảng ủy Chính phủ', text.indexOf('Ban Tổ chức')]],
        coordinators: [],
      },
    ]);
  });
});

describe('a time or scope phrase before the subject', () => {
  it('"Hằng năm, …", "Định kỳ hằng quý, …", "Ngoài …, …": the body after the comma leads', () => {
    const text =
      'BAN THƯỜNG VỤ TỈNH ỦY QUẢNG NAM\n\nQUY CHẾ\nhoạt động của Trung tâm chính trị\n\nĐiều 12. Chế độ báo cáo\n' +
      '1. Hằng năm, Trung tâm chính trị tổ chức lấy ý kiến phản hồi của học viên về nội dung giảng dạy.\n' +
      '2. Định kỳ hằng quý, Ban Tổ chức Tỉnh ủy tổng hợp tình hình, báo cáo Ban Thường vụ Tỉnh ủy.\n' +
      '3. Ngoài giảng viên chuyên trách, Trung tâm chính trị thực hiện chế độ giảng viên kiêm nhiệm.\n';
    const at = (s: string) => text.indexOf(s);
    expect(tasks(text).map((t) => [t.leadRule, t.lead])).toEqual([
      ['subject', [['Trung tâm chính trị', at('Trung tâm chính trị tổ chức')]]],
      ['subject', [['Ban Tổ chức Tỉnh ủy', at('Ban Tổ chức')]]],
      ['subject', [['Trung tâm chính trị', at('Trung tâm chính trị thực hiện')]]],
    ]);
  });
});

describe('"X xét, đề nghị Y …"', () => {
  it('the body that considers leads, not the one it proposes to; "Hội đồng xét tuyển" is a name', () => {
    const text = `${HEAD}III. TỔ CHỨC THỰC HIỆN\n1. Các đảng ủy trực thuộc Tỉnh ủy xét, đề nghị Ban Thường vụ Tỉnh ủy khen thưởng các tập thể, cá nhân.\n2. Hội đồng xét tuyển chủ trì tổ chức kỳ xét tuyển.\n`;
    expect(tasks(text).map((t) => [t.leadRule, t.lead])).toEqual([
      ['subject', [['Các đảng ủy trực thuộc Tỉnh ủy', text.indexOf('Các đảng ủy')]]],
      ['subject', [['Hội đồng xét tuyển', text.indexOf('Hội đồng')]]],
    ]);
  });
});
