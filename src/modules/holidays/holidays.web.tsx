// The holiday calendar's pages: the notified holidays by year, kept by administrators.
import { Hono } from 'hono';
import type { AppEnv } from '../../http/context.ts';

export const holidaysWeb = new Hono<AppEnv>();
