import type { Command } from 'commander';
import nodemailer from 'nodemailer';
import { loadConfig } from '../../config.js';
import { systemContext } from '../../services/context.js';
import { sendReminders } from '../../services/reminders/index.js';
import { withDatabase } from '../database.js';

export function registerRemind(program: Command): void {
  program.command('remind')
    .description('Email action owners whose actions are overdue or due within 14 days (SMTP_URL; without it, mail is printed)')
    .option('--dry-run', 'say who would be reminded, send nothing')
    .option('--base-url <url>', 'the address of Oversight, for links in the mail', 'http://localhost:3000')
    .action(async (opts: { dryRun?: boolean; baseUrl: string }) => {
      const config = loadConfig();
      // Without SMTP_URL nothing is sent or recorded: the mail is printed for a person to read.
      const transport = config.SMTP_URL ? nodemailer.createTransport(config.SMTP_URL) : null;
      await withDatabase(async ({ db }) => {
        const run = await sendReminders(systemContext(db, 'remind'), { transport, from: config.MAIL_FROM, baseUrl: opts.baseUrl }, opts.dryRun);
        const sending = transport && !opts.dryRun;
        for (const s of run.sent) {
          console.log(`${sending ? 'reminded' : 'would remind'} ${s.email} of ${s.actions} action(s)`);
          if (!transport) console.log(`\nTo: ${s.email}\nSubject: ${s.subject}\n\n${s.text}\n`);
        }
        for (const f of run.failed) console.error(`failed: ${f.email}: ${f.error}`);
        console.log(`${run.sent.length} ${sending ? 'sent' : 'not sent'}, ${run.failed.length} failed${transport ? '' : ' (set SMTP_URL to send them)'}.`);
        if (run.failed.length) process.exitCode = 1;
      });
    });
}
