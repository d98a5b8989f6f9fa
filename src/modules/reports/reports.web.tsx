// Grievance dashboards and reports: per office, and offices ranked for districts and headquarters.
import { Hono } from 'hono';
import type { AppEnv } from '../../http/context.ts';

export const reportsWeb = new Hono<AppEnv>();
