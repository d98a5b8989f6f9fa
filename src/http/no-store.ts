// Responses no cache may keep: what carries who filed a grievance, a tracking number or a mobile in a form.
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './context.ts';

export const noStore = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
});
