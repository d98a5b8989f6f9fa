// The reports module's texts in English, key for key with reports.bn.ts.
import type { reportsBn } from './reports.bn.ts';

export const reportsEn: Record<keyof typeof reportsBn, string> = {};
