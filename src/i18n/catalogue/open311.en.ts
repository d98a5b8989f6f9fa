// The open311 module's texts in English, key for key with open311.bn.ts.
import type { open311Bn } from './open311.bn.ts';

export const open311En: Record<keyof typeof open311Bn, string> = {};
