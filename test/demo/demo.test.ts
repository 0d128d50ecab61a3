import { beforeAll, expect, it } from 'vitest';
import { ACTION_STATUSES, canChangeStatus, isClosed, type ActionStatus } from '../../src/domain/actionStatus.js';
import { addDays } from '../../src/domain/dates.js';
import { parseReference } from '../../src/domain/references.js';
import { DEMO_PASSWORD, DEMO_USERS, EXEMPT_CODENAMES, generateDemo, type DemoSummary } from '../../src/demo/index.js';
import { TABLE_KEYS } from '../../src/demo/store.js';
import { verifyPassword } from '../../src/services/users/passwords.js';
import { describeEachDriver } from '../support/db.js';
import { ANCHOR, rows, scalar } from './support.js';

describeEachDriver('demo data', (database) => {
  let summary: DemoSummary;
  beforeAll(async () => {
    summary = await generateDemo(database().db, { seed: 42, anchor: ANCHOR });
  });

  it('fills every table of the record, and says so in the audit log', async () => {
    const { db } = database();
    for (const key of TABLE_KEYS) expect(summary.counts[key], key).toBeGreaterThan(0);
    const tables = ['organisations', 'people', 'bodies', 'memberships', 'meetings', 'attendances', 'agenda_items', 'minute_paragraphs',
      'declarations', 'decisions', 'actions', 'action_owners', 'action_updates', 'recommendation_sources', 'recommendations',
      'recommendation_actions', 'action_plans', 'plan_objectives', 'plan_actions', 'measures', 'measure_values', 'escalations',
      'work_programme_items', 'feedback', 'documents', 'users'];
    for (const table of tables) expect(await scalar(db, `select count(*)::int as n from ${table}`), table).toBeGreaterThan(0);
    expect(summary.counts.bodies).toBe(4);
    expect(summary.counts.people).toBeGreaterThanOrEqual(28);
    expect(summary.counts.actions).toBeGreaterThanOrEqual(120);
    expect(summary.counts.actions).toBeLessThanOrEqual(190);
    const [load] = await rows<{ actor: string; after: { seed: number; counts: Record<string, number> } }>(db, `select actor, after from audit_events where event = 'demo.load'`);
    expect(load?.actor).toBe('demo');
    expect(load?.after.seed).toBe(42);
    expect(load?.after.counts.actions).toBe(summary.counts.actions);
  });

  it('chains four bodies, each reporting to the next, with members in every role', async () => {
    const { db } = database();
    const chain = await rows<{ short_name: string; reports_to: string | null }>(db,
      'select b.short_name, r.short_name as reports_to from bodies b left join bodies r on r.id = b.reports_to_id order by b.id');
    expect(Object.fromEntries(chain.map((b) => [b.short_name, b.reports_to]))).toEqual({ SGB: null, SEM: 'SGB', PSB: 'SEM', CCLG: 'PSB' });
    const roles = await rows<{ role: string }>(db, 'select distinct role from memberships');
    expect(roles.map((r) => r.role).sort()).toEqual(['adviser', 'chair', 'member', 'officer', 'secretariat', 'vice-chair']);
    expect(await scalar(db, "select count(*)::int as n from people where preferred_language = 'cy'")).toBeGreaterThan(0);
    expect(await scalar(db, 'select count(*)::int as n from memberships where link_theme is not null')).toBeGreaterThan(3);
    expect(await scalar(db, "select count(*)::int as n from people where email !~ '@[a-z0-9.-]+\\.example\\.(org|gov\\.uk)$'")).toBe(0);
  });

  it('has every action status, with overdue actions and closed ones dated', async () => {
    const { db } = database();
    const statuses = await rows<{ status: string }>(db, 'select distinct status from actions');
    expect(statuses.map((s) => s.status).sort()).toEqual([...ACTION_STATUSES].sort());
    const overdue = await scalar(db, `select count(*)::int as n from actions where status not in ('completed', 'cancelled') and due_date < '${ANCHOR}'`);
    expect(overdue).toBeGreaterThan(5);
    expect(await scalar(db, `select count(*)::int as n from actions where due_date is null and due_text in ('ASAP', 'Next meeting')`)).toBeGreaterThan(0);
    expect(await scalar(db, `select count(*)::int as n from actions where closed_on > '${ANCHOR}'`)).toBe(0);
    expect(await scalar(db, 'select count(*)::int as n from actions a where not exists (select 1 from action_owners o where o.action_id = a.id)')).toBe(0);
    const owners = await rows<{ kind: string }>(db, `select distinct case when person_id is not null then 'person' when organisation_id is not null then 'organisation' else 'team' end as kind from action_owners`);
    expect(owners.map((o) => o.kind).sort()).toEqual(['organisation', 'person', 'team']);
  });

  it('numbers action references <body>/<yyyy-mm>/<n> in order within each meeting, once each', async () => {
    const { db } = database();
    const actions = await rows<{ reference: string; short_name: string; date: string; meeting_id: number }>(db,
      'select a.reference, b.short_name, m.date::text as date, a.meeting_id from actions a join bodies b on b.id = a.body_id join meetings m on m.id = a.meeting_id order by a.id');
    expect(new Set(actions.map((a) => a.reference)).size).toBe(actions.length);
    const seen = new Map<number, number>();
    for (const action of actions) {
      const parsed = parseReference(action.reference);
      expect(parsed, action.reference).not.toBeNull();
      expect(parsed!.body).toBe(action.short_name);
      expect(parsed!.yearMonth).toBe(action.date.slice(0, 7));
      expect(parsed!.n).toBe((seen.get(action.meeting_id) ?? 0) + 1);
      seen.set(action.meeting_id, parsed!.n);
    }
  });

  it('moves actions only through allowed transitions, ending where the action is', async () => {
    const { db } = database();
    const actions = await rows<{ id: number; status: ActionStatus; closed_on: string | null }>(db, 'select id, status, closed_on::text as closed_on from actions');
    const updates = await rows<{ action_id: number; status_from: ActionStatus | null; status_to: ActionStatus | null; on: string }>(db,
      "select action_id, status_from, status_to, (created_at at time zone 'UTC')::date::text as on from action_updates order by action_id, created_at, id");
    expect(updates.length).toBeGreaterThan(actions.length);
    for (const action of actions) {
      let status: ActionStatus = 'open';
      let closedOn: string | null = null;
      for (const u of updates.filter((x) => x.action_id === action.id && x.status_to)) {
        expect(u.status_from).toBe(status);
        expect(canChangeStatus(status, u.status_to!), `${status} → ${u.status_to}`).toBe(true);
        status = u.status_to!;
        closedOn = isClosed(status) ? u.on : null;
      }
      expect(status).toBe(action.status);
      expect(action.closed_on).toBe(closedOn);
    }
  });

  it('has published meetings over two years, recent ones in progress and a few ahead', async () => {
    const { db } = database();
    const byStatus = Object.fromEntries((await rows<{ status: string; n: number }>(db, 'select status, count(*)::int as n from meetings group by status')).map((r) => [r.status, r.n]));
    expect(byStatus.published).toBeGreaterThan(30);
    expect(byStatus.scheduled).toBeGreaterThanOrEqual(3);
    expect((byStatus['minutes approved'] ?? 0) + (byStatus['minutes drafted'] ?? 0) + (byStatus.held ?? 0)).toBeGreaterThanOrEqual(4);
    expect(await scalar(db, `select count(*)::int as n from meetings where status = 'scheduled' and date <= '${ANCHOR}'`)).toBe(0);
    expect(await scalar(db, `select count(*)::int as n from meetings where status <> 'scheduled' and date > '${ANCHOR}'`)).toBe(0);
    expect(await scalar(db, "select count(*)::int as n from meetings where status = 'published' and published_at is null")).toBe(0);
    const [span] = await rows<{ first: string }>(db, 'select min(date)::text as first from meetings');
    expect(span!.first >= addDays(ANCHOR, -731)).toBe(true);
    expect(span!.first <= addDays(ANCHOR, -680)).toBe(true);
    const standing = await rows<{ standing: string }>(db, 'select distinct standing from agenda_items where standing is not null');
    expect(standing.map((s) => s.standing)).toEqual(expect.arrayContaining([
      'apologies', 'declarations of interest', 'minutes of the previous meeting', 'matters arising', 'any other business', 'date of next meeting',
    ]));
    expect(await scalar(db, "select count(*)::int as n from minute_paragraphs where number !~ '^[0-9]+\\.[0-9]+$'")).toBe(0);
    expect(await scalar(db, "select count(*)::int as n from decisions where text like 'The minutes of the meeting held on % were agreed as a true record.'")).toBeGreaterThan(20);
    expect(await scalar(db, "select count(*)::int as n from attendances where kind = 'apologies'")).toBeGreaterThan(0);
    expect(await scalar(db, "select count(*)::int as n from attendances where kind = 'in attendance'")).toBeGreaterThan(0);
  });

  it('keeps exempt items and their codenames out of everything public', async () => {
    const { db } = database();
    const exempt = await rows<{ title: string; public_title: string; exempt_paragraph: number; status: string; id: number }>(db,
      'select a.id, a.title, a.public_title, a.exempt_paragraph, m.status from agenda_items a join meetings m on m.id = a.meeting_id where a.exempt_paragraph is not null');
    expect(exempt.length).toBeGreaterThanOrEqual(2);
    for (const item of exempt) {
      expect(item.status).toBe('published');
      expect(item.public_title).not.toBe(item.title);
      expect(item.exempt_paragraph).toBeGreaterThanOrEqual(1);
      expect(item.exempt_paragraph).toBeLessThanOrEqual(7);
    }
    const ids = exempt.map((i) => i.id).join(', ');
    expect(await scalar(db, `select count(*)::int as n from minute_paragraphs where agenda_item_id in (${ids})`)).toBeGreaterThan(0);
    expect(await scalar(db, `select count(*)::int as n from actions where agenda_item_id in (${ids})`)).toBeGreaterThan(0);
    const codenames = `'(${EXEMPT_CODENAMES.join('|')})'`;
    const where = (table: string, column: string) => `select count(*)::int as n from ${table} where ${column} ~* ${codenames} and (agenda_item_id is null or agenda_item_id not in (${ids}))`;
    expect(await scalar(db, where('minute_paragraphs', 'text'))).toBe(0);
    expect(await scalar(db, where('decisions', 'text'))).toBe(0);
    expect(await scalar(db, where('actions', 'text'))).toBe(0);
    expect(await scalar(db, where('documents', 'text_content'))).toBe(0);
    expect(await scalar(db, `select count(*)::int as n from agenda_items where public_title ~* ${codenames}`)).toBe(0);
    expect(await scalar(db, `select count(*)::int as n from action_updates u join actions a on a.id = u.action_id where u.text ~* ${codenames}`)).toBe(0);
    expect(await scalar(db, `select count(*)::int as n from escalations where agenda_item_id in (${ids})`)).toBe(0);
  });

  it('has papers marked OFFICIAL and OFFICIAL-SENSITIVE, with their hashes', async () => {
    const { db } = database();
    const papers = await rows<{ classification: string; published: boolean; n: number }>(db, 'select classification, published, count(*)::int as n from documents group by 1, 2');
    const count = (c: string, p: boolean) => papers.find((x) => x.classification === c && x.published === p)?.n ?? 0;
    expect(count('OFFICIAL', true)).toBeGreaterThan(5);
    expect(count('OFFICIAL-SENSITIVE', false)).toBeGreaterThan(1);
    // One sensitive paper is flagged published by mistake: the rules must hide it all the same.
    expect(count('OFFICIAL-SENSITIVE', true)).toBe(1);
    expect(await scalar(db, "select count(*)::int as n from documents where sha256 <> encode(sha256(content), 'hex') or size <> length(content) or text_content is null")).toBe(0);
  });

  it('tracks an inspection with the 56-day response clock, a scrutiny review and their implementing actions', async () => {
    const { db } = database();
    const [inspection] = await rows<{ id: number; issuer: string; days: number }>(db,
      "select id, issuer, response_due_on - published_on as days from recommendation_sources where kind = 'inspection'");
    expect(inspection!.days).toBe(56);
    const responses = await rows<{ response: string }>(db, `select distinct response from recommendations where source_id = ${inspection!.id}`);
    expect(responses.map((r) => r.response).sort()).toEqual(['accepted', 'not accepted', 'partially accepted', 'pending']);
    expect(await scalar(db, `select count(*)::int as n from recommendations where source_id = ${inspection!.id}`)).toBeGreaterThanOrEqual(8);
    expect(await scalar(db, "select count(*)::int as n from recommendations where response <> 'pending' and response_text is null")).toBe(0);
    expect(await scalar(db, "select count(*)::int as n from recommendation_sources where kind = 'scrutiny review'")).toBe(1);
    expect(await scalar(db, 'select count(distinct recommendation_id)::int as n from recommendation_actions')).toBeGreaterThan(8);
    expect(await scalar(db, "select count(distinct implementation)::int as n from recommendations")).toBeGreaterThanOrEqual(3);
  });

  it('has an action plan with tasks, resources, owner RAG and three measures over two years', async () => {
    const { db } = database();
    expect(await scalar(db, 'select count(*)::int as n from actions where plan_action_id is not null')).toBeGreaterThanOrEqual(8);
    expect(await scalar(db, 'select count(*)::int as n from actions where plan_action_id is not null and resources is not null')).toBeGreaterThanOrEqual(8);
    expect(await scalar(db, 'select count(*)::int as n from actions where owner_rag is not null')).toBeGreaterThan(0);
    expect(await scalar(db, "select count(*)::int as n from plan_objectives where text like 'We will%'")).toBeGreaterThanOrEqual(3);
    const measures = await rows<{ n: number; better: string }>(db, 'select count(v.id)::int as n, m.better_direction as better from measures m join measure_values v on v.measure_id = m.id group by m.id');
    expect(measures).toHaveLength(3);
    for (const m of measures) expect(m.n).toBeGreaterThanOrEqual(7);
    expect(new Set(measures.map((m) => m.better))).toEqual(new Set(['up', 'down']));
  });

  it('escalates between bodies, feeds back, and plans future work', async () => {
    const { db } = database();
    const escalations = await rows<{ status: string }>(db, 'select distinct status from escalations');
    expect(escalations.map((e) => e.status)).toEqual(expect.arrayContaining(['waiting', 'decided']));
    expect(await scalar(db, "select count(*)::int as n from escalations where status = 'decided' and (outcome is null or heard_at_meeting_id is null)")).toBe(0);
    expect(await scalar(db, 'select count(*)::int as n from escalations e join bodies f on f.id = e.from_body_id where f.reports_to_id <> e.to_body_id')).toBe(0);
    expect(await scalar(db, 'select count(*)::int as n from feedback where outcome is not null')).toBeGreaterThan(0);
    const programme = await rows<{ status: string }>(db, 'select distinct status from work_programme_items');
    expect(programme.map((p) => p.status).sort()).toEqual(['done', 'dropped', 'proposed', 'scheduled']);
  });

  it('writes minutes varied enough for full-text search to tell topics apart', async () => {
    const { db } = database();
    const total = await scalar(db, 'select count(*)::int as n from minute_paragraphs');
    const hits = async (query: string) => scalar(db, `select count(*)::int as n from minute_paragraphs where search @@ websearch_to_tsquery('english', '${query}')`);
    for (const query of ['"stop and search"', 'custody', '"domestic abuse"', '"hate crime"', 'Taser', '"county lines"']) {
      const n = await hits(query);
      expect(n, query).toBeGreaterThan(0);
      expect(n, query).toBeLessThan(total * 0.2);
    }
    // Standing items repeat themselves, as real minutes do; the discussion should not.
    const discussion = 'from minute_paragraphs where agenda_item_id in (select id from agenda_items where standing is null)';
    const paragraphs = await scalar(db, `select count(*)::int as n ${discussion}`);
    expect(await scalar(db, `select count(distinct text)::int as n ${discussion}`)).toBeGreaterThan(paragraphs * 0.85);
  });

  it('adds one demo user per role, sharing the demo password, linked to the right people', async () => {
    const { db } = database();
    const users = await rows<{ email: string; role: string; person_id: number | null; password_hash: string }>(db, 'select email, role, person_id, password_hash from users order by id');
    expect(users.map((u) => u.email).sort()).toEqual(Object.values(DEMO_USERS).sort());
    expect(await verifyPassword(users[0]!.password_hash, DEMO_PASSWORD)).toBe(true);
    const member = users.find((u) => u.role === 'member')!;
    expect(await scalar(db, `select count(*)::int as n from memberships where person_id = ${member.person_id}`)).toBeGreaterThan(0);
    const owner = users.find((u) => u.role === 'action owner')!;
    expect(await scalar(db, `select count(*)::int as n from action_owners where person_id = ${owner.person_id}`)).toBeGreaterThan(0);
  });

  it('refuses to load into a database that already has bodies, changing nothing', async () => {
    const { db } = database();
    const before = await scalar(db, 'select count(*)::int as n from actions');
    await expect(generateDemo(db, { seed: 1, anchor: ANCHOR })).rejects.toThrow(/empty database/);
    expect(await scalar(db, 'select count(*)::int as n from actions')).toBe(before);
  });

  it('rejects a bad scale, seed or anchor with a clear message', async () => {
    const { db } = database();
    await expect(generateDemo(db, { scale: 0 })).rejects.toThrow(/scale must be a whole number/);
    await expect(generateDemo(db, { seed: -1 })).rejects.toThrow(/seed must be a whole number/);
    await expect(generateDemo(db, { anchor: '2025-02-30' })).rejects.toThrow(/anchor must be a date/);
  });
});
