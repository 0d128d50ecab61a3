/**
 * Who is in a force area: its organisations, about thirty people in them, its four bodies
 * in a reporting chain and who sits on which. The same cast, with fresh names, in every area.
 */
import type { BodyKind, MembershipRole } from '../domain/bodies.js';
import type { MeetingType } from '../domain/meetings.js';
import type { AreaNames } from './names.js';

export type OrgKey =
  | 'opcc' | 'force' | 'councilW' | 'councilE' | 'health' | 'probation' | 'fire' | 'victims' | 'youth' | 'race'
  | 'disability';

export interface OrgSpec {
  key: OrgKey;
  name: (a: AreaNames) => string;
  shortName: string | null;
  domain: (a: AreaNames) => string;
}

export const ORGANISATIONS: readonly OrgSpec[] = [
  { key: 'opcc', name: (a) => `Office of the Police and Crime Commissioner for ${a.name}`, shortName: 'OPCC', domain: (a) => `${a.slug}-pcc.example.org` },
  { key: 'force', name: (a) => `${a.name} Police`, shortName: 'Force', domain: (a) => `police.${a.slug}.example.org` },
  { key: 'councilW', name: (a) => `${a.welsh} County Borough Council`, shortName: 'CBC', domain: (a) => `${a.slug}-cbc.example.gov.uk` },
  { key: 'councilE', name: (a) => `${a.english} District Council`, shortName: 'DC', domain: (a) => `${a.slug}-dc.example.gov.uk` },
  { key: 'health', name: (a) => `${a.name} University Health Board`, shortName: 'UHB', domain: (a) => `${a.slug}-health.example.org` },
  { key: 'probation', name: (a) => `${a.name} Probation Delivery Unit`, shortName: 'PDU', domain: (a) => `probation-${a.slug}.example.gov.uk` },
  { key: 'fire', name: (a) => `${a.name} Fire and Rescue Service`, shortName: 'FRS', domain: (a) => `${a.slug}-fire.example.org` },
  { key: 'victims', name: (a) => `${a.name} Victim Care Hub`, shortName: 'VCH', domain: (a) => `victimcare-${a.slug}.example.org` },
  { key: 'youth', name: (a) => `${a.welsh} Youth Advocacy`, shortName: null, domain: (a) => `youth-${a.slug}.example.org` },
  { key: 'race', name: (a) => `${a.name} Race Equality Council`, shortName: 'REC', domain: (a) => `rec-${a.slug}.example.org` },
  { key: 'disability', name: (a) => `${a.english} Disability Forum`, shortName: null, domain: (a) => `dforum-${a.slug}.example.org` },
];

export type PersonKey =
  | 'pcc' | 'ceo' | 'cfo' | 'headScrutiny' | 'leadVictims' | 'leadCommunity' | 'policyEquality' | 'research'
  | 'engagement' | 'governance' | 'businessManager'
  | 'chiefConstable' | 'deputyChief' | 'accOperations' | 'accCrime' | 'publicProtection' | 'neighbourhoods'
  | 'custody' | 'professionalStandards' | 'stopSearchLead' | 'assurance' | 'performance'
  | 'cabinetMember' | 'councillor' | 'safetyManager' | 'safeguarding' | 'probationHead' | 'fireManager'
  | 'victimsChief' | 'youthDirector' | 'raceOfficer' | 'disabilityLead'
  | 'independentChair' | 'independentMember' | 'independentAdviser' | 'layMember';

export interface PersonSpec {
  key: PersonKey;
  org: OrgKey | null;
  role: string;
  /** Picked from; null for none, "title" for Mr/Ms/Mrs. Police ranks and "Councillor" are honorifics too. */
  honorifics: readonly (string | null)[];
  /** Always a Welsh name and Welsh as preferred language. */
  welsh?: boolean;
}

const PLAIN = ['title', 'title', null] as const;

export const PEOPLE: readonly PersonSpec[] = [
  { key: 'pcc', org: 'opcc', role: 'Police and Crime Commissioner', honorifics: PLAIN },
  { key: 'ceo', org: 'opcc', role: 'Chief Executive', honorifics: PLAIN },
  { key: 'cfo', org: 'opcc', role: 'Chief Finance Officer', honorifics: PLAIN },
  { key: 'headScrutiny', org: 'opcc', role: 'Head of Scrutiny and Assurance', honorifics: PLAIN },
  { key: 'leadVictims', org: 'opcc', role: 'Strategic Lead for Victims and Vulnerability', honorifics: PLAIN },
  { key: 'leadCommunity', org: 'opcc', role: 'Strategic Lead for Community Safety', honorifics: PLAIN },
  { key: 'policyEquality', org: 'opcc', role: 'Policy Officer, Equality and Inclusion', honorifics: PLAIN, welsh: true },
  { key: 'research', org: 'opcc', role: 'Research and Insight Officer', honorifics: ['Dr', null] },
  { key: 'engagement', org: 'opcc', role: 'Community Engagement Officer', honorifics: PLAIN },
  { key: 'governance', org: 'opcc', role: 'Governance Support Officer', honorifics: PLAIN },
  { key: 'businessManager', org: 'opcc', role: 'Governance and Business Manager', honorifics: PLAIN },
  { key: 'chiefConstable', org: 'force', role: 'Chief Constable', honorifics: ['Chief Constable'] },
  { key: 'deputyChief', org: 'force', role: 'Deputy Chief Constable', honorifics: ['Deputy Chief Constable'] },
  { key: 'accOperations', org: 'force', role: 'Operations and Neighbourhoods Portfolio', honorifics: ['Assistant Chief Constable'] },
  { key: 'accCrime', org: 'force', role: 'Crime and Public Protection Portfolio', honorifics: ['Assistant Chief Constable'] },
  { key: 'publicProtection', org: 'force', role: 'Head of Public Protection', honorifics: ['Detective Chief Superintendent'] },
  { key: 'neighbourhoods', org: 'force', role: 'Head of Neighbourhood Policing', honorifics: ['Chief Superintendent'] },
  { key: 'custody', org: 'force', role: 'Head of Criminal Justice and Custody', honorifics: ['Superintendent'] },
  { key: 'professionalStandards', org: 'force', role: 'Head of Professional Standards', honorifics: ['Detective Superintendent'] },
  { key: 'stopSearchLead', org: 'force', role: 'Stop and Search and Use of Force Lead', honorifics: ['Chief Inspector', 'Inspector'] },
  { key: 'assurance', org: 'force', role: 'Inspection and Assurance Manager', honorifics: PLAIN },
  { key: 'performance', org: 'force', role: 'Head of Performance and Analysis', honorifics: ['Dr', 'title'] },
  { key: 'cabinetMember', org: 'councilW', role: 'Cabinet Member for Communities and Safety', honorifics: ['Councillor'], welsh: true },
  { key: 'councillor', org: 'councilE', role: 'Elected Member', honorifics: ['Councillor'] },
  { key: 'safetyManager', org: 'councilE', role: 'Community Safety Partnership Manager', honorifics: PLAIN },
  { key: 'safeguarding', org: 'health', role: 'Head of Safeguarding', honorifics: ['Dr'] },
  { key: 'probationHead', org: 'probation', role: 'Head of Probation Delivery', honorifics: PLAIN },
  { key: 'fireManager', org: 'fire', role: 'Group Manager, Prevention and Protection', honorifics: ['Group Manager'] },
  { key: 'victimsChief', org: 'victims', role: 'Chief Executive', honorifics: PLAIN },
  { key: 'youthDirector', org: 'youth', role: 'Director', honorifics: PLAIN },
  { key: 'raceOfficer', org: 'race', role: 'Chief Officer', honorifics: PLAIN },
  { key: 'disabilityLead', org: 'disability', role: 'Co-ordinator', honorifics: PLAIN },
  { key: 'independentChair', org: null, role: 'Independent Chair', honorifics: ['Dr', 'Professor', 'title'], welsh: true },
  { key: 'independentMember', org: null, role: 'Independent Member', honorifics: PLAIN },
  { key: 'independentAdviser', org: null, role: 'Independent Adviser', honorifics: ['Dr', 'title'] },
  { key: 'layMember', org: null, role: 'Lay Member', honorifics: PLAIN },
];

export type BodyKey = 'sgb' | 'sem' | 'psb' | 'cclg';

export interface BodySpec {
  key: BodyKey;
  name: (a: AreaNames) => string;
  /** For references; each area after the first adds its number. */
  shortName: string;
  kind: BodyKind;
  reportsTo: BodyKey | null;
  description: string;
  meetingType: MeetingType;
  /** Months of the year it meets in (1–12), which week and weekday. */
  months: readonly number[];
  week: number;
  weekday: number;
  startTime: string;
  endTime: string;
  members: readonly (readonly [PersonKey, MembershipRole, string?])[];
  /** Officers who come to present without being members. */
  presenters: readonly PersonKey[];
}

/** In the order they are generated: a body's escalations reach the body it reports to later on. */
export const BODIES: readonly BodySpec[] = [
  {
    key: 'cclg', name: (a) => `${a.name} Community Confidence and Legitimacy Group`, shortName: 'CCLG', kind: 'group',
    reportsTo: 'psb', meetingType: 'ordinary', months: [1, 4, 7, 10], week: 4, weekday: 1, startTime: '17:30', endTime: '19:30',
    description: 'Independent members and community organisations who challenge the force on fairness, trust and legitimacy, and advise the Commissioner.',
    members: [
      ['independentChair', 'chair'], ['raceOfficer', 'vice-chair', 'Hate crime'], ['youthDirector', 'member', 'Children and young people'],
      ['disabilityLead', 'member', 'Accessibility and disability'], ['victimsChief', 'member', "Victims' services"],
      ['cabinetMember', 'member', 'Rural crime'], ['councillor', 'member', 'Road safety'], ['safeguarding', 'member', 'Mental health'],
      ['independentMember', 'member', 'Stop and search'], ['layMember', 'member', 'Use of force'],
      ['independentAdviser', 'adviser'], ['engagement', 'officer'], ['policyEquality', 'officer'], ['governance', 'secretariat'],
    ],
    presenters: ['stopSearchLead', 'neighbourhoods', 'professionalStandards', 'accOperations'],
  },
  {
    key: 'psb', name: (a) => `${a.name} Policing Scrutiny Board`, shortName: 'PSB', kind: 'board', reportsTo: 'sem',
    meetingType: 'deep dive', months: [2, 4, 6, 9, 11], week: 3, weekday: 3, startTime: '10:00', endTime: '12:30',
    description: "The Commissioner's team looks in depth at one area of policing at each sitting (a deep dive) and makes recommendations.",
    members: [
      ['headScrutiny', 'chair'], ['leadVictims', 'vice-chair'], ['leadCommunity', 'member'], ['policyEquality', 'member'],
      ['research', 'member'], ['accCrime', 'member'], ['accOperations', 'member'], ['assurance', 'officer'],
      ['independentAdviser', 'adviser'], ['governance', 'secretariat'],
    ],
    presenters: ['publicProtection', 'neighbourhoods', 'custody', 'stopSearchLead', 'performance', 'safetyManager', 'probationHead'],
  },
  {
    key: 'sem', name: (a) => `${a.name} Scrutiny Escalations Meeting`, shortName: 'SEM', kind: 'board', reportsTo: 'sgb',
    meetingType: 'escalations', months: [3, 6, 9, 12], week: 1, weekday: 4, startTime: '14:00', endTime: '16:00',
    description: 'Hears what the scrutiny board and the community group could not settle, and decides or escalates it to the strategic board.',
    members: [
      ['ceo', 'chair'], ['headScrutiny', 'vice-chair'], ['deputyChief', 'member'], ['accCrime', 'member'], ['accOperations', 'member'],
      ['leadVictims', 'member'], ['leadCommunity', 'member'], ['assurance', 'officer'], ['businessManager', 'secretariat'],
    ],
    presenters: ['professionalStandards', 'performance', 'publicProtection'],
  },
  {
    key: 'sgb', name: (a) => `${a.name} Strategic Governance Board`, shortName: 'SGB', kind: 'board', reportsTo: null,
    meetingType: 'ordinary', months: [1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12], week: 2, weekday: 2, startTime: '09:30', endTime: '12:00',
    description: 'The Commissioner holds the Chief Constable to account for the Police and Crime Plan, performance and finance.',
    members: [
      ['pcc', 'chair'], ['ceo', 'vice-chair'], ['chiefConstable', 'member'], ['deputyChief', 'member'], ['cfo', 'officer'],
      ['headScrutiny', 'officer'], ['businessManager', 'secretariat'],
    ],
    presenters: ['performance', 'accOperations', 'accCrime', 'professionalStandards', 'assurance'],
  },
];
