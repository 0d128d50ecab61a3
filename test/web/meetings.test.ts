import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXEMPT_PARAGRAPH_TEXT } from '../../src/domain/meetings.js';
import { postUpdate, raiseAction } from '../../src/services/actions/index.js';
import { getMeeting, listMeetings, scheduleMeeting } from '../../src/services/meetings/index.js';
import { translator } from '../../src/i18n/index.js';
import { appFor } from '../support/api.js';
import { describeEachDriver } from '../support/db.js';
import { Browser, signedInBrowser } from '../support/web.js';
import { buildWorld } from '../support/world.js';
import { expectFormError, expectWelsh, idFromLocation, wordsOf } from './meetingsChecks.js';

describeEachDriver('meeting pages', (database) => {
  let app: FastifyInstance;
  let world: Awaited<ReturnType<typeof buildWorld>>;
  let secretariat: Browser;
  let viewer: Browser;
  beforeAll(async () => {
    app = await appFor(database().db);
    world = await buildWorld(database().db);
    secretariat = await signedInBrowser(app, database().db, 'secretariat');
    viewer = await signedInBrowser(app, database().db, 'viewer');
  });
  afterAll(async () => app.close());

  it('shows a meeting to each signed-in role, with its exempt item withheld from those not allowed', async () => {
    const member = await signedInBrowser(app, database().db, 'member', world.member.id);
    const owner = await signedInBrowser(app, database().db, 'action owner', world.officer.id);
    for (const browser of [secretariat, member, owner, viewer]) {
      const res = await browser.get(`/meetings/${world.past.id}`);
      expect(res.statusCode).toBe(200);
      const words = wordsOf(res.body);
      expect(words).toContain(world.group.name);
      expect(words).toContain('13 March 2024');
      expect(words).toContain('3. Stop and search');
      expect(words).toContain('Exempt (Schedule 12A paragraph 1)');
      expect(words).toMatch(/Present .*Ceri Ashdown \(CA\), Chair/);
      expect(words).toMatch(/Apologies .*Rhian Tudor/);
    }
    // The secretariat and members of the body see the exempt item; others see only its public title.
    for (const allowed of [secretariat, member]) {
      expect((await allowed.get(`/meetings/${world.past.id}`)).body).toContain('Complaint about a named officer');
    }
    for (const other of [owner, viewer]) {
      const body = (await other.get(`/meetings/${world.past.id}`)).body;
      expect(body).not.toContain('Complaint about a named officer');
      expect(body).toContain('Exempt item: staffing matter');
      expect(body).toContain('This item was taken in private');
    }
    // Links to record things are for the secretariat.
    expect((await secretariat.get(`/meetings/${world.past.id}`)).body).toContain(`/meetings/${world.past.id}/items/new`);
    expect((await viewer.get(`/meetings/${world.past.id}`)).body).not.toContain(`/meetings/${world.past.id}/items/new`);
  });

  it('sends the public to sign in, and shows a page not found for a meeting that does not exist', async () => {
    const res = await new Browser(app).get(`/meetings/${world.past.id}`);
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe(`/sign-in?next=${encodeURIComponent(`/meetings/${world.past.id}`)}`);
    expect((await secretariat.get('/meetings/999999')).statusCode).toBe(404);
    expect((await secretariat.get('/meetings/abc')).statusCode).toBe(404);
  });

  it('lets the secretariat schedule a meeting and record attendance, an item, minutes, an action, a decision and a declaration', async () => {
    const scheduled = await secretariat.post('/meetings/new', {
      bodyId: String(world.group.id), type: 'ordinary', 'date-day': '18', 'date-month': '9', 'date-year': '2024',
      startTime: '14.30', venue: 'Police Headquarters', virtual: 'yes', protectiveMarking: 'OFFICIAL-SENSITIVE',
    }, `/meetings/new?bodyId=${world.group.id}`);
    const id = idFromLocation(scheduled, '/meetings/');
    let page = await secretariat.get(`/meetings/${id}`);
    expect(page.body).toContain('The meeting on 18 September 2024 has been scheduled');
    expect(wordsOf(page.body)).toContain('Police Headquarters and online');
    expect(page.body).toContain('14:30');
    expect(page.body).toContain('share only with those who need to know');

    // Members of the body are listed: the chair first, then the member; the officer is added as someone else.
    const attendance = await secretariat.post(`/meetings/${id}/attendance`, {
      'attendees-0-kind': 'present', 'attendees-0-initials': 'ca', 'attendees-0-role': 'Chair',
      'attendees-1-kind': 'apologies',
      'attendees-2-personId': String(world.officer.id), 'attendees-2-kind': 'in attendance', 'attendees-2-initials': 'MP',
    });
    expect(attendance.statusCode).toBe(303);
    page = await secretariat.get(`/meetings/${id}`);
    const words = wordsOf(page.body);
    expect(words).toMatch(new RegExp(`Present Commissioner's Office \\d+ Ceri Ashdown \\(CA\\), Chair`));
    expect(words).toMatch(/In attendance Chief Inspector Morgan Pryce \(MP\)/);
    expect(words).toMatch(/Apologies Rhian Tudor/);

    expect((await secretariat.post(`/meetings/${id}/items/new`, { number: '5', title: 'Neighbourhood policing', standing: '', exemptParagraph: '' })).statusCode).toBe(303);
    const item = (await getMeeting(world.ctx, id)).items.find((i) => i.title === 'Neighbourhood policing')!;
    expect(item).toBeDefined();

    const minute = await secretariat.post(`/meetings/${id}/minutes/new`, { agendaItemId: String(item.id), number: '5.1', text: 'The panel heard about foot patrols.' });
    expect(minute.statusCode).toBe(303);
    const action = await secretariat.post(`/meetings/${id}/actions/new`, {
      agendaItemId: String(item.id), text: 'Report back on foot patrols in the town centre',
      ownerPeople: [String(world.officer.id)], ownerTeam: 'Neighbourhood team',
      'dueDate-day': '1', 'dueDate-month': '10', 'dueDate-year': '2024', dueText: '',
    });
    expect(action.statusCode).toBe(303);
    expect(action.headers.location).toBe(`/meetings/${id}#item-${item.id}`);
    expect((await secretariat.post(`/meetings/${id}/decisions/new`, { agendaItemId: String(item.id), number: '5.2', text: 'That the report be noted.' })).statusCode).toBe(303);
    expect((await secretariat.post(`/meetings/${id}/declarations/new`, {
      personId: String(world.chair.id), agendaItemId: String(item.id), kind: 'personal', interest: 'Lives in the town centre',
    })).statusCode).toBe(303);

    page = await secretariat.get(`/meetings/${id}`);
    const after = wordsOf(page.body);
    expect(after).toContain('5. Neighbourhood policing');
    expect(after).toContain('5.1 The panel heard about foot patrols.');
    expect(after).toMatch(new RegExp(`AG\\d+/2024-09/1 Report back on foot patrols in the town centre Morgan Pryce, Neighbourhood team 1 October 2024`));
    expect(page.body).toMatch(/href="\/actions\/\d+">AG\d+\/2024-09\/1</);
    expect(after).toContain('Resolved 5.2: That the report be noted.');
    expect(after).toContain('Ceri Ashdown – Personal (item 5): Lives in the town centre');

    // Editing the paragraph.
    const minuteId = (await getMeeting(world.ctx, id)).items.find((i) => i.id === item.id)!.minutes[0]!.id;
    const edit = await secretariat.get(`/meetings/${id}/minutes/${minuteId}/edit`);
    expect(edit.body).toContain('The panel heard about foot patrols.');
    expect((await secretariat.post(`/meetings/${id}/minutes/${minuteId}/edit`, { agendaItemId: String(item.id), number: '5.1', text: 'The panel heard about foot and cycle patrols.' })).statusCode).toBe(303);
    expect(wordsOf((await secretariat.get(`/meetings/${id}`)).body)).toContain('5.1 The panel heard about foot and cycle patrols.');
  });

  it('re-renders a form with bad input with its error summary naming the field, and saves nothing', async () => {
    const before = (await listMeetings(world.ctx, { bodyId: world.group.id })).total;
    const noDate = await secretariat.post('/meetings/new', { bodyId: String(world.group.id), type: 'ordinary', protectiveMarking: 'OFFICIAL', startTime: '25:00' }, '/meetings/new');
    expectFormError(noDate, 'date-day');
    expectFormError(noDate, 'startTime');
    expect(noDate.body).toContain('Enter the date of the meeting as a real date');
    expect((await listMeetings(world.ctx, { bodyId: world.group.id })).total).toBe(before);

    const itemsBefore = (await getMeeting(world.ctx, world.next.id)).items.length;
    const noTitle = await secretariat.post(`/meetings/${world.next.id}/items/new`, { number: '1', title: '  ' });
    expectFormError(noTitle, 'title');
    expect(noTitle.body).toContain('value="1"');
    expect((await getMeeting(world.ctx, world.next.id)).items.length).toBe(itemsBefore);

    expectFormError(await secretariat.post(`/meetings/${world.next.id}/minutes/new`, { agendaItemId: '', text: '' }), 'text');

    const badInitials = await secretariat.post(`/meetings/${world.past.id}/attendance`, { 'attendees-0-kind': 'present', 'attendees-0-initials': 'C4' });
    expectFormError(badInitials, 'attendees-0-initials');
    expect((await getMeeting(world.ctx, world.past.id)).attendance).toHaveLength(3);

    const badDue = await secretariat.post(`/meetings/${world.past.id}/actions/new`, { text: 'Something', 'dueDate-day': '31', 'dueDate-month': '2', 'dueDate-year': '2024' });
    expectFormError(badDue, 'dueDate-day');
    expect(badDue.body).toContain('Enter the due date as a real date');
  });

  it('refuses a viewer the forms and their posts', async () => {
    expect((await viewer.get(`/meetings/${world.next.id}/items/new`)).statusCode).toBe(403);
    expect((await viewer.get('/meetings/new')).statusCode).toBe(403);
    expect((await viewer.get(`/meetings/${world.next.id}/prepare`)).statusCode).toBe(403);
    const before = (await getMeeting(world.ctx, world.next.id)).items.length;
    const post = await viewer.post(`/meetings/${world.next.id}/items/new`, { title: 'Not allowed' }, `/meetings/${world.next.id}`);
    expect(post.statusCode).toBe(403);
    expect((await getMeeting(world.ctx, world.next.id)).items.length).toBe(before);
    expect((await viewer.post(`/meetings/${world.next.id}/status`, { status: 'cancelled' }, `/meetings/${world.next.id}`)).statusCode).toBe(403);
  });

  it('lists meetings with filters and pagination', async () => {
    for (let day = 1; day <= 27; day++) {
      await scheduleMeeting(world.ctx, { bodyId: world.board.id, date: `2023-02-${String(day).padStart(2, '0')}`, type: 'escalations' });
    }
    const first = await secretariat.get(`/meetings?bodyId=${world.board.id}`);
    expect(first.statusCode).toBe(200);
    expect(wordsOf(first.body)).toContain('Showing 1 to 25 of 27');
    expect(first.body).toContain('govuk-pagination');
    expect(first.body).toContain(`href="/meetings?bodyId=${world.board.id}&amp;page=2"`);
    const second = await secretariat.get(`/meetings?bodyId=${world.board.id}&page=2`);
    expect(wordsOf(second.body)).toContain('Showing 26 to 27 of 27');
    const held = await secretariat.get(`/meetings?status=held&type=ordinary&from=2024-01-01&to=2024-12-31`);
    expect(held.body).toContain(`/meetings/${world.past.id}"`);
    expect(held.body).not.toContain(`/meetings/${world.next.id}"`);
    const bad = await secretariat.get('/meetings?from=yesterday');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('href="#from"');
  });

  it('moves a meeting on with the status buttons, and refuses a move that is not allowed', async () => {
    const meeting = await scheduleMeeting(world.ctx, { bodyId: world.group.id, date: '2024-05-01' });
    const page = await secretariat.get(`/meetings/${meeting.id}`);
    expect(wordsOf(page.body)).toContain('Mark as held');
    expect(wordsOf(page.body)).toContain('Cancel the meeting');
    for (const status of ['held', 'minutes approved', 'published']) {
      expect((await secretariat.post(`/meetings/${meeting.id}/status`, { status }, `/meetings/${meeting.id}`)).statusCode).toBe(303);
    }
    expect(wordsOf((await secretariat.get(`/meetings/${meeting.id}`)).body)).toContain('The meeting is now: Published');
    const refused = await secretariat.post(`/meetings/${meeting.id}/status`, { status: 'held' }, `/meetings/${meeting.id}`);
    expectFormError(refused, 'status');
  });

  it('prepares the next meeting: the task list, the matters arising, and adding them to the agenda', async () => {
    const action = await raiseAction(world.ctx, {
      meetingId: world.past.id, agendaItemId: world.item.id, text: 'Review the stop and search data by ward',
      owners: [{ personId: world.officer.id }], dueText: 'next meeting',
    });
    const exemptAction = await raiseAction(world.ctx, { meetingId: world.past.id, agendaItemId: world.exempt.id, text: 'Write to the officer' });
    await postUpdate(world.ctx, action.id, { text: 'Data requested from the analysts', status: 'ongoing' });

    const page = await secretariat.get(`/meetings/${world.next.id}/prepare`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('govuk-task-list');
    const words = wordsOf(page.body);
    for (const task of ['Agenda', 'Attendance and apologies', 'Matters arising', 'Papers', 'Publish the minutes']) expect(words).toContain(task);
    expect(words).toContain('Cannot start yet');
    expect(words).toContain(action.reference);
    expect(words).toContain('Data requested from the analysts');
    expect(words).toContain('10 July 2024');

    const added = await secretariat.post(`/meetings/${world.next.id}/prepare/matters-arising`, { number: '2' }, `/meetings/${world.next.id}/prepare`);
    expect(added.statusCode).toBe(303);
    const view = await getMeeting(world.ctx, world.next.id);
    const matters = view.items.find((i) => i.standing === 'matters arising')!;
    expect(matters.number).toBe('2');
    const carried = matters.minutes.find((m) => m.text.startsWith(action.reference))!;
    expect(carried.text).toContain('Review the stop and search data by ward');
    expect(carried.text).toContain('Data requested from the analysts');
    expect(matters.minutes.some((m) => m.text.startsWith(exemptAction.reference))).toBe(true);
    expect(wordsOf((await secretariat.get(`/meetings/${world.next.id}`)).body)).toContain('2. Matters arising');

    const again = await secretariat.post(`/meetings/${world.next.id}/prepare/matters-arising`, { number: '2' }, `/meetings/${world.next.id}/prepare`);
    expect(again.statusCode).toBe(400);
    expect((await getMeeting(world.ctx, world.next.id)).items.filter((i) => i.standing === 'matters arising')).toHaveLength(1);
  });

  describe('in Welsh', () => {
    it('renders every meeting page in Welsh with no keys showing', async () => {
      const browser = await signedInBrowser(app, database().db, 'secretariat');
      const view = await getMeeting(world.ctx, world.past.id);
      const minuteId = view.items.flatMap((i) => i.minutes)[0]?.id;
      const pages = [
        '/meetings', `/meetings?bodyId=${world.board.id}`, '/meetings/new', `/meetings/${world.past.id}`, `/meetings/${world.next.id}`,
        `/meetings/${world.past.id}/edit`, `/meetings/${world.past.id}/attendance`, `/meetings/${world.past.id}/items/new`,
        `/meetings/${world.past.id}/minutes/new?itemId=${world.item.id}`, `/meetings/${world.past.id}/actions/new`,
        `/meetings/${world.past.id}/decisions/new`, `/meetings/${world.past.id}/declarations/new`, `/meetings/${world.next.id}/prepare`,
        ...(minuteId ? [`/meetings/${world.past.id}/minutes/${minuteId}/edit`] : []),
      ];
      for (const url of pages) expectWelsh(await browser.get(`${url}${url.includes('?') ? '&' : '?'}lang=cy`));
      const meeting = wordsOf((await browser.get(`/meetings/${world.past.id}?lang=cy`)).body);
      expect(meeting).toContain('Eithriedig (Atodlen 12A paragraff 1)');
      expect(meeting).toContain('13 Mawrth 2024');
      const invalid = await browser.post(`/meetings/${world.past.id}/items/new`, { title: '' });
      expect(invalid.statusCode).toBe(400);
      expect(invalid.body).toContain("Rhowch deitl yr eitem");
      expect(invalid.body).toContain('<span class="govuk-visually-hidden">Gwall:</span>');
    });
  });
});

describe('the words of the meetings and bodies pages', () => {

  it('describes each exempt paragraph in the words of Schedule 12A', () => {
    const t = translator('en');
    for (const [n, text] of Object.entries(EXEMPT_PARAGRAPH_TEXT)) expect(t(`agenda.exempt.${n}`)).toBe(text);
  });
});
