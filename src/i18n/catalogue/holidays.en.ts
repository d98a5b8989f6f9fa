// The holidays module's texts in English, key for key with holidays.bn.ts.
import type { holidaysBn } from './holidays.bn.ts';

export const holidaysEn: Record<keyof typeof holidaysBn, string> = {};
