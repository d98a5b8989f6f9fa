// The grievance JSON API: filing (no sign-in), public status, and the officers' reads and steps.
import { Hono } from 'hono';
import type { AppEnv } from '../../http/context.ts';

export const grievancesApi = new Hono<AppEnv>();
