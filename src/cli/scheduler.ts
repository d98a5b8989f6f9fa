// `scheduler run [--now ISO]`: does every job that is due (escalations, reminders, re-dating, the anonymising
// sweep) now, with a progress bar; what the server's scheduler does every half minute. --now moves the clock
// (to see what a date would do); without it, the machine's.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { countDueJobs, countFailedJobs, runDueJobs } from '../modules/scheduler/jobs.service.ts';
import { GRIEVANCE_JOBS, scheduleDaily } from '../modules/grievances/jobs.ts';
import { CliError, say, withCtx } from './shared.ts';
import { progressBar } from './progress.ts';

export async function schedulerCommand(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub !== 'run') throw new CliError('cli.scheduler.usage');
  const { values } = parseArgs({ args: rest, options: { now: { type: 'string' } } });
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime())) throw new CliError('cli.scheduler.usage');
  const retention = loadConfig().GRIEVANCE_RETENTION_DAYS;
  const result = await withCtx(async (ctx) => {
    await scheduleDaily({ ...ctx, now }, retention);
    const bar = progressBar(await countDueJobs(ctx.db, now));
    const r = await runDueJobs(ctx.db, now, GRIEVANCE_JOBS, { onJob: (job, outcome) => bar.tick(`${job.kind} ${job.subject} ${outcome}`) });
    bar.done();
    return { ...r, stuck: await countFailedJobs(ctx.db) };
  });
  say('cli.scheduler.done', { done: result.done, failed: result.failed });
  // jobs that failed every attempt stay for a person to look at: said each run until someone does
  if (result.stuck) say('cli.scheduler.stuck', { n: result.stuck }, 'err');
}
