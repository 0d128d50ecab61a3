/** The importer's matching rules, without a database. */
import { describe, expect, it } from 'vitest';
import { findAction, quotedReference, type CandidateAction } from '../../src/services/imports/earlierActions.js';
import { bodyKindFor, matchName } from '../../src/services/imports/matchNames.js';
import { matchPerson, type KnownPerson } from '../../src/services/imports/matchPeople.js';
import { isVirtualVenue, meetingTypeFor, standingItemFor } from '../../src/services/imports/meetings.js';
import { acronymOf, looksLikePersonName, nameKey, personKey, splitAcronym, splitPersonName } from '../../src/services/imports/names.js';
import { SAME_ACTION, similarity } from '../../src/services/imports/similarity.js';
import { reportOf, sourceKindFor } from '../../src/services/imports/writeReport.js';

describe('names', () => {
  it('sets honorifics, ranks and post-nominals aside', () => {
    expect(splitPersonName('Chief Superintendent Phillip Ashby (PA)')).toEqual({ name: 'Phillip Ashby', honorific: 'Chief Superintendent' });
    expect(splitPersonName('Cllr. Heather Goddard')).toEqual({ name: 'Heather Goddard', honorific: 'Cllr.' });
    expect(splitPersonName('Jane Hutt MS')).toEqual({ name: 'Jane Hutt', honorific: null });
    expect(splitPersonName('ACC Jenny Gilmer')).toEqual({ name: 'Jenny Gilmer', honorific: 'ACC' });
    expect(splitPersonName('DCI Mark Vaughan').name).toBe('Mark Vaughan');
    expect(splitPersonName('Dr Mrs Ann Jones').name).toBe('Ann Jones');
    expect(splitPersonName('T/Ch Supt Ian Hill').name).toBe('Ian Hill');
    expect(splitPersonName('PCC Alun Michael').name).toBe('Alun Michael');
    // "Di" is a first name; only capital DI is a rank.
    expect(splitPersonName('Di Jones').name).toBe('Di Jones');
    expect(splitPersonName('Mr').name).toBe('Mr');
  });

  it('compares names whatever their case, accents and punctuation', () => {
    expect(personKey('Siân Brown')).toBe(personKey('SIAN BROWN'));
    expect(personKey("Russell O’Rourke")).toBe(personKey("Detective Sergeant Russell O'Rourke"));
    expect(nameKey('Police & Crime Panel')).toBe(nameKey('The Police and Crime Panel'));
    expect(splitAcronym('Police Accountability and Legitimacy Group (PALG)')).toEqual({ name: 'Police Accountability and Legitimacy Group', acronym: 'PALG' });
    expect(acronymOf('South Wales Police')).toBe('SWP');
  });

  it('tells a person from a team or an organisation', () => {
    for (const name of ['Danny Richards', 'Cllr A Smith', "Russell O'Rourke", 'Hannah Jenkins-Jones', 'Mr Hart']) expect(looksLikePersonName(name), name).toBe(true);
    for (const name of ["Commissioner's Team", 'Force', 'Safer Wales StreetLife', 'NE', 'Swansea University', 'Link member', 'Each Partners agency', 'Hannah']) {
      expect(looksLikePersonName(name), name).toBe(false);
    }
  });
});

describe('matching people', () => {
  const people: KnownPerson[] = [
    { id: 1, name: 'Hannah Jenkins-Jones', initials: 'HJJ', organisationId: 10 },
    { id: 2, name: 'Phillip Ashby', initials: null, organisationId: 11 },
    { id: 3, name: 'Sarah Mahon', initials: 'SM', organisationId: 10 },
    { id: 4, name: 'Richard Brown', initials: null, organisationId: null },
    { id: 5, name: 'Mark Jones', initials: 'MJ', organisationId: null },
    { id: 6, name: 'Mary Jones', initials: null, organisationId: null },
  ];
  const strict = { partial: false, initials: false };
  const loose = { partial: true, initials: true };

  it('matches the same name through titles and spelling', () => {
    expect(matchPerson('Chief Superintendent Phillip Ashby', people, strict)).toMatchObject({ person: { id: 2 }, how: 'same name' });
    expect(matchPerson('Councillor Richard Brown', people, strict)).toMatchObject({ person: { id: 4 } });
    expect(matchPerson('hannah jenkins jones', people, strict)).toMatchObject({ person: { id: 1 } });
    expect(matchPerson('HANNAH JENKINS-JONES', people, strict)).toMatchObject({ person: { id: 1 } });
  });

  it('matches a first initial and surname, or a middle initial, when only one person fits', () => {
    expect(matchPerson('P. Ashby', people, strict)).toMatchObject({ person: { id: 2 }, how: 'initial and surname' });
    expect(matchPerson('Hannah J Jenkins-Jones', people, strict)).toMatchObject({ person: { id: 1 }, how: 'same first name and surname' });
    // Two Joneses begin with M: no guess.
    expect(matchPerson('M Jones', people, strict)).toBeNull();
  });

  it('never takes someone with the same surname and another first name', () => {
    expect(matchPerson('Margaret Jones', people, loose)).toBeNull();
    expect(matchPerson('Steve Brown', people, loose)).toBeNull();
  });

  it('matches initials and lone names only when allowed and unique', () => {
    expect(matchPerson('HJJ', people, loose)).toMatchObject({ person: { id: 1 }, how: 'initials' });
    expect(matchPerson('PA', people, loose)).toMatchObject({ person: { id: 2 } });
    expect(matchPerson('HJJ', people, strict)).toBeNull();
    expect(matchPerson('Sarah', people, loose)).toMatchObject({ person: { id: 3 }, how: 'partial name' });
    expect(matchPerson('Mr Ashby', people, loose)).toMatchObject({ person: { id: 2 } });
    expect(matchPerson('Jones', people, loose)).toBeNull();
  });

  it('prefers the same organisation when two people share a name', () => {
    const twins = [...people, { id: 7, name: 'Sarah Mahon', initials: null, organisationId: 12 }];
    expect(matchPerson('Sarah Mahon', twins, { ...strict, organisationId: 12 })).toMatchObject({ person: { id: 7 } });
    expect(matchPerson('Sarah Mahon', twins, strict)).toMatchObject({ person: { id: 3 } });
  });
});

describe('matching bodies and organisations', () => {
  const known = [
    { id: 1, name: 'Police Accountability and Legitimacy Group', shortName: 'PALG' },
    { id: 2, name: 'Police and Crime Panel', shortName: 'PCP' },
    { id: 3, name: 'South Wales Police', shortName: null },
  ];

  it('matches by name variants, acronym in brackets and short name', () => {
    expect(matchName('Police Accountability and Legitimacy Group (PALG)', known)).toMatchObject({ known: { id: 1 }, how: 'same name' });
    expect(matchName('Police & Crime Panel', known)).toMatchObject({ known: { id: 2 } });
    expect(matchName('the police and crime panel.', known)).toMatchObject({ known: { id: 2 } });
    expect(matchName('PALG', known)).toMatchObject({ known: { id: 1 }, how: 'short name' });
    expect(matchName('Accountability Group (PALG)', known)).toMatchObject({ known: { id: 1 }, how: 'short name' });
    expect(matchName('Police and Crime Board', known)).toBeNull();
  });

  it('reads initials as an organisation only when asked and unique', () => {
    expect(matchName('SWP', known)).toBeNull();
    expect(matchName('SWP', known, { acronyms: true })).toMatchObject({ known: { id: 3 }, how: 'acronym' });
  });

  it('guesses the kind of a new body from its name', () => {
    expect(bodyKindFor('Police & Crime Panel')).toBe('panel');
    expect(bodyKindFor('Policing Partnership Board for Wales')).toBe('partnership board');
    expect(bodyKindFor('Hate Crime Task and Finish Group')).toBe('task and finish group');
    expect(bodyKindFor('Scrutiny & Accountability Board')).toBe('board');
    expect(bodyKindFor('Cabinet')).toBe('committee');
  });
});

describe('meetings and agenda items', () => {
  it('guesses the meeting type from its title', () => {
    expect(meetingTypeFor('Deep Dive: Child Exploitation and Vulnerability')).toBe('deep dive');
    expect(meetingTypeFor('Escalations Meeting')).toBe('escalations');
    expect(meetingTypeFor('AGM')).toBe('AGM');
    expect(meetingTypeFor(null)).toBe('ordinary');
    expect(isVirtualVenue('Virtual meeting')).toBe(true);
    expect(isVirtualVenue('via Microsoft Teams')).toBe(true);
    expect(isVirtualVenue('Police Headquarters')).toBe(false);
  });

  it('recognises standing items', () => {
    expect(standingItemFor('Apologies for absence')).toBe('apologies');
    expect(standingItemFor('Introductions and Apologies')).toBe('apologies');
    expect(standingItemFor('Declarations of interest')).toBe('declarations of interest');
    expect(standingItemFor('Minutes of previous meeting')).toBe('minutes of the previous meeting');
    expect(standingItemFor('Matters arising')).toBe('matters arising');
    expect(standingItemFor('Any Other Business')).toBe('any other business');
    expect(standingItemFor('AOB')).toBe('any other business');
    expect(standingItemFor('Date of next meeting')).toBe('date of next meeting');
    expect(standingItemFor('Public Forum')).toBe('public forum');
    expect(standingItemFor('Exclusion of the Press and Public')).toBe('exclusion of the press and public');
    expect(standingItemFor('Cyber Crime')).toBeNull();
  });
});

describe('finding an earlier action', () => {
  const earlier: CandidateAction[] = [
    { id: 1, reference: 'HCSSP/2024-01/1', text: 'AP to provide a ward-level breakdown of anti-social behaviour incidents by the next meeting.', dueText: 'next meeting', status: 'open', meetingId: 1, meetingDate: '2024-01-17', ownerIds: [7] },
    { id: 2, reference: 'HCSSP/2024-01/2', text: 'TN to circulate the referral criteria for the youth diversion programme to all members.', dueText: null, status: 'open', meetingId: 1, meetingDate: '2024-01-17', ownerIds: [8] },
    { id: 3, reference: 'HCSSP/2023-11/4', text: 'Circulate the referral criteria for the youth diversion programme', dueText: null, status: 'completed', meetingId: 2, meetingDate: '2023-11-15', ownerIds: [] },
    { id: 4, reference: 'HCSSP/2024-01/3', text: 'PD to arrange a site visit to the youth hub before the end of February 2024.', dueText: 'before the end of February 2024', status: 'open', meetingId: 1, meetingDate: '2024-01-17', ownerIds: [9] },
  ];

  it('finds it by a quoted reference first', () => {
    expect(quotedReference('Update on HCSSP/2023-11/4: done')).toBe('HCSSP/2023-11/4');
    expect(findAction({ text: 'Action HCSSP/2023-11/4 (criteria)', ownerIds: [] }, earlier)).toMatchObject({ action: { id: 3 }, how: 'reference' });
  });

  it('finds it by its words, preferring one still open, and uses each once', () => {
    expect(findAction({ text: 'Provide a ward-level breakdown of anti-social behaviour incidents', ownerIds: [] }, earlier)).toMatchObject({ action: { id: 1 }, how: 'similar text' });
    expect(findAction({ text: 'Circulate the referral criteria for the youth diversion programme to all members', ownerIds: [] }, earlier)).toMatchObject({ action: { id: 2 } });
    expect(findAction({ text: 'Circulate the referral criteria for the youth diversion programme', ownerIds: [] }, earlier, new Set([2]))).toMatchObject({ action: { id: 3 } });
    expect(findAction({ text: 'Write to the highways department about street lighting', ownerIds: [7] }, earlier)).toBeNull();
    // When it is due is not what it is.
    expect(findAction({ text: 'Arrange a site visit to the youth hub for panel members', ownerIds: [] }, earlier)).toMatchObject({ action: { id: 4 } });
  });

  it('scores words, not their order or endings', () => {
    expect(similarity('Circulate the guidance links', 'Guidance links circulated')).toBeGreaterThan(0.8);
    expect(similarity('Circulate the guidance links', 'Book the venue for June')).toBe(0);
    expect(similarity('AP to circulate the guidance links', 'Circulate the guidance links')).toBe(1);
    // The same kind of task on another subject is another action.
    expect(similarity('Arrange a briefing on custody visits for new members', 'Arrange a briefing on anti-social behaviour for new members')).toBeLessThan(SAME_ACTION);
  });
});

describe('reports', () => {
  it('reads the title and issuer of a report from its heading', () => {
    expect(reportOf("Cabinet Response to the Report of Community and Adult Services Scrutiny Committee entitled 'A Review of Multi-Agency Approaches'"))
      .toEqual({ title: 'A Review of Multi-Agency Approaches', issuer: 'Community and Adult Services Scrutiny Committee' });
    expect(sourceKindFor('HMICFRS PEEL inspection 2023')).toBe('inspection');
    expect(sourceKindFor('Internal Audit report on overtime')).toBe('audit');
    expect(sourceKindFor('Response to the scrutiny review')).toBe('scrutiny review');
  });
});
