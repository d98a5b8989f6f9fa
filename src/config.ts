// The environment, parsed once with zod; a wrong value stops the start with a readable list.
import { z } from 'zod';
import { isMessageKey, render, t, type Locale, type Message } from './i18n/messages.ts';

const configSchema = z.object({
  PORT: z.coerce.number({ message: 'config.port' }).int('config.port').min(1, 'config.port').max(65535, 'config.port').default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'config.database-url')
    .optional(),
  DEMO_DATA: z.enum(['on', 'off'], { message: 'config.demo-data' }).default('on'),
  SEEDS_DIR: z.string().min(1).optional(),
  TRUST_PROXY: z.enum(['on', 'off'], { message: 'config.trust-proxy' }).default('off'),
  /** days after a grievance is finished (decided or closed) before its complainant's contacts are emptied */
  GRIEVANCE_RETENTION_DAYS: z.coerce
    .number({ message: 'config.retention' })
    .int('config.retention')
    .min(30, 'config.retention')
    .max(3650, 'config.retention')
    .default(365),
});

export type Config = z.infer<typeof configSchema>;

/** Every wrong setting at once, each a catalogue message; printed in both languages. */
export class ConfigError extends Error {
  constructor(public readonly problems: { variable: string; text: Message }[]) {
    const list = (locale: Locale) => problems.map((p) => `  - ${p.variable}: ${render(locale, p.text)}`).join('\n');
    super(`${t('bn', 'config.invalid')}\n${list('bn')}\n${t('en', 'config.invalid')}\n${list('en')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => ({ variable: i.path.join('.'), text: { key: isMessageKey(i.message) ? i.message : 'config.invalid-value' } })),
    );
  }
  return parsed.data;
}
