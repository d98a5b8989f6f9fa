// Grievance pages: the citizen's form and status page, the officers' list and handling pages.
import { Hono } from 'hono';
import type { AppEnv } from '../../http/context.ts';

export const grievancesWeb = new Hono<AppEnv>();
