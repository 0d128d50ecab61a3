/** Configuration from the environment: every variable Oversight reads is here (and in the README). */
import { z } from 'zod';

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** postgres://… to use PostgreSQL; unset for the embedded database. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://').optional(),
  OVERSIGHT_DATA_DIR: z.string().default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest document the importer accepts, in megabytes. */
  OVERSIGHT_MAX_UPLOAD_MB: z.coerce.number().positive().max(200).default(20),
  /** Mail for reminders: smtp://user:pass@host:port; unset to print mail to the log instead. */
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Oversight <oversight@localhost>'),
  /** Set to "true" when served over HTTPS, so cookies are marked Secure. */
  OVERSIGHT_SECURE_COOKIES: z.enum(['true', 'false']).default('false'),
});

export type Config = z.output<typeof schema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n  ');
  throw new Error(`The configuration is not valid:\n  ${problems}\nFix the environment variables above (see the README) and start again.`);
}
