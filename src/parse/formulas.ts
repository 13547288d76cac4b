/**
 * Formulas of a document about itself or about a letter it answers, which assign nothing:
 * promulgation ("Thực hiện chỉ đạo của …, Đảng đoàn Quốc hội ban hành Kế hoạch …"; "Hội đồng
 * nhân dân ban hành Nghị quyết …"), adoption ("Nghị quyết này đã được Hội đồng nhân dân …
 * thông qua ngày …"), receipt ("Bộ X nhận được kiến nghị của cử tri …") and thanks ("Bộ X trân
 * trọng cảm ơn …"). Read on the folded text of a paragraph. A promulgation names the document
 * itself (a capital: "ban hành Kế hoạch") by one body, the issuer; "Ủy ban nhân dân các huyện
 * ban hành kế hoạch thực hiện" is a task.
 */

/** Verbs of work: a subject followed by one of these before "ban hành" has a duty of its own
 *  ("Sở Tư pháp chủ trì xây dựng, ban hành kế hoạch …"). */
const WORK =
  /(?:^|\s)(?:chu\s*tri|phoi\s*hop|trach\s*nhiem|(?<!tuyen\s*)giao|de\s*nghi|yeu\s*cau|xay\s*dung|tham\s*muu|nghien\s*cuu|khan\s*truong|trinh|du\s*thao|chi\s*dao)(?:\s|$)/;
const DOC_KIND = String.raw`(?:ke\s*hoach|nghi\s*quyet|chi\s*thi|quyet\s*dinh|chuong\s*trinh|huong\s*dan|quy\s*dinh|quy\s*che)`;
/** "<subject> ban hành <kind of document>" in the first clause after a leading phrase. */
const PROMULGATES = new RegExp(
  String.raw`^((?:[^.;]{0,200}?,\s*)?[^.;,]{1,80}?)\sban\s*hanh\s+(${DOC_KIND})`,
);
const ADOPTED = new RegExp(
  String.raw`^${DOC_KIND}\s*nay\s*(?:da\s*)?duoc\s[^.;]{0,200}?\sthong\s*qua`,
);
const RECEIPT_OR_THANKS =
  /^[^.,;:]{1,80}?\s(?:(?:da\s*)?nhan\s*duoc\s*(?:kien\s*nghi|van\s*ban|cong\s*van|y\s*kien|de\s*nghi|bao\s*cao)|(?:tran\s*trong\s*|xin\s*)?cam\s*on)(?:\s|$)/;

/** Is the paragraph (its clean text and the folded `f`, index for index) a promulgation,
 *  adoption, receipt or thanks formula? */
export function isFormula(clean: string, f: string): boolean {
  // the leading marks and spaces: the match, maybe empty, is always at 0, so no "^"
  const lead = (/[\s*_]*/.exec(f) as RegExpExecArray)[0].length;
  const t = f.slice(lead);
  if (ADOPTED.test(t) || RECEIPT_OR_THANKS.test(t)) return true;
  const m = PROMULGATES.exec(t);
  if (!m) return false;
  const subject = (m[1] as string).slice((m[1] as string).lastIndexOf(',') + 1);
  // the first letter of the kind: inside the paragraph, so always there
  const kind = clean[lead + m[0].length - (m[2] as string).length] as string;
  return (
    /\p{Lu}/u.test(kind) &&
    !WORK.test(subject) &&
    !/(?:^|\s)(?:cac|nhung)\s/.test(subject) &&
    !/^(?:giao|de\s*nghi|yeu\s*cau)\s/.test(t)
  );
}

const THIS_DOC = String.raw`(?:chi\s*thi|ke\s*hoach|quyet\s*dinh|nghi\s*quyet|cong\s*van)\s*nay`;
/** After the request: "… Trong quá trình thực hiện, nếu có vướng mắc … báo cáo …" only. */
const REST = String.raw`\s*(?:trong\s*qua\s*trinh\s*(?:thuc\s*hien|trien\s*khai)[^]*)?[./\s]*$`;
/** "Chủ tịch UBND tỉnh yêu cầu X … thực hiện nghiêm túc Chỉ thị này." and "… giao X … theo
 *  chức năng … được giao tại kế hoạch này triển khai thực hiện đảm bảo …, đúng quy định./.":
 *  a request to carry out the document itself, with no work of its own (docs/labelling.md). */
const CARRY_OUT_THIS = new RegExp(
  String.raw`^[^.]{0,300}?(?:yeu\s*cau|de\s*nghi|giao)\s[^.]{0,400}?(?:` +
    String.raw`thuc\s*hien(?:\s*(?:nghiem\s*tuc|nghiem|co\s*hieu\s*qua))?\s*${THIS_DOC}\s*[.;]${REST}` +
    String.raw`|${THIS_DOC}\s*(?:to\s*chuc\s*)?trien\s*khai\s*,?\s*thuc\s*hien(?:\s*(?:dam\s*bao|dung|nghiem)[^.;]*)?${REST})`,
);

const NAMES_THIS = new RegExp(THIS_DOC);

/** Does the folded paragraph text only ask that this document be carried out? */
export function asksToCarryOut(f: string): boolean {
  // both branches name this document: without it the lazy scans need not run
  return NAMES_THIS.test(f) && CARRY_OUT_THIS.test(f);
}
