// The open311 module's texts in Bangla: part of the one catalogue (spread into bn.ts).
export const open311Bn = {} as const;
