// Open311 GeoReport v2 over the grievances, for existing clients and the 333 call centre's tools.
import { Hono } from 'hono';
import type { AppEnv } from '../../http/context.ts';

export const open311Api = new Hono<AppEnv>();
