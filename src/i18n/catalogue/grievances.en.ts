// The grievances module's texts in English, key for key with grievances.bn.ts.
import type { grievancesBn } from './grievances.bn.ts';

export const grievancesEn: Record<keyof typeof grievancesBn, string> = {};
