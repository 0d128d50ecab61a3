/**
 * The access matrix: every route of the app × every role (and the public) → allowed or
 * refused, through Fastify's inject. The expectations are written out here by hand, from
 * the rules in DESIGN.md, so that a change to who may do what has to be made on purpose.
 * A route missing from the table fails the test.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Role } from '../../src/domain/access.js';
import { raiseAction } from '../../src/services/actions/index.js';
import { addDocument } from '../../src/services/documents/index.js';
import { escalate } from '../../src/services/escalations/index.js';
import { recordFeedback } from '../../src/services/feedback/index.js';
import { extractForReview } from '../../src/services/imports/index.js';
import { addMinute } from '../../src/services/meetings/index.js';
import { addMeasure, addPlanAction, createPlan } from '../../src/services/plans/index.js';
import { createSource, recordRecommendation } from '../../src/services/recommendations/index.js';
import { bearerFor } from '../support/api.js';
import { describeEachDriver } from '../support/db.js';
import { Browser, signedInBrowser } from '../support/web.js';
import { buildWorld, publishMeeting, TODAY } from '../support/world.js';
import { buildApp } from '../../src/web/app.js';

type Who = Role | 'public';
const EVERYONE: Who[] = ['public', 'viewer', 'action owner', 'member', 'secretariat', 'admin'];
const SIGNED_IN: Who[] = EVERYONE.filter((w) => w !== 'public');
const STAFF: Who[] = ['secretariat', 'admin'];

/** Who may use each route; everyone else is refused. */
const ACCESS: Record<string, Who[]> = {
  // Pages: public
  'GET /': EVERYONE, 'GET /sign-in': EVERYONE, 'POST /sign-in': EVERYONE, 'POST /sign-out': EVERYONE,
  'GET /search': EVERYONE, 'GET /accessibility': EVERYONE,
  'GET /public/bodies/:id': EVERYONE, 'GET /public/meetings/:id': EVERYONE,
  'GET /public/meetings/:id/minutes.docx': EVERYONE, 'GET /public/meetings/:id/minutes.txt': EVERYONE,
  'GET /public/recommendations': EVERYONE, 'GET /public/recommendations/:id': EVERYONE,
  'GET /documents/:id': EVERYONE, 'GET /meetings.ics': EVERYONE,
  // Pages: anyone signed in may read the record
  'GET /bodies': SIGNED_IN, 'GET /bodies/:id': SIGNED_IN, 'GET /meetings': SIGNED_IN, 'GET /meetings/:id': SIGNED_IN,
  'GET /meetings/:id/papers': SIGNED_IN, 'GET /meetings/:id/minutes.docx': SIGNED_IN, 'GET /meetings/:id/minutes.txt': SIGNED_IN,
  'GET /actions': SIGNED_IN, 'GET /actions/export.csv': SIGNED_IN, 'GET /actions/export.xlsx': SIGNED_IN, 'GET /actions/:id': SIGNED_IN,
  'GET /escalations': SIGNED_IN, 'GET /recommendations': SIGNED_IN, 'GET /recommendations/sources': SIGNED_IN,
  'GET /recommendations/sources/:id': SIGNED_IN, 'GET /recommendations/:id': SIGNED_IN,
  'GET /plans': SIGNED_IN, 'GET /plans/:id': SIGNED_IN, 'GET /feedback': SIGNED_IN,
  // Pages: owners update their own actions; members record feedback on their own bodies
  'POST /actions/:id/updates': ['action owner', ...STAFF],
  'GET /feedback/new': ['member', ...STAFF], 'POST /feedback/new': ['member', ...STAFF],
  'GET /feedback/:id/outcome': ['member', ...STAFF], 'POST /feedback/:id/outcome': ['member', ...STAFF],
  // Pages: admin only
  'GET /audit': ['admin'], 'GET /audit/:entityType/:id': ['admin'],
  'GET /admin/users': ['admin'], 'GET /admin/users/new': ['admin'], 'POST /admin/users/new': ['admin'],
  // API: public records
  'GET /api/openapi.json': EVERYONE, 'GET /api/bodies': EVERYONE, 'GET /api/bodies/:id': EVERYONE, 'GET /api/bodies/:id/members': EVERYONE,
  'GET /api/organisations': EVERYONE, 'GET /api/organisations/:id': EVERYONE,
  'GET /api/meetings': EVERYONE, 'GET /api/meetings/:id': EVERYONE, 'GET /api/meetings/:id/minutes': EVERYONE, 'GET /api/meetings/calendar.ics': EVERYONE,
  'GET /api/actions': EVERYONE, 'GET /api/actions/by-reference': EVERYONE, 'GET /api/actions/:id': EVERYONE, 'GET /api/actions/export': EVERYONE,
  'GET /api/bodies/:id/matters-arising': EVERYONE, 'GET /api/search': EVERYONE, 'GET /api/dashboard': EVERYONE,
  'GET /api/recommendation-sources': EVERYONE, 'GET /api/recommendation-sources/:id': EVERYONE,
  'GET /api/recommendations': EVERYONE, 'GET /api/recommendations/:id': EVERYONE,
  'GET /api/documents': EVERYONE, 'GET /api/documents/:id': EVERYONE, 'GET /api/documents/:id/content': EVERYONE,
  // API: internal records
  'GET /api/people': SIGNED_IN, 'GET /api/people/:id': SIGNED_IN, 'GET /api/plans': SIGNED_IN, 'GET /api/plans/:id': SIGNED_IN,
  'GET /api/escalations': SIGNED_IN, 'GET /api/escalations/:id': SIGNED_IN, 'GET /api/actions/:id/escalations': SIGNED_IN,
  'GET /api/work-programme': SIGNED_IN, 'GET /api/work-programme/:id': SIGNED_IN, 'GET /api/feedback': SIGNED_IN, 'GET /api/feedback/:id': SIGNED_IN,
  'GET /api/audit': ['admin'], 'GET /api/audit/:entityType/:id': ['admin'],
  'POST /api/actions/:id/updates': ['action owner', ...STAFF],
  'POST /api/feedback': ['member', ...STAFF], 'PATCH /api/feedback/:id': ['member', ...STAFF], 'POST /api/feedback/:id/outcome': ['member', ...STAFF],
};

/** Everything else that writes, and the forms for it, is for the secretariat and admins. */
function allowedFor(route: string): Who[] {
  return ACCESS[route] ?? STAFF;
}

/** Routes that fall to the default (secretariat and admin); listed so that none is classed by accident. */
const STAFF_ROUTES = /^(GET|POST) \/(bodies\/new|bodies\/:id\/(edit|members|work-programme)|meetings\/new|meetings\/:id\/(edit|status|attendance|items|minutes\/|decisions|declarations|actions|prepare|papers\/new)|actions\/:id\/(edit|escalate)|escalations\/:id\/outcome|recommendations\/(sources\/new|sources\/:id\/|:id\/)|plans\/:id\/|import|documents\/:id\/publish)|^(POST|PATCH|PUT|DELETE) \/api\//;

describeEachDriver('who may use each route', (database) => {
  let app: FastifyInstance;
  const routes: string[] = [];
  const ids: Record<string, string> = {};
  const browsers = new Map<Who, Browser>();
  const bearers = new Map<Who, Record<string, string>>();

  beforeAll(async () => {
    const db = database().db;
    app = await buildApp({ db, today: () => TODAY, signInRateLimit: 1000, onRoute: (r) => {
      for (const m of [r.method].flat()) if (m !== 'HEAD' && !r.url.startsWith('/assets/')) routes.push(`${m} ${r.url}`);
    } });
    await app.ready();
    const w = await buildWorld(db);
    const action = await raiseAction(w.ctx, { meetingId: w.past.id, agendaItemId: w.item.id, text: 'Share the figures', owners: [{ personId: w.officer.id }] });
    const minute = await addMinute(w.ctx, w.past.id, { agendaItemId: w.item.id, number: '3.1', text: 'Discussed.' });
    await publishMeeting(w.ctx, w.past.id);
    const source = await createSource(w.ctx, { kind: 'inspection', title: 'PEEL 2024', publishedOn: '2024-05-01', bodyId: w.group.id });
    const recommendation = await recordRecommendation(w.ctx, { sourceId: source.id, number: '1', text: 'Improve the response to missing children.' });
    const plan = await createPlan(w.ctx, { bodyId: w.group.id, title: 'Report card' });
    const planAction = await addPlanAction(w.ctx, plan.id, { number: '1', text: 'Train officers' });
    const measure = await addMeasure(w.ctx, plan.id, { name: 'Repeat victims' });
    const escalation = await escalate(w.ctx, { fromBodyId: w.group.id, toBodyId: w.board.id, actionId: action.id, reason: 'Needs a decision' });
    const feedback = await recordFeedback(w.ctx, { bodyId: w.group.id, challenge: 'Asked about data quality' });
    const document = await addDocument(w.ctx, { title: 'Paper', filename: 'paper.txt', mediaType: 'text/plain', content: new TextEncoder().encode('A paper'), published: true, bodyId: w.group.id, meetingId: w.past.id });
    const review = await extractForReview(w.ctx, { filename: 'notes.txt', bytes: new TextEncoder().encode(`${w.group.name}\n\n13 March 2024\n\nPresent: Ceri Ashdown\n\n1. Welcome\n\nACTION: Ceri Ashdown to write to members.\n`) });
    Object.assign(ids, {
      id: '', membershipId: '1', minuteId: String(minute.id), entityType: 'action', actionId: String(action.id), n: '0',
      measureId: String(measure.id), planActionId: String(planAction.id),
    });
    const byRoute: Record<string, number> = {
      bodies: w.group.id, 'public/bodies': w.group.id, meetings: w.past.id, 'public/meetings': w.past.id, actions: action.id,
      escalations: escalation.id, 'recommendations/sources': source.id, recommendations: recommendation.id, 'public/recommendations': recommendation.id,
      plans: plan.id, feedback: feedback.id, import: review.importId, documents: document.id, audit: action.id,
      'api/bodies': w.group.id, 'api/memberships': 1, 'api/people': w.chair.id, 'api/organisations': w.force.id, 'api/meetings': w.past.id,
      'api/agenda-items': w.item.id, 'api/minutes': minute.id, 'api/actions': action.id, 'api/recommendation-sources': source.id,
      'api/recommendations': recommendation.id, 'api/plans': plan.id, 'api/plan-objectives': 1, 'api/plan-actions': planAction.id,
      'api/measures': measure.id, 'api/escalations': escalation.id, 'api/work-programme': 1, 'api/feedback': feedback.id,
      'api/documents': document.id, 'api/audit': action.id,
    };
    ids.byRoute = JSON.stringify(byRoute);
    const personFor: Partial<Record<Who, number>> = { 'action owner': w.officer.id, member: w.member.id };
    for (const who of SIGNED_IN) {
      browsers.set(who, await signedInBrowser(app, db, who as Role, personFor[who] ?? null));
      bearers.set(who, await bearerFor(db, who as Role, personFor[who] ?? null));
    }
    browsers.set('public', new Browser(app));
    bearers.set('public', {});
  });
  afterAll(async () => app?.close());

  /** A real URL for a route pattern, with ids of records that exist. */
  function urlOf(pattern: string): string {
    const byRoute = JSON.parse(ids.byRoute!) as Record<string, number>;
    const prefix = Object.keys(byRoute).sort((a, b) => b.length - a.length).find((p) => pattern.startsWith(`/${p}/:id`));
    let url = pattern.replace(':id', String(prefix ? byRoute[prefix] : 1));
    for (const [key, value] of Object.entries(ids)) url = url.replace(`:${key}`, value);
    if (url === '/meetings/new') url += `?bodyId=${byRoute.bodies}`;
    if (url === '/api/actions/by-reference') url += '?reference=none';
    if (url === '/api/search' || url === '/search') url += '?q=figures';
    return url;
  }

  /** Allowed: anything but a refusal. Refused: 401, 403, or (pages) a redirect to sign in. */
  function refused(status: number, location: string | undefined): boolean {
    return status === 401 || status === 403 || ((status === 302 || status === 303) && (location ?? '').startsWith('/sign-in'));
  }

  it('covers every route', () => {
    const unclassified = routes.filter((r) => !ACCESS[r] && !STAFF_ROUTES.test(r));
    expect(unclassified).toEqual([]);
    expect(routes.length).toBeGreaterThan(150);
  });

  it('gives each role exactly the routes it may use', async () => {
    const wrong: string[] = [];
    // Reads first, so that no write changes what a later read sees; then action updates, before any
    // edit of the action could change who owns it; signing out last.
    const rank = (r: string) => (r.startsWith('GET') ? 0 : r.includes('/updates') ? 1 : r === 'POST /sign-out' ? 3 : 2);
    const ordered = [...routes].sort((a, b) => rank(a) - rank(b));
    for (const route of ordered) {
      const [method, pattern] = route.split(' ') as [string, string];
      const url = urlOf(pattern);
      for (const who of EVERYONE) {
        if (route === 'POST /sign-out' && who !== 'public') continue;
        let status: number, location: string | undefined;
        if (pattern.startsWith('/api/')) {
          const res = await app.inject({ method: method as 'GET', url, headers: bearers.get(who), ...(method === 'GET' ? {} : { payload: {} }) });
          ({ statusCode: status } = res);
          location = res.headers.location as string | undefined;
        } else if (method === 'GET') {
          const res = await browsers.get(who)!.get(url);
          ({ statusCode: status } = res);
          location = res.headers.location as string | undefined;
        } else {
          const res = await browsers.get(who)!.post(url, {}, who === 'public' ? '/sign-in' : '/');
          ({ statusCode: status } = res);
          location = res.headers.location as string | undefined;
        }
        const allowed = allowedFor(route).includes(who);
        if (status >= 500 || allowed === refused(status, location)) wrong.push(`${route} as ${who}: ${status}${location ? ` → ${location}` : ''} (expected ${allowed ? 'allowed' : 'refused'})`);
      }
    }
    expect(wrong).toEqual([]);
  }, 300_000);
});
