// The grievances module's texts in Bangla: part of the one catalogue (spread into bn.ts).
export const grievancesBn = {} as const;
