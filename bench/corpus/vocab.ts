/**
 * The wording the corpus is built from: themes of the central resolution, the bodies each level
 * names (as the templates of seed/orgs and the synthetic registry know them, so they resolve),
 * task sentences, deadlines, targets and recipient lines.
 *
 * Task sentences keep to what the parser reads as a lead (src/parse/tasks.ts): a body at the
 * start of the item ended by a lower-case verb ("X chủ trì, phối hợp với Y tổ chức…"), an item
 * heading that is nothing but a body with bullets under it, or "Giao X …". Every action starts
 * with such a verb, so a coordinator list ends where the action begins. Sentences outside the task
 * parts never say "chủ trì" (lead) or "phối hợp với" (coordinate with) and never open with a
 * body, so they are not read as tasks.
 */

import type { OrgKind } from '../../src/orgs/types.ts';

export interface Theme {
  /** Trích yếu (subject) of the central resolution, "về …". */
  subject: string;
  /** What the documents are about, inside sentences. */
  topic: string;
  /** Target sentences: {scope} "toàn tỉnh", {a} - {b} a count range (scaled to the level),
   *  {r1} - {r2} a percentage range, {p} a percentage. */
  targets: string[];
  /** Bodies of a province (Sở…) that this theme brings in, by template name. */
  provinceExtra: string[];
}

export const THEMES: Theme[] = [
  {
    subject:
      'về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới',
    topic: 'kinh tế tập thể, hợp tác xã',
    targets: [
      'Phấn đấu đến năm 2030 {scope} có khoảng {a} - {b} hợp tác xã, trong đó có ít nhất {p}% hợp tác xã tham gia liên kết theo chuỗi giá trị.',
      'Tối thiểu {p}% hợp tác xã xếp loại tốt, khá; 100% hợp tác xã tổ chức, hoạt động theo quy định của Luật Hợp tác xã.',
      'Hằng năm thành lập mới từ {a} đến {b} tổ hợp tác.',
    ],
    provinceExtra: [
      'Sở Nông nghiệp và Phát triển nông thôn',
      'Liên minh Hợp tác xã tỉnh',
      'Ban Chỉ đạo Phát triển kinh tế tập thể tỉnh',
    ],
  },
  {
    subject: 'về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045',
    topic: 'nông nghiệp, nông dân, nông thôn',
    targets: [
      'Phấn đấu đến năm 2030 {scope} có {r1} - {r2}% số xã đạt chuẩn nông thôn mới nâng cao.',
      'Tốc độ tăng năng suất lao động nông, lâm, thủy sản bình quân đạt trên {p}%/năm.',
      'Tỷ lệ lao động nông nghiệp qua đào tạo đạt tối thiểu {p}%.',
    ],
    provinceExtra: ['Sở Nông nghiệp và Phát triển nông thôn', 'Liên minh Hợp tác xã tỉnh'],
  },
  {
    subject:
      'về tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức đáp ứng yêu cầu phát triển đất nước nhanh và bền vững trong giai đoạn mới',
    topic: 'đội ngũ trí thức',
    targets: [
      'Phấn đấu đến năm 2030 {scope} có khoảng {a} - {b} trí thức có trình độ sau đại học.',
      'Tối thiểu {p}% cán bộ, công chức cấp xã có trình độ đại học trở lên.',
    ],
    provinceExtra: [],
  },
  {
    subject:
      'về xây dựng và phát triển văn hóa, con người Việt Nam đáp ứng yêu cầu phát triển bền vững đất nước',
    topic: 'văn hóa, con người Việt Nam',
    targets: [
      'Phấn đấu đến năm 2030 có {r1} - {r2}% thôn, tổ dân phố có nhà văn hóa đạt chuẩn.',
      'Trên {p}% hộ gia đình đạt danh hiệu gia đình văn hóa.',
    ],
    provinceExtra: ['Tỉnh đoàn'],
  },
];

/** Central bodies (seed/orgs/central.yaml) that lead tasks in the two central documents. */
export const CENTRAL_BODIES = [
  'Ban Tuyên giáo Trung ương',
  'Ban Kinh tế Trung ương',
  'Ban Tổ chức Trung ương',
  'Ban Dân vận Trung ương',
  'Ban Nội chính Trung ương',
  'Ủy ban Kiểm tra Trung ương',
  'Văn phòng Trung ương Đảng',
  'Hội đồng Lý luận Trung ương',
  'Đảng đoàn Quốc hội',
  'Ban cán sự đảng Chính phủ',
  'Đảng đoàn Mặt trận Tổ quốc Việt Nam',
  'Ban cán sự đảng Bộ Kế hoạch và Đầu tư',
  'Ban cán sự đảng Bộ Thông tin và Truyền thông',
  'Ban cán sự đảng Bộ Tư pháp',
  'Liên minh Hợp tác xã Việt Nam',
  'Đảng ủy Khối các cơ quan Trung ương',
];

/** Bodies of the document's province, written relative to it (seed/orgs/templates.yaml). */
export const PROVINCE_BODIES = [
  ['Ban Tuyên giáo Tỉnh ủy', 'BTG Tỉnh ủy'],
  ['Ban Dân vận Tỉnh ủy'],
  ['Ban Tổ chức Tỉnh ủy'],
  ['Ban Nội chính Tỉnh ủy'],
  ['Ủy ban Kiểm tra Tỉnh ủy', 'UBKT Tỉnh ủy'],
  ['Văn phòng Tỉnh ủy'],
  ['Ban cán sự đảng Ủy ban nhân dân tỉnh', 'Ban cán sự đảng UBND tỉnh'],
  ['Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh'],
  ['Ủy ban nhân dân tỉnh', 'UBND tỉnh'],
  ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Mặt trận Tổ quốc tỉnh', 'UBMTTQ tỉnh'],
  ['Tỉnh đoàn'],
  ['Thường trực Hội đồng nhân dân tỉnh', 'Thường trực HĐND tỉnh'],
];

/** Bodies of the document's district. */
export const DISTRICT_BODIES = [
  ['Ban Tuyên giáo Huyện ủy', 'BTG Huyện ủy'],
  ['Ban Dân vận Huyện ủy'],
  ['Ban Tổ chức Huyện ủy'],
  ['Ủy ban Kiểm tra Huyện ủy', 'UBKT Huyện ủy'],
  ['Văn phòng Huyện ủy'],
  ['Ủy ban nhân dân huyện', 'UBND huyện'],
  ['Ủy ban Mặt trận Tổ quốc Việt Nam huyện', 'Mặt trận Tổ quốc huyện', 'UBMTTQ huyện'],
  ['Chi nhánh Liên minh Hợp tác xã huyện'],
  ['Thường trực Hội đồng nhân dân huyện', 'Thường trực HĐND huyện'],
];

/**
 * Bodies of a commune: the registry has no commune templates (a template is tỉnh or huyện), so
 * the synthetic registry lists each commune's bodies by full name and the text names them in
 * full: name and aliases are followed by "xã <name>". Only the bodies the text names: the registry
 * file grows by one line per body and commune, and YAML parses at ~1.7 MB/s.
 */
export const COMMUNE_BODIES: {
  key: string;
  kind: OrgKind;
  name: string;
  aliases: string[];
  /** Key of the commune body it belongs to (the committee's own organs only). */
  partOf?: string;
}[] = [
  { key: 'dang-uy', kind: 'cap-uy', name: 'Đảng ủy', aliases: [] },
  {
    key: 'ban-thuong-vu',
    kind: 'ban-thuong-vu',
    name: 'Ban Thường vụ Đảng ủy',
    aliases: [],
    partOf: 'dang-uy',
  },
  {
    key: 'van-phong',
    kind: 'van-phong',
    name: 'Văn phòng Đảng ủy',
    aliases: [],
    partOf: 'dang-uy',
  },
  { key: 'ubnd', kind: 'chinh-quyen', name: 'Ủy ban nhân dân', aliases: [] },
  {
    key: 'uy-ban-mttq',
    kind: 'mat-tran',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam',
    // "UBMTTQ xã X" expands as written, without "Việt Nam" (seed/orgs/abbreviations.yaml)
    aliases: ['Ủy ban Mặt trận Tổ quốc', 'Mặt trận Tổ quốc'],
  },
  {
    key: 'doan-thanh-nien',
    kind: 'doan-the',
    name: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    aliases: ['Đoàn Thanh niên'],
  },
];

/** Commune bodies that lead tasks, as written (`{x}` = "xã <name>"). */
export const COMMUNE_LEADS = [
  ['Ủy ban nhân dân {x}', 'UBND {x}'],
  ['Ủy ban Mặt trận Tổ quốc Việt Nam {x}', 'Mặt trận Tổ quốc {x}', 'UBMTTQ {x}'],
  ['Văn phòng Đảng ủy {x}'],
  ['Đoàn Thanh niên Cộng sản Hồ Chí Minh {x}', 'Đoàn Thanh niên {x}'],
  ['Các đoàn thể chính trị - xã hội {x}'],
];

/** What a task does: each starts with a verb that ends an actor list (src/parse/actors.ts). */
export const ACTIONS = [
  'tổ chức quán triệt, tuyên truyền sâu rộng nội dung Nghị quyết đến cán bộ, đảng viên và các tầng lớp Nhân dân',
  'hướng dẫn các cơ quan, đơn vị xây dựng kế hoạch thực hiện phù hợp với tình hình thực tế',
  'rà soát, đề xuất sửa đổi, bổ sung cơ chế, chính sách về {topic} phù hợp với điều kiện của {local}',
  'xây dựng chương trình, kế hoạch cụ thể thực hiện các mục tiêu về {topic}',
  'theo dõi, đôn đốc, kiểm tra việc triển khai thực hiện Nghị quyết tại các địa phương, đơn vị',
  'tham mưu bố trí nguồn lực để thực hiện hiệu quả các nhiệm vụ về {topic}',
  'nghiên cứu, đề xuất các mô hình, cách làm hiệu quả về {topic} để nhân rộng',
  'tăng cường kiểm tra, giám sát việc thực hiện chủ trương, chính sách về {topic}',
  'đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý nhà nước về {topic}',
  'vận động đoàn viên, hội viên và Nhân dân hưởng ứng, tham gia thực hiện các mục tiêu về {topic}',
  'tuyên truyền, biểu dương, nhân rộng các điển hình tiên tiến về {topic}',
  'đánh giá kết quả thực hiện Nghị quyết, đề xuất giải pháp tháo gỡ khó khăn, vướng mắc',
  'xây dựng cơ sở dữ liệu về {topic}, bảo đảm liên thông, chia sẻ thông tin giữa các ngành',
  'tổ chức đào tạo, bồi dưỡng nâng cao năng lực cho đội ngũ cán bộ làm công tác {topic}',
];

/** A second clause after an action (no "báo cáo", so no reporting line is read from it). */
export const ACTION_TAILS = [
  '; chú trọng đổi mới nội dung, hình thức, bảo đảm thiết thực, hiệu quả, tránh hình thức',
  '; kịp thời phát hiện, biểu dương, nhân rộng các mô hình hay, cách làm hiệu quả',
  ', gắn với thực hiện nhiệm vụ chính trị của cơ quan, đơn vị và địa phương',
  ', bảo đảm đúng quy định, phù hợp với điều kiện thực tế và khả năng cân đối nguồn lực',
  '; tập trung tháo gỡ khó khăn, vướng mắc phát sinh trong quá trình tổ chức thực hiện',
  ', chú trọng ứng dụng công nghệ số và các nền tảng mạng xã hội trong tuyên truyền',
];

/** Targets every theme can set (percentages only, so no scaling by level). */
export const COMMON_TARGETS = [
  'Phấn đấu đến năm 2030 có {r1} - {r2}% cán bộ, đảng viên được quán triệt, học tập đầy đủ nội dung Nghị quyết.',
  'Hằng năm có trên {p}% tổ chức cơ sở đảng xây dựng kế hoạch và tổ chức thực hiện Nghị quyết.',
  'Đến năm 2025, 100% cơ quan, đơn vị cụ thể hóa Nghị quyết bằng chương trình, kế hoạch.',
];

/** Part I of the resolution (TÌNH HÌNH VÀ NGUYÊN NHÂN, situation and causes): paragraphs. */
export const SITUATION = [
  'Sau hơn 20 năm thực hiện các nghị quyết, kết luận của Đảng {subject}, nhận thức của các cấp, các ngành và Nhân dân có nhiều chuyển biến tích cực; hệ thống chính sách, pháp luật từng bước được hoàn thiện, tạo môi trường thuận lợi cho {topic} phát triển.',
  'Tuy nhiên, kết quả đạt được chưa tương xứng với tiềm năng, lợi thế và yêu cầu phát triển của đất nước; việc thể chế hóa chủ trương của Đảng còn chậm, một số chính sách chưa sát thực tiễn, nguồn lực bố trí còn phân tán.',
  'Nguyên nhân chủ yếu là một số cấp ủy, chính quyền chưa nhận thức đầy đủ vị trí, vai trò của {topic}; công tác lãnh đạo, chỉ đạo, kiểm tra, giám sát có lúc, có nơi chưa thường xuyên; sự phối hợp giữa các cơ quan chưa chặt chẽ.',
  'Trong thời gian tới, tình hình thế giới và khu vực tiếp tục diễn biến nhanh, phức tạp, khó lường; cuộc Cách mạng công nghiệp lần thứ tư và chuyển đổi số đặt ra nhiều cơ hội và thách thức mới đối với {topic}.',
];

/** Part II of the resolution (QUAN ĐIỂM, viewpoints). */
export const VIEWPOINTS = [
  '{Topic} là bộ phận quan trọng của sự nghiệp đổi mới, là nhiệm vụ của cả hệ thống chính trị, trong đó cấp ủy, tổ chức đảng giữ vai trò lãnh đạo toàn diện.',
  'Phát triển {topic} phải đặt trong tổng thể chiến lược phát triển kinh tế - xã hội, gắn với bảo đảm quốc phòng, an ninh và hội nhập quốc tế.',
  'Nhà nước giữ vai trò kiến tạo, hoàn thiện thể chế, bố trí nguồn lực; phát huy vai trò chủ thể của Nhân dân, doanh nghiệp và các tổ chức xã hội.',
  'Kế thừa, phát huy những kết quả đã đạt được; mạnh dạn đổi mới tư duy, cách làm, lấy hiệu quả thực tế làm thước đo.',
];

/** Item headings of a topic with bullets under it (no actor: each bullet names its own lead). */
export const TOPIC_HEADINGS = [
  'Nâng cao nhận thức, trách nhiệm của cả hệ thống chính trị về {topic}',
  'Tiếp tục hoàn thiện cơ chế, chính sách về {topic}',
  'Nâng cao hiệu lực, hiệu quả quản lý nhà nước về {topic}',
  'Huy động và sử dụng hiệu quả các nguồn lực cho {topic}',
  'Đẩy mạnh cải cách hành chính, chuyển đổi số trong các lĩnh vực liên quan đến {topic}',
  'Tăng cường công tác kiểm tra, giám sát, sơ kết, tổng kết việc thực hiện Nghị quyết',
];

/** Purposes (part I, MỤC ĐÍCH, YÊU CẦU): no body at the start, no "chủ trì"/"phối hợp với". */
export const PURPOSES = [
  'Quán triệt sâu sắc, tạo sự thống nhất cao về nhận thức và hành động trong toàn Đảng bộ, chính quyền và Nhân dân {scope} về {topic}.',
  'Cụ thể hóa các quan điểm, mục tiêu, nhiệm vụ và giải pháp của Nghị quyết phù hợp với đặc điểm, tình hình của {local}; xác định rõ nhiệm vụ trọng tâm, lộ trình thực hiện.',
  'Đề cao vai trò, trách nhiệm của người đứng đầu trong lãnh đạo, chỉ đạo tổ chức thực hiện; thường xuyên kiểm tra, giám sát, kịp thời tháo gỡ khó khăn, vướng mắc.',
  'Việc triển khai thực hiện phải nghiêm túc, đồng bộ, thiết thực, hiệu quả, tránh hình thức; gắn với thực hiện các nhiệm vụ chính trị của địa phương, đơn vị.',
];

export const GENERAL_GOALS = [
  'Tạo chuyển biến mạnh mẽ về nhận thức và hành động của cán bộ, đảng viên và Nhân dân về {topic}; phát huy sức mạnh tổng hợp của cả hệ thống chính trị, góp phần phát triển kinh tế - xã hội nhanh và bền vững.',
  'Tổ chức thực hiện hiệu quả các mục tiêu, nhiệm vụ và giải pháp của Nghị quyết; phát triển {topic} năng động, hiệu quả, bền vững, đóng góp ngày càng cao vào tăng trưởng của địa phương.',
];

/** Deadline phrases; {y} the year after the document, {y0} its own year. */
export const DEADLINES = [
  'hoàn thành trong quý IV/{y0}',
  'hoàn thành trong quý I/{y}',
  'hoàn thành trong quý II/{y}',
  'thực hiện hằng năm',
  'thực hiện hàng năm, từ năm {y}',
  'hoàn thành trước ngày 30/6/{y}',
  'hoàn thành trước ngày 15/12/{y}',
  'thực hiện từ năm {y}',
  'hoàn thành trong năm {y}',
  'hoàn thành trong tháng 9/{y}',
  'thường xuyên',
];

export const TASK_PART_TITLES = [
  'NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU',
  'NHIỆM VỤ VÀ GIẢI PHÁP',
  'MỘT SỐ NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM',
  'NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
];
