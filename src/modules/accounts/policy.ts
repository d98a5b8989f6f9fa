// Who may do what to which office's data: one table, asked by every service before it reads a private
// thing or writes. A role held at an office reaches that office, or the offices below it, never sideways
// or up. The permission matrix test is generated from this table.
import type { Role } from '../../db/schema.ts';
import type { Actor, Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/domain-error.ts';

/** own: the office the role is held at; below: strictly under it; tree: it and everything under it. */
export type Reach = 'own' | 'below' | 'tree';

export const POLICY = {
  /** see drafts, submitted and approved editions, and their import findings */
  'charter.read-draft': { editor: 'own', head: 'own', reviewer: 'below', admin: 'tree' },
  /** create, change and upload into a draft; answer the reviewer's comments */
  'charter.edit': { editor: 'own' },
  'charter.submit': { editor: 'own' },
  'charter.comment': { reviewer: 'below', editor: 'own' },
  'charter.approve': { reviewer: 'below' },
  'charter.publish': { head: 'own' },
  'officials.edit': { editor: 'own', head: 'own', admin: 'tree' },
  'audit.read': { head: 'tree', reviewer: 'below', admin: 'tree' },
  'user.manage': { admin: 'tree' },
  'office.manage': { admin: 'tree' },
  'template.manage': { admin: 'own' },
  /** see an office's grievances with the complainant masked; who filed one only those who handle it now see (the right below for its level) */
  'grievance.read': { 'grievance-officer': 'own', 'appeal-officer': 'tree', head: 'own', reviewer: 'below', admin: 'tree' },
  /** take the steps of the first level: investigate, hear, decide, forward, ask for clarification */
  'grievance.handle': { 'grievance-officer': 'own' },
  /** take the steps of a grievance escalated to the appeal officer, and record the Cabinet Division cell's outcome */
  'grievance.appeal': { 'appeal-officer': 'tree' },
  /** the dashboards and reports of an office and the offices below it */
  'grievance.report': { 'grievance-officer': 'own', 'appeal-officer': 'tree', head: 'tree', reviewer: 'below', admin: 'tree' },
  /** the holidays and the weekly days off, kept at the root office */
  'calendar.manage': { admin: 'tree' },
} as const satisfies Record<string, Partial<Record<Role, Reach>>>;

export type Action = keyof typeof POLICY;
export const ACTIONS = Object.keys(POLICY) as Action[];

export interface OfficeRef {
  id: number;
  path: string;
}

function reaches(reach: Reach, actorOffice: { officeId: number; officePath: string }, office: OfficeRef): boolean {
  const own = office.id === actorOffice.officeId;
  const under = office.path.startsWith(actorOffice.officePath) && !own;
  return reach === 'own' ? own : reach === 'below' ? under : own || under;
}

export function can(actor: Actor, action: Action, office: OfficeRef): boolean {
  switch (actor.kind) {
    case 'operator':
    case 'system':
      return true;
    case 'public':
      return false;
    case 'user': {
      const rules: Partial<Record<Role, Reach>> = POLICY[action];
      return actor.roles.some((role) => {
        const reach = rules[role];
        return reach !== undefined && reaches(reach, actor, office);
      });
    }
  }
}

/** Throws 401 for nobody signed in, 403 for someone without the right. */
export function authorize(ctx: Ctx, action: Action, office: OfficeRef): void {
  if (can(ctx.actor, action, office)) return;
  throw new DomainError(ctx.actor.kind === 'public' ? 'auth.required' : 'auth.forbidden', { action });
}
