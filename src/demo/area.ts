/**
 * One fictional force area: its organisations, people, bodies and memberships. Every
 * further area (for --scale) is the same cast under new names.
 */
import { addDays, type IsoDate } from '../domain/dates.js';
import type { MembershipRole } from '../domain/bodies.js';
import { formatReference, referencePrefix } from '../domain/references.js';
import { areaNames, dramaPhone, emailLocalPart, honorificFor, initialsOf, personName, type AreaNames, type PersonName } from './names.js';
import { Random } from './random.js';
import { BODIES, ORGANISATIONS, PEOPLE, type BodyKey, type BodySpec, type OrgKey, type PersonKey } from './roster.js';
import { stamp, type Ids, type Rows } from './store.js';
import type { Setting } from './text.js';

export interface Person {
  id: number;
  key: PersonKey;
  name: string;
  honorific: string | null;
  initials: string;
  orgKey: OrgKey | null;
  organisationId: number | null;
}

export interface Member {
  person: Person;
  role: MembershipRole;
  linkTheme: string | null;
  from: IsoDate;
  to: IsoDate | null;
}

export interface Body {
  id: number;
  key: BodyKey;
  spec: BodySpec;
  name: string;
  shortName: string;
  members: Member[];
}

export interface Organisation {
  id: number;
  key: OrgKey;
  name: string;
}

export interface Area {
  k: number;
  rng: Random;
  seed: number;
  names: AreaNames;
  /** The record's two years: from `start` to `anchor`, with a few meetings after it. */
  start: IsoDate;
  anchor: IsoDate;
  ids: Ids;
  rows: Rows;
  orgs: Record<OrgKey, Organisation>;
  people: Record<PersonKey, Person>;
  bodies: Record<BodyKey, Body>;
  /** Numbers actions under each reference prefix ("PSB/2025-03/") → last n used. */
  actionNumbers: Map<string, number>;
}

/** Creates the area's organisations, people, bodies and memberships, and their rows. */
export function setUpArea(k: number, seed: number, anchor: IsoDate, ids: Ids, rows: Rows): Area {
  const rng = Random.derive(seed, 'area', k);
  const names = areaNames(k);
  const start = addDays(anchor, -730);
  const created = stamp(addDays(start, -60));

  const orgs = {} as Record<OrgKey, Organisation>;
  for (const spec of ORGANISATIONS) {
    const org: Organisation = { id: ids.next('organisations'), key: spec.key, name: spec.name(names) };
    orgs[spec.key] = org;
    rows.organisations.push({ id: org.id, name: org.name, shortName: spec.shortName, createdAt: created });
  }

  const people = {} as Record<PersonKey, Person>;
  const used = new Set<string>();
  for (const spec of PEOPLE) {
    // No two people in an area share initials (the minutes use them), a first name or a surname.
    let name = personName(rng, spec.welsh);
    const clashes = (n: PersonName) => used.has(initialsOf(`${n.first} ${n.last}`)) || used.has(n.first) || used.has(n.last);
    for (let tries = 0; clashes(name) && tries < 100; tries++) name = personName(rng, spec.welsh);
    const fullName = `${name.first} ${name.last}`;
    const initials = initialsOf(fullName);
    for (const taken of [initials, name.first, name.last]) used.add(taken);
    const org = spec.org ? orgs[spec.org] : null;
    const orgSpec = ORGANISATIONS.find((o) => o.key === spec.org);
    const person: Person = {
      id: ids.next('people'), key: spec.key, name: fullName, honorific: honorificFor(rng.pick(spec.honorifics), name, rng), initials,
      orgKey: spec.org, organisationId: org?.id ?? null,
    };
    people[spec.key] = person;
    const welshSpeaker = spec.welsh === true || (name.welsh && rng.chance(0.35));
    rows.people.push({
      id: person.id, name: fullName, honorific: person.honorific, initials, role: spec.role, organisationId: person.organisationId,
      email: `${emailLocalPart(name.first, name.last)}@${orgSpec ? orgSpec.domain(names) : `members.${names.slug}.example.org`}`,
      phone: rng.chance(0.7) ? dramaPhone(rng) : null,
      preferredLanguage: welshSpeaker ? 'cy' : 'en',
      createdAt: created, updatedAt: created,
    });
  }

  const bodies = {} as Record<BodyKey, Body>;
  // Bodies a body reports to are created first, so that its reference points back.
  for (const spec of [...BODIES].reverse()) {
    const body: Body = {
      id: ids.next('bodies'), key: spec.key, spec, name: spec.name(names), shortName: `${spec.shortName}${names.suffix}`, members: [],
    };
    bodies[spec.key] = body;
    rows.bodies.push({
      id: body.id, name: body.name, shortName: body.shortName, kind: spec.kind,
      reportsToId: spec.reportsTo ? bodies[spec.reportsTo].id : null, organisationId: orgs.opcc.id,
      description: spec.description, createdAt: created, updatedAt: created,
    });
    for (const [key, role, linkTheme] of spec.members) {
      const member: Member = { person: people[key], role, linkTheme: linkTheme ?? null, from: addDays(start, -rng.int(30, 900)), to: null };
      // Membership changes over two years: one joins late, one leaves.
      if (key === 'layMember') member.from = addDays(anchor, -rng.int(300, 420));
      if (key === 'independentAdviser' && spec.key === 'psb') member.to = addDays(anchor, -rng.int(120, 200));
      body.members.push(member);
      rows.memberships.push({
        id: ids.next('memberships'), bodyId: body.id, personId: member.person.id, role, linkTheme: member.linkTheme,
        fromDate: member.from, toDate: member.to, createdAt: stamp(member.from < start ? start : member.from),
      });
    }
  }

  return { k, rng, seed, names, start, anchor, ids, rows, orgs, people, bodies, actionNumbers: new Map() };
}

/**
 * The next action reference at a meeting: numbered in order within it. (A body meets at
 * most once a month here, so counting by prefix is counting within the meeting.)
 */
export function nextReference(area: Area, body: Body, meeting: { date: IsoDate }): string {
  const prefix = referencePrefix(body.shortName, meeting.date);
  const n = (area.actionNumbers.get(prefix) ?? 0) + 1;
  area.actionNumbers.set(prefix, n);
  return formatReference(body.shortName, meeting.date, n);
}

/** "ACC Rhodri Vaughan" style, as attendance lists print a person. */
export function displayName(person: Person): string {
  return person.honorific ? `${person.honorific} ${person.name}` : person.name;
}

/** Where and when a meeting's sentences are set, and the partners they may name. */
export function settingFor(area: Area, date: IsoDate): Setting {
  const keys: OrgKey[] = ['councilW', 'councilE', 'health', 'probation', 'fire', 'victims', 'youth'];
  return {
    rng: area.rng, area: area.names, date, partners: keys.map((key) => area.orgs[key].name),
    councils: [area.orgs.councilW.name, area.orgs.councilE.name], health: area.orgs.health.name, used: new Set(),
  };
}
