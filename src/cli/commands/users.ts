import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { ROLES, type Role } from '../../domain/access.js';
import { systemContext } from '../../services/context.js';
import { createToken, createUser, findUserByEmail } from '../../services/users/index.js';
import { withDatabase } from '../database.js';

export function registerUsers(program: Command): void {
  const user = program.command('user').description('Manage user accounts');
  user.command('add')
    .description('Add a user (the first admin, say); prints a generated password unless one is given')
    .requiredOption('--email <email>', 'their email address, used to sign in')
    .requiredOption('--name <name>', 'their name')
    .option('--role <role>', `one of: ${ROLES.join(', ')}`, 'admin')
    .option('--password <password>', 'a password of at least 12 characters (default: generated)')
    .option('--person <id>', 'the person in the record they are (for members and action owners)')
    .action(async (opts: { email: string; name: string; role: string; password?: string; person?: string }) => {
      if (!ROLES.includes(opts.role as Role)) throw new Error(`--role must be one of: ${ROLES.join(', ')}.`);
      const password = opts.password ?? randomBytes(12).toString('base64url');
      await withDatabase(async ({ db }) => {
        const created = await createUser(systemContext(db), {
          email: opts.email, name: opts.name, role: opts.role as Role, password, personId: opts.person ? Number(opts.person) : null,
        });
        console.log(`Added ${created.email} (${created.role}).`);
        if (!opts.password) console.log(`Password: ${password}`);
      });
    });

  const token = program.command('token').description('Manage API bearer tokens');
  token.command('create')
    .description('Create an API token for a user; it is shown once')
    .requiredOption('--user <email>', 'the user the token acts as')
    .option('--name <name>', 'what the token is for', 'api')
    .action(async (opts: { user: string; name: string }) => {
      await withDatabase(async ({ db }) => {
        const found = await findUserByEmail(db, opts.user);
        if (!found) throw new Error(`There is no user ${opts.user}. Add one with: oversight user add --email ${opts.user} --name "…" --role secretariat`);
        const { token: value } = await createToken(systemContext(db), found.id, opts.name);
        console.log(value);
        console.error(`Send it as "Authorization: Bearer ${value.slice(0, 8)}…". It acts as ${found.email} (${found.role}).`);
      });
    });
}
