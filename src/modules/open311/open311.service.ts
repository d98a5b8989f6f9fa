// Open311's use cases over the grievances: the jurisdiction, its services, its requests, filing one. Reads
// are public; filing goes through fileGrievance as the public, whoever's cookie came with the request.
import type { Db } from '../../db/client.ts';
import { PUBLIC, type Ctx } from '../shared/context.ts';
import * as offices from '../offices/offices.service.ts';
import { charterForGrievance } from '../grievances/grievances.repo.ts';
import { fileGrievance, type Filed } from '../grievances/file.service.ts';
import type { GrievanceRow } from '../grievances/grievances.repo.ts';
import type { ServiceRow } from '../charters/charters.repo.ts';
import { refuse } from './open311.errors.ts';
import { MAX_REQUESTS, parseRequestId, type PostInput, type RequestsQuery } from './open311.input.ts';
import { serviceCodeOf } from './open311.presenter.ts';
import * as repo from './open311.repo.ts';

/** The office whose portal address is the jurisdiction_id (required: this endpoint serves every office). */
export async function jurisdiction(db: Db, id: string | undefined): Promise<offices.Office> {
  const given = id?.trim();
  if (!given) throw refuse(400, 'open311.error.jurisdiction-missing');
  const office = await offices.findOfficeByPortal(db, given);
  if (!office) throw refuse(404, 'open311.error.jurisdiction-unknown', { jurisdiction: given });
  return office;
}

/** The service rows of the office's current (latest published) charter; none before one is published. */
export async function servicesOf(db: Db, office: offices.Office): Promise<ServiceRow[]> {
  return (await charterForGrievance(db, office.id)).services;
}

export async function findService(db: Db, office: offices.Office, code: string): Promise<ServiceRow> {
  const row = (await servicesOf(db, office)).find((s) => serviceCodeOf(s) === code);
  if (!row) throw refuse(404, 'open311.error.service-unknown', { code, jurisdiction: office.portal ?? '' });
  return row;
}

export interface Found {
  grievance: GrievanceRow;
  /** the office handling it now (forwarding moves it), whose name and address the request shows */
  office: offices.Office;
}

async function withOffices(db: Db, rows: GrievanceRow[], jurisdictionOffice: offices.Office): Promise<Found[]> {
  const known = new Map([[jurisdictionOffice.id, jurisdictionOffice]]);
  const found: Found[] = [];
  for (const grievance of rows) {
    let office = known.get(grievance.officeId);
    if (!office) {
      office = await offices.getOffice(db, grievance.officeId);
      known.set(office.id, office);
    }
    found.push({ grievance, office });
  }
  return found;
}

/** GET requests: the jurisdiction's grievances by the filters, newest first, at most 1000. */
export async function listRequests(db: Db, office: offices.Office, q: RequestsQuery): Promise<Found[]> {
  if (q.ids?.length === 0) return [];
  const rows = await repo.findRequests(db, { officeId: office.id, ...q, limit: MAX_REQUESTS });
  return withOffices(db, rows, office);
}

const NONE = { serviceCodes: null, statuses: null, from: null, to: null } as const;

/** GET requests/:id: one grievance of the jurisdiction by its public id; a tracking number is no id here. */
export async function getRequest(db: Db, office: offices.Office, given: string): Promise<Found> {
  const id = parseRequestId(given);
  const [row] = id !== null ? await repo.findRequests(db, { officeId: office.id, ids: [id], ...NONE, limit: 1 }) : [];
  if (!row) throw refuse(404, 'open311.error.not-found');
  const [found] = await withOffices(db, [row], office);
  if (!found) throw refuse(404, 'open311.error.not-found');
  return found;
}

/**
 * POST requests: a grievance through the one use case that files them, channel open311, the client's key
 * when it gave one. The actor is the public even if a signed-in browser sent it: Open311 never acts as a user.
 * Whether what was written may be published is left to the use case's default (Open311 has no field for it).
 */
export async function createRequest(ctx: Ctx, office: offices.Office, input: PostInput): Promise<Filed> {
  return fileGrievance(
    { ...ctx, actor: PUBLIC },
    {
      officeId: office.id,
      serviceCode: input.serviceCode,
      name: input.name,
      mobile: input.phone,
      email: input.email,
      address: input.address,
      description: input.description,
      channel: 'open311',
      clientKey: input.clientKey,
    },
  );
}

/** Discovery's changeset: the last publication of a charter (when service lists change), or the epoch. */
export async function changeset(db: Db): Promise<Date> {
  return (await repo.lastPublishedAt(db)) ?? new Date(0);
}
