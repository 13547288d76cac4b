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
