/**
 * Who a task's own text names (task-lead.ts readRange): each lead rule on a short text, the
 * limits that refuse a lead, coordinators and reporting lines, with every span read off the text.
 */
import { describe, expect, it } from 'vitest';
import { own, type Mention } from './task-lead-view.ts';

/** A mention by its text, found after the previous one; [text, start] where that is ambiguous. */
type Want = string | [string, number];

function mentions(text: string, want: Want[]): Mention[] {
  let from = 0;
  return want.map((w) => {
    const [m, s] = typeof w === 'string' ? [w, text.indexOf(w, from)] : w;
    expect(text.slice(s, s + m.length)).toBe(m);
    from = s + m.length;
    return [m, s, s + m.length];
  });
}

function check(
  text: string,
  rule: string,
  lead: Want[],
  coordinators: Want[] = [],
  reportsTo: Want[] = [],
  { children = false, from = 0 } = {},
): void {
  expect(own(text, children, from)).toEqual({
    lead: mentions(text, lead),
    rule,
    coordinators: mentions(text, coordinators),
    reportsTo: mentions(text, reportsTo),
  });
}

describe('an opening assignment verb: "Giao X", "Đề nghị X", "Yêu cầu X"', () => {
  it('the bodies after the verb lead, after "cho" and a colon too', () => {
    check('Giao cho Sở Tài chính thực hiện.', 'assignment', ['Sở Tài chính']);
    check('Giao : Sở Tài chính thực hiện.', 'assignment', ['Sở Tài chính']);
    check('Đềnghị Sở Y tế hướng dẫn các địa phương.', 'assignment', ['Sở Y tế']);
    check('Yêucầu Sở Y tế hướng dẫn các địa phương.', 'assignment', ['Sở Y tế']);
  });

  it('"Giáo dục", folded like "giao", is no verb', () => {
    check('Giáo dục học sinh về an toàn giao thông.', 'none', []);
  });

  it('a list runs across ";" only to another body that ends the way a list does', () => {
    check('Giao Sở Tài chính. Sở Nội vụ thực hiện.', 'assignment', ['Sở Tài chính']);
    check('Giao Sở Tài chính; tổ chức thực hiện.', 'assignment', ['Sở Tài chính']);
    check('Giao Sở Tài chính; Sở Nội vụ: thực hiện.', 'assignment', ['Sở Tài chính']);
    check('Giao Sở Tài chính; Sở Nội vụ thực hiện.', 'assignment', ['Sở Tài chính', 'Sở Nội vụ']);
    check('Sở Tài chính; Sở Nội vụ.', 'heading', ['Sở Tài chính', 'Sở Nội vụ'], [], [], {
      children: true,
      from: 0,
    });
  });

  it('a list over 300 characters is no list', () => {
    check(
      'Sở Y tế, Sở Tài chính, Sở Nội vụ, Sở Xây dựng, Sở Công Thương, Sở Nông nghiệp và Môi trường, Sở Giáo dục và Đào tạo, Sở Khoa học và Công nghệ, Sở Văn hóa, Thể thao và Du lịch, Sở Tư pháp, Sở Ngoại vụ, Sở Dân tộc và Tôn giáo, Thanh tra tỉnh, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Văn phòng Ủy ban nhân dân tỉnh triển khai thực hiện.',
      'none',
      [],
    );
    check(
      'Giao Sở Y tế, Sở Tài chính, Sở Nội vụ, Sở Xây dựng, Sở Công Thương, Sở Nông nghiệp và Môi trường, Sở Giáo dục và Đào tạo, Sở Khoa học và Công nghệ, Sở Văn hóa, Thể thao và Du lịch, Sở Tư pháp, Sở Ngoại vụ, Sở Dân tộc và Tôn giáo, Thanh tra tỉnh, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Văn phòng Ủy ban nhân dân tỉnh triển khai thực hiện.',
      'none',
      [],
    );
  });
});

describe('"Trách nhiệm của X: …"', () => {
  it('the one named before the colon leads', () => {
    check('Trách nhiệm của giáo vụ: giám sát việc thi.', 'subject', ['giáo vụ']);
    check('1. Trách nhiệm của giáo vụ: giám sát việc thi.', 'subject', ['giáo vụ'], [], [], {
      children: false,
      from: 3,
    });
  });

  it('no lead without a text after the colon, a colon past 80 characters, or a name without letters', () => {
    check('Trách nhiệm của giáo vụ: 1.', 'none', []);
    check('Trách nhiệm của giáo vụ:', 'none', []);
    check('Trách nhiệm của 1: giám sát việc thi.', 'none', []);
    check(
      'Trách nhiệm của người đứng đầu cơ quan, đơn vị sử dụng ngân sách nhà nước cấp tỉnh: chỉ đạo.',
      'none',
      [],
    );
  });
});

describe('"X chủ trì"', () => {
  it('the bodies from the clause start to "chủ trì" lead', () => {
    check('Về nội dung này: Sở Y tế chủ trì thực hiện.', 'subject', ['Sở Y tế']);
    check('Tăng cường kiểm tra; Sở Y tế chủ trì thực hiện.', 'subject', ['Sở Y tế']);
    check(
      'Theo Kế hoạch số 12 (năm 2024); Sở Y tế (cơ quan chủ trì) tổ chức thực hiện.',
      'subject',
      ['Sở Y tế'],
    );
  });

  it('an adjunct between the body and "chủ trì" is not in its name', () => {
    check('Năm 2025: Sở Y tế khẩn trương chủ trì tổ chức thực hiện.', 'subject', ['Sở Y tế']);
    check('Sở Y tế khẩn trương chủ trì tổ chức thực hiện.', 'subject', ['Sở Y tế']);
  });

  it('"được giao chủ trì" and a clause that is more than bodies name no lead', () => {
    check('Các cơ quan được giao chủ trì có trách nhiệm báo cáo kết quả.', 'subject', [
      'Các cơ quan được giao chủ trì',
    ]);
    check(
      'Các cơ quan phối hợp với cơ quan chủ trì triển khai.',
      'subject',
      ['Các cơ quan'],
      [['cơ quan', 25]],
    );
    check('Chủ trì thực hiện; Sở Nội vụ chủ trì tổng hợp.', 'none', []);
  });
});

describe('a body that assigns or asks, and "…, giao X" inside the sentence', () => {
  it('the bodies a subject asks lead', () => {
    check('Về nội dung này, Ủy ban nhân dân tỉnh đề nghị Sở Y tế hướng dẫn.', 'assignment', [
      'Sở Y tế',
    ]);
    check('Về nội dung này, Bộ Y tế thống nhất đề nghị Sở Tài chính bố trí kinh phí.', 'none', []);
  });

  it('the first assignment inside the sentence that names bodies leads', () => {
    check(
      'Để bảo đảm tiến độ, giao kế hoạch vốn sớm; đề nghị Sở Tài chính hướng dẫn thực hiện.',
      'assignment',
      ['Sở Tài chính'],
    );
    check(
      'Để bảo đảm tiến độ, giao Sở Y tế thực hiện; đề nghị Sở Tài chính hướng dẫn.',
      'assignment',
      ['Sở Y tế'],
    );
  });

  it('"đề nghị" before a plural asks it; "giao", a singular and "xét đề nghị" do not', () => {
    check(
      'Trong quá trình theo dõi nếu phát sinh vướng mắc đề nghị các cơ quan, đơn vị kịp thời phản ánh.',
      'assignment',
      ['các cơ quan, đơn vị'],
    );
    check('Khi cần thiết giao các sở, ngành phối hợp thực hiện.', 'none', []);
    check('Nếu có vướng mắc đề nghị Sở Y tế hướng dẫn các đơn vị.', 'none', []);
  });
});

describe('coordinators', () => {
  it('"phối hợp với" names coordinators; a collective closed by "liên quan" ends before the verb', () => {
    check(
      'Sở Y tế chủ trì, phối hợp với các đơn vị liên quan tổ chức.',
      'subject',
      ['Sở Y tế'],
      ['các đơn vị liên quan'],
    );
    check(
      'Sở Y tế chủ trì, phối hợp với các đơn vị liên quan Ủy ban nhân dân các huyện tổ chức.',
      'subject',
      ['Sở Y tế'],
      ['các đơn vị liên quan Ủy ban nhân dân các huyện'],
    );
  });

  it('the bodies right before "phối hợp với" lead when nothing else does', () => {
    check(
      'Về công tác này, Sở Y tế phối hợp với Sở Tài chính rà soát.',
      'subject',
      ['Sở Y tế'],
      ['Sở Tài chính'],
    );
    check(
      'Về công tác này, Sở Y tế tăng cường phối hợp với Sở Tài chính rà soát.',
      'none',
      [],
      ['Sở Tài chính'],
    );
    check('Hằng năm phối hợp với Sở Tài chính rà soát.', 'none', [], ['Sở Tài chính']);
  });
});

describe('reporting lines', () => {
  it('"báo cáo X" and "báo cáo … cho X" name whom a task reports to', () => {
    check(
      'Sở Y tế báo cáo kết quả cho Ủy ban nhân dân tỉnh.',
      'subject',
      ['Sở Y tế'],
      [],
      ['Ủy ban nhân dân tỉnh'],
    );
    check(
      'Sở Y tế báo cáo Kết quả cho Ủy ban nhân dân tỉnh.',
      'subject',
      ['Sở Y tế'],
      [],
      ['Ủy ban nhân dân tỉnh'],
    );
    check('Sở Y tế định kỳ báo cáo UBND tỉnh.', 'subject', ['Sở Y tế'], [], ['UBND tỉnh']);
    check('Sở Y tế báo cáo kết quả thực hiện.', 'subject', ['Sở Y tế']);
    check('Sở Y tế báo cáo kết quả; làm việc với Sở Nội vụ.', 'subject', ['Sở Y tế']);
  });
});

describe('a body after a leading phrase', () => {
  it('the body after the phrase and a comma, in the first sentence, leads when its verb follows', () => {
    check('Trên cơ sở đề nghị của các Bộ, Bộ Tài chính khẩn trương rà soát', 'subject', [
      'Bộ Tài chính',
    ]);
    check('Trên cơ sở kết quả rà soát. Sau đó, Bộ Tài chính khẩn trương tổng hợp.', 'none', []);
    check('Theo đề nghị của Sở Y tế, Sở Tài chính (cơ quan thường trực) tổng hợp.', 'none', []);
    check('Căn cứ tình hình, ủy ban nhân dân các xã xây dựng kế hoạch.', 'none', []);
    check('Căn cứ tình hình, các sở, ngành xây dựng kế hoạch.', 'subject', ['các sở, ngành']);
  });
});

describe('a list of bodies opening the text', () => {
  it('a heading that is nothing but bodies, or bodies with their members in brackets, leads its items', () => {
    check(
      'Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế):',
      'heading',
      ['Sở Tài chính', 'Ban quản lý Khu Kinh tế'],
      [],
      [],
      { children: true, from: 0 },
    );
    check(
      'Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế)',
      'heading',
      ['Sở Tài chính', 'Ban quản lý Khu Kinh tế'],
      [],
      [],
      { children: true, from: 0 },
    );
    check(
      'Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế) :',
      'heading',
      ['Sở Tài chính', 'Ban quản lý Khu Kinh tế'],
      [],
      [],
      { children: true, from: 0 },
    );
    check(
      'Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế) năm 2025:',
      'none',
      [],
      [],
      [],
      { children: true, from: 0 },
    );
    check('Các cơ quan, đơn vị liên quan (nếu có):', 'none', [], [], [], {
      children: true,
      from: 0,
    });
    check('Sở Tài chính (cơ quan thường trực).', 'none', []);
  });

  it('bodies before a colon lead the text after it', () => {
    check(
      'Sở Tài chính: hướng dẫn thực hiện các nội dung sau',
      'subject',
      ['Sở Tài chính'],
      [],
      [],
      { children: true, from: 0 },
    );
    check('Sở Tài chính: hướng dẫn thực hiện các nội dung sau', 'subject', ['Sở Tài chính']);
    check('Sở Tài chính:', 'none', []);
  });

  it('a plural head before a colon distributes over the names after it', () => {
    check('Các Bộ: Quốc phòng, Công an.', 'subject', ['Các Bộ']);
    check('Các Bộ : Quốc phòng, Công an chủ động triển khai.', 'subject', [
      'Quốc phòng',
      'Công an',
    ]);
  });

  it('bodies alone, not a heading, lead nothing', () => {
    check('Sở Tài chính, Sở Nội vụ', 'none', []);
    check('Các sở', 'none', []);
  });

  it('a leadership heading leads its items', () => {
    check(
      'Lãnh đạo Sở Y tế, Sở Tài chính',
      'heading',
      ['Lãnh đạo Sở Y tế', 'Sở Tài chính'],
      [],
      [],
      { children: true, from: 0 },
    );
  });
});

describe('the subject of "có trách nhiệm", "phải"', () => {
  it('a short capitalised role opening the sentence bears "có trách nhiệm", not "phải"', () => {
    check('Giáo vụ có trách nhiệm công bố điểm thi.', 'subject', ['Giáo vụ']);
    check('Giáo vụ phải công bố điểm thi.', 'none', []);
    check('giáo vụ có trách nhiệm công bố điểm thi.', 'none', []);
    check(
      'Giảng viên phụ trách học phần và trợ giảng của lớp học có trách nhiệm chấm bài.',
      'none',
      [],
    );
    check(
      'Giảng viên phụ trách học phần và trợ giảng của các lớp học có trách nhiệm chấm bài.',
      'none',
      [],
    );
  });

  it('the list of bodies that opens a later clause and reaches the verb bears it', () => {
    check('Tăng cường kiểm tra, các cơ quan, đơn vị có trách nhiệm triển khai.', 'subject', [
      'các cơ quan, đơn vị',
    ]);
    check('Khi phát hiện sai phạm; các cơ quan, đơn vị phải kịp thời xử lý.', 'subject', [
      'các cơ quan, đơn vị',
    ]);
    check('Khi cần thiết; Sở Y tế hướng dẫn và các đơn vị có trách nhiệm thực hiện.', 'none', []);
  });
});

describe('the length of a list', () => {
  it('a list of 300 characters leads, one of 301 does not', () => {
    check(
      'Sở Y tế, Sở Tài chính, Sở Nội vụ, Sở Xây dựng, Sở Công Thương, Sở Nông nghiệp và Môi trường, Sở Giáo dục và Đào tạo, Sở Khoa học và Công nghệ, Sở Văn hóa, Thể thao và Du lịch, Sở Tư pháp, Sở Ngoại vụ, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Ban Dân tộc tỉnh, Báo Lạng Sơn, Hội Nông dân tỉnh, Tỉnh đoàn triển khai thực hiện.',
      'subject',
      [
        'Sở Y tế',
        'Sở Tài chính',
        'Sở Nội vụ',
        'Sở Xây dựng',
        'Sở Công Thương',
        'Sở Nông nghiệp và Môi trường',
        'Sở Giáo dục và Đào tạo',
        'Sở Khoa học và Công nghệ',
        'Sở Văn hóa, Thể thao và Du lịch',
        'Sở Tư pháp',
        'Sở Ngoại vụ',
        'Công an tỉnh',
        'Bộ Chỉ huy Quân sự tỉnh',
        'Ban Dân tộc tỉnh, Báo Lạng Sơn',
        'Hội Nông dân tỉnh',
        'Tỉnh đoàn',
      ],
    );
    check(
      'Sở Y tế, Sở Tài chính, Sở Nội vụ, Sở Xây dựng, Sở Công Thương, Sở Nông nghiệp và Môi trường, Sở Giáo dục và Đào tạo, Sở Khoa học và Công nghệ, Sở Văn hóa, Thể thao và Du lịch, Sở Tư pháp, Sở Ngoại vụ, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Ban Dân tộc tỉnh, Báo Bắc Giang, Hội Nông dân tỉnh, Tỉnh đoàn triển khai thực hiện.',
      'none',
      [],
    );
  });
});
describe('which rule leads when several apply', () => {
  it('"Trách nhiệm của X" before a body that assigns', () => {
    check(
      'Trách nhiệm của Sở Y tế: hướng dẫn; Ủy ban nhân dân tỉnh giao Sở Tài chính bố trí kinh phí.',
      'subject',
      ['Sở Y tế'],
    );
  });

  it('a body that assigns before "X chủ trì"', () => {
    check(
      'Về việc này, Ủy ban nhân dân tỉnh giao Sở Y tế thực hiện; Sở Tài chính chủ trì thẩm định.',
      'assignment',
      ['Sở Y tế'],
    );
  });

  it('"X chủ trì" before the bodies opening the text', () => {
    check('Sở Y tế hướng dẫn chuyên môn; Sở Tài chính chủ trì thẩm định kinh phí.', 'subject', [
      'Sở Tài chính',
    ]);
  });

  it('the bodies opening the text before an assignment, a collective asked, or a later subject', () => {
    check('Sở Y tế hướng dẫn chuyên môn, giao Sở Tài chính bố trí kinh phí.', 'subject', [
      'Sở Y tế',
    ]);
    check(
      'Sở Y tế hướng dẫn chuyên môn; nếu có vướng mắc đề nghị các cơ quan phản ánh về Sở Y tế.',
      'subject',
      ['Sở Y tế'],
    );
    check('Sở Y tế hướng dẫn; các cơ quan, đơn vị có trách nhiệm thực hiện.', 'subject', [
      'Sở Y tế',
    ]);
  });

  it('an assignment inside the sentence before the subject after a leading phrase', () => {
    check(
      'Trên cơ sở đề xuất của các sở, Ủy ban nhân dân tỉnh giao Sở Tài chính tổng hợp.',
      'assignment',
      ['Sở Tài chính'],
    );
  });

  it('a leadership that is no heading leads nothing', () => {
    check('Lãnh đạo Sở Y tế, Sở Tài chính', 'none', []);
  });
});

describe('limits', () => {
  it('"Trách nhiệm của X:" reads a colon at the 80th character, not the 81st', () => {
    check(
      'Trách nhiệm của Phòng Quản lý đào tạo và khảo thí thuộc Trường Cao đẳng Y tế Huế: giám sát.',
      'subject',
      ['Phòng Quản lý đào tạo và khảo thí thuộc Trường Cao đẳng Y tế Huế'],
    );
    check(
      'Trách nhiệm của Phòng Quản lý đào tạo và khảo thí thuộc Trường Cao đẳng Y tế tỉnh: giám sát.',
      'none',
      [],
    );
    check('Trách nhiệm của giáo vụ là giám sát việc thi.', 'none', []);
  });

  it('"chủ trì" after words that are no body names no lead', () => {
    check('Đồng thời Sở Y tế chủ trì kiểm tra.', 'none', []);
  });

  it('"xét đề nghị các …" asks no one', () => {
    check('Khi cần thiết, xét đề nghị các cơ quan, đơn vị để điều chỉnh kế hoạch.', 'none', []);
  });

  it('"báo cáo … cho X" reads "cho" within 70 characters of "báo cáo"', () => {
    check(
      'Sở Y tế báo cáo kết quả thực hiện các nhiệm vụ được giao trong sáu tháng cuối năm 2025 cho Ủy ban nhân dân tỉnh.',
      'subject',
      ['Sở Y tế'],
      [],
      ['Ủy ban nhân dân tỉnh'],
    );
    check(
      'Sở Y tế báo cáo kết quả thực hiện các nhiệm vụ được giao trong 6 tháng đầu năm 2025 bằng văn bản cho Ủy ban nhân dân tỉnh.',
      'subject',
      ['Sở Y tế'],
    );
    check(
      'Sở Y tế định kỳ báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12.',
      'subject',
      ['Sở Y tế'],
      [],
      ['Ủy ban nhân dân tỉnh'],
    );
  });

  it('a body opening the text asks the bodies after "yêu cầu", across an abbreviation\'s dot', () => {
    check(
      'Ủy ban nhân dân TP.Hồ Chí Minh yêu cầu các sở, ngành triển khai thực hiện.',
      'assignment',
      ['các sở, ngành'],
    );
  });

  it('bodies with members in brackets lead only a heading', () => {
    check('Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế):', 'none', []);
  });

  it('a role of ten words bears "có trách nhiệm", one of eleven does not', () => {
    check('Giảng viên phụ trách học phần và trợ giảng lớp có trách nhiệm chấm bài.', 'subject', [
      'Giảng viên phụ trách học phần và trợ giảng lớp',
    ]);
    check(
      'Giảng viên phụ trách học phần và trợ giảng lớp học có trách nhiệm chấm bài.',
      'none',
      [],
    );
  });

  it('a collective named with its domain bears "có trách nhiệm" right after it, not a "phải" read past', () => {
    check('Khi cần thiết; cán bộ phụ trách công tác thi đua có trách nhiệm tổng hợp.', 'subject', [
      'cán bộ phụ trách công tác thi đua',
    ]);
    check('Khi cần thiết; cán bộ phụ trách công tác thi đua phải tổng hợp.', 'none', []);
  });
});

describe('lists over 300 characters', () => {
  // 17 bodies, 301 characters: no list of bodies is that long
  const long =
    'Sở Y tế, Sở Tài chính, Sở Nội vụ, Sở Xây dựng, Sở Công Thương, Sở Nông nghiệp và Môi trường, Sở Giáo dục và Đào tạo, Sở Khoa học và Công nghệ, Sở Văn hóa, Thể thao và Du lịch, Sở Tư pháp, Sở Ngoại vụ, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Ban Dân tộc tỉnh, Báo Bắc Giang, Hội Nông dân tỉnh, Tỉnh đoàn';

  it('are asked, coordinate or are reported to by no one', () => {
    expect(long).toHaveLength(301);
    check(`Về nội dung này, Ủy ban nhân dân tỉnh giao ${long} triển khai thực hiện.`, 'none', []);
    check(`Sở Y tế chủ trì, phối hợp với ${long} triển khai thực hiện.`, 'subject', ['Sở Y tế']);
    check(`Sở Y tế định kỳ báo cáo ${long} trước ngày 15 tháng 12.`, 'subject', ['Sở Y tế']);
  });
});

describe('a range inside a longer text', () => {
  it('a list across ";" may end at a dot followed by the space before the range end', () => {
    const text = 'Sở Tài chính; Sở Nội vụ. Tổ chức thực hiện.';
    const end = text.indexOf('Tổ');
    expect(own(text, true, 0, end)).toEqual({
      lead: mentions(text, ['Sở Tài chính', 'Sở Nội vụ']),
      rule: 'heading',
      coordinators: [],
      reportsTo: [],
    });
  });
});
describe('more limits of each rule', () => {
  it('"báo cáo … cho X" reads no "cho" after a bracket', () => {
    check('Sở Y tế báo cáo (qua Sở Tài chính) cho Ủy ban nhân dân tỉnh.', 'subject', ['Sở Y tế']);
  });

  it('"báo cáo" before a lower-case collective reports on it, not to it', () => {
    // (the body after "Định kỳ hằng quý," leads: a time phrase opens the sentence)
    check('Định kỳ hằng quý, Sở Nội vụ báo cáo các đơn vị chưa hoàn thành nhiệm vụ.', 'subject', [
      'Sở Nội vụ',
    ]);
  });

  it('a body opening the text asks the one body after "yêu cầu", not a list over 300 characters', () => {
    check('Ủy ban nhân dân TP.Hồ Chí Minh yêu cầu Sở Y tế triển khai thực hiện.', 'assignment', [
      'Sở Y tế',
    ]);
    check(
      'Ủy ban nhân dân TP.Hồ Chí Minh yêu cầu Sở Y tế, Sở Tài chính, Sở Nội vụ, Sở Xây dựng, Sở Công Thương, Sở Nông nghiệp và Môi trường, Sở Giáo dục và Đào tạo, Sở Khoa học và Công nghệ, Sở Văn hóa, Thể thao và Du lịch, Sở Tư pháp, Sở Ngoại vụ, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Ban Dân tộc tỉnh, Báo Bắc Giang, Hội Nông dân tỉnh, Tỉnh đoàn triển khai thực hiện.',
      'none',
      [],
    );
  });

  it('coordinators "liên quan" closes end before a verb the list does not know', () => {
    check(
      'Sở Y tế chủ trì, phối hợp với các đơn vị liên quan tiếp nhận hồ sơ.',
      'subject',
      ['Sở Y tế'],
      ['các đơn vị liên quan'],
    );
  });

  it('"phải" after a comma is borne by the list only after "thì"', () => {
    check('Trường hợp phát hiện vi phạm, thì các cơ quan, đơn vị phải kịp thời xử lý.', 'subject', [
      'các cơ quan, đơn vị',
    ]);
    check('Trường hợp phát hiện vi phạm, các cơ quan, đơn vị phải kịp thời xử lý.', 'none', []);
  });
});

describe('the clause start of "có trách nhiệm"', () => {
  it('is looked for within 200 characters before the verb', () => {
    // 14 bodies, 238 characters after "; ": the clause start is out of reach, the comma is not
    const text =
      'Khi cần thiết; Sở Y tế, Sở Tài chính, Sở Nội vụ, Sở Xây dựng, Sở Công Thương, Sở Nông nghiệp và Môi trường, Sở Giáo dục và Đào tạo, Sở Khoa học và Công nghệ, Sở Văn hóa, Thể thao và Du lịch, Sở Tư pháp, Sở Ngoại vụ, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh có trách nhiệm phối hợp thực hiện.';
    check(text, 'subject', [
      'Sở Công Thương',
      'Sở Nông nghiệp và Môi trường',
      'Sở Giáo dục và Đào tạo',
      'Sở Khoa học và Công nghệ',
      'Sở Văn hóa, Thể thao và Du lịch',
      'Sở Tư pháp',
      'Sở Ngoại vụ',
      'Công an tỉnh',
      'Bộ Chỉ huy Quân sự tỉnh',
    ]);
  });
});

describe('lists over 300 characters, once more', () => {
  const long =
    'Sở Y tế, Sở Tài chính, Sở Nội vụ, Sở Xây dựng, Sở Công Thương, Sở Nông nghiệp và Môi trường, Sở Giáo dục và Đào tạo, Sở Khoa học và Công nghệ, Sở Văn hóa, Thể thao và Du lịch, Sở Tư pháp, Sở Ngoại vụ, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Ban Dân tộc tỉnh, Báo Bắc Giang, Hội Nông dân tỉnh, Tỉnh đoàn';

  it('a body asking a list too long is passed over for the next one that asks', () => {
    const text = `Ủy ban nhân dân tỉnh giao ${long} triển khai; Ủy ban nhân dân tỉnh đề nghị Sở Tài chính hướng dẫn.`;
    check(text, 'assignment', [['Sở Tài chính', text.lastIndexOf('Sở Tài chính')]]);
  });

  it('bodies before a colon lead only when they are a list', () => {
    check(`${long}: tổ chức thực hiện.`, 'none', []);
  });
});
