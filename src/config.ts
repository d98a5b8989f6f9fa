// The environment, parsed once with zod; a wrong value stops the start with a readable list.
import { z } from 'zod';

const configSchema = z.object({
  PORT: z.coerce
    .number({ message: 'PORT must be a number / PORT একটি সংখ্যা হতে হবে' })
    .int()
    .min(1, 'PORT must be 1–65535 / PORT ১–৬৫৫৩৫ হতে হবে')
    .max(65535, 'PORT must be 1–65535 / PORT ১–৬৫৫৩৫ হতে হবে')
    .default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// / DATABASE_URL postgres:// দিয়ে শুরু হবে')
    .optional(),
  DEMO_DATA: z.enum(['on', 'off'], { message: 'DEMO_DATA must be on or off' }).default('on'),
  SEEDS_DIR: z.string().min(1).optional(),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration / কনফিগারেশন সঠিক নয়:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return parsed.data;
}
