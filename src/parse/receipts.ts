/**
 * Incoming-document stamps (văn bản đến): "VĂN PHÒNG TỈNH ỦY LẠNG SƠN / VĂN BẢN ĐẾN QUA MẠNG /
 * Số: 9095 Ngày: 06/09/2022 / Chuyển: ….. / Lưu hồ sơ: …..". The receiver is the capitals line
 * just above the stamp's title. The stamp's lines are claimed so that its "Số:" is never read as
 * the document's number.
 */
import { findDate } from './dates.ts';
import { nameFromCaps } from './names.ts';
import { isCapsLine, squash, type Source } from './source.ts';
import type { ActorFactory } from './actors.ts';
import type { Receipt } from './types.ts';

const STAMP = /^(?:(?:van\s*ban|cong\s*van)\s*)?den(?:\s+qua\s+mang|\s*:)?(?:\s|$)/;

export interface ReceiptBlock {
  receipt: Omit<Receipt, 'receiver'> & { receiverRange: [number, number] | null };
  /** Line indexes (into src.lines) the stamp uses. */
  lines: number[];
}

export function findReceipts(src: Source): ReceiptBlock[] {
  const out: ReceiptBlock[] = [];
  const { lines } = src;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const f = src.fold.slice(line.start, line.end).trim();
    if (!STAMP.test(f)) continue;
    if (!(isCapsLine(line.text) || /^den\s*:/.test(f))) continue;
    // a number and a date within the next three lines (or on this one)
    let number: string | null = null;
    let date: string | null = null;
    const used = [i];
    let last = i;
    for (let j = i; j < Math.min(lines.length, i + 4); j++) {
      const fl = src.fold.slice(lines[j]!.start, lines[j]!.end);
      const nm = /so\s*:?\s*(\d{1,7})\b/.exec(fl);
      if (nm && number === null) number = nm[1] as string;
      const dm = /ngay\s*:?\s*/.exec(fl);
      if (dm) {
        const d = findDate(fl.slice(dm.index + dm[0].length));
        if (d && date === null) date = d.iso;
      }
      if ((nm || dm) && j !== i) {
        used.push(j);
        last = j;
      }
    }
    if (number === null && date === null) continue;
    // bookkeeping lines of the stamp ("Chuyển: …..", "Lưu hồ sơ: …..")
    for (let j = last + 1; j < Math.min(lines.length, last + 5); j++) {
      const fl = squash(src.fold.slice(lines[j]!.start, lines[j]!.end));
      if (
        /^(?:chuyen|chuyên|luu\s*ho\s*so|nguoi\s*nhan|ky\s*hieu|so\s*va\s*ky\s*hieu)\b.*(?:\.{2,}|:)/.test(
          fl,
        )
      ) {
        used.push(j);
        last = j;
      } else if (fl !== '') break;
    }
    let receiverRange: [number, number] | null = null;
    for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
      const l = lines[j]!;
      const tt = l.text.trim();
      if (tt === '') continue;
      if (isCapsLine(tt) && !/\d/.test(tt)) {
        const lead = l.text.length - l.text.trimStart().length;
        receiverRange = [l.start + lead, l.start + lead + tt.length];
        used.unshift(j);
      }
      break;
    }
    const first = lines[used[0] as number]!;
    const end = lines[last]!;
    const q = src.quoted(
      first.start + (first.text.length - first.text.trimStart().length),
      end.start + end.text.trimEnd().length,
    );
    // the clean text has one space between words
    const channel = f.includes('qua mang') ? 'qua mạng' : null;
    out.push({ receipt: { number, date, channel, receiverRange, ...q }, lines: used });
    i = last;
  }
  return out;
}

export function toReceipt(src: Source, block: ReceiptBlock, actors: ActorFactory): Receipt {
  const { receiverRange, ...rest } = block.receipt;
  const receiver = receiverRange
    ? actors.one(
        receiverRange[0],
        receiverRange[1],
        nameFromCaps(src.clean.slice(receiverRange[0], receiverRange[1])),
      )
    : null;
  return { receiver, ...rest };
}
