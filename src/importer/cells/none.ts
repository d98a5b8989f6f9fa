// A cell or a line that says "nothing here" in words: "প্রযোজ্য নয়", "নেই", "কেউ নির্ধারিত নেই", "—", "N/A".
import { bnRegExp } from '../../charter/match.ts';

const NONE = bnRegExp('^(?:প্রযোজ্য\\s*(?:নয়|নহে)|নেই|নাই|(?:কেউ\\s*)?নির্ধারিত\\s*নেই|কোনো\\s.*\\sনেই|[—–-]+|n/?a|none|nil|not applicable)\\s*[।.]?$', 'i');

export function saysNone(text: string): boolean {
  return NONE.test(text.trim());
}
