/** Administration of user accounts: who may sign in, with what role, linked to which person. */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ROLES } from '../../../domain/access.js';
import { LANGUAGES } from '../../../domain/bodies.js';
import { MIN_PASSWORD_LENGTH, createUser, listUsers, type UserInput } from '../../../services/users/index.js';
import { redirectWith, signedIn } from '../forms.js';
import { allow } from '../meetings/access.js';
import { everyone, peopleChoices, personText, translated, withBlank } from '../meetings/choices.js';
import { errorsFor, field, orNull, readForm, type Form, type PageErrors } from '../meetings/formInput.js';

/** A password to hand over once: 24 characters from 18 random bytes. */
const generatePassword = () => randomBytes(18).toString('base64url');

export async function adminPages(app: FastifyInstance): Promise<void> {
  const opts = { preHandler: signedIn };

  app.get('/admin/users', opts, async (request, reply) => {
    const users = await listUsers(request.ctx);
    const people = new Map((await everyone(request.ctx)).map((p) => [p.id, personText(p)]));
    const now = new Date();
    return reply.page('admin/users.njk', {
      users: users.map((u) => ({
        ...u,
        personName: u.personId ? people.get(u.personId) ?? null : null,
        locked: u.lockedUntil !== null && u.lockedUntil > now,
      })),
    });
  });

  app.get('/admin/users/new', opts, async (request, reply) => {
    allow(request, 'user.manage');
    return userForm(request, reply, { role: 'viewer', preferredLanguage: 'en' });
  });

  app.post('/admin/users/new', opts, async (request, reply) => {
    const form = readForm(request);
    const chosen = field(form, 'password');
    const password = chosen || generatePassword();
    try {
      const user = await createUser(request.ctx, {
        email: field(form, 'email'),
        name: field(form, 'name'),
        role: field(form, 'role'),
        personId: orNull(form, 'personId'),
        preferredLanguage: field(form, 'preferredLanguage') || undefined,
        password,
      } as UserInput);
      if (chosen) return redirectWith(reply, '/admin/users', request.t('admin.users.added', { name: user.name }));
      // Shown on this one page and kept nowhere but as its hash.
      return reply.header('cache-control', 'no-store').page('admin/created.njk', { user, password });
    } catch (error) {
      const { password: _never, ...values } = form;
      return userForm(request, reply.code(400), values, errorsFor(error, request.t, 'admin.userForm'));
    }
  });
}

async function userForm(request: FastifyRequest, reply: FastifyReply, values: Form, errors?: PageErrors) {
  const { t } = request;
  return reply.page('admin/newUser.njk', {
    values,
    errors,
    minPassword: MIN_PASSWORD_LENGTH,
    roles: translated(t, 'admin.roles', ROLES).map((r) => ({ ...r, hint: { text: t(`admin.roleHints.${r.value}`) } })),
    languages: translated(t, 'admin.languages', LANGUAGES),
    people: withBlank(t('admin.userForm.noPerson'), peopleChoices(await everyone(request.ctx))),
  });
}
