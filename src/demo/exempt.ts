/**
 * Items taken in private (Schedule 12A): their own title, a different public title, and
 * minutes, actions and papers that must never reach the public.
 *
 * Each carries an operation codename that appears nowhere else in the demo, so a test can
 * search the public record for it and expect nothing.
 */
import type { PersonKey } from './roster.js';

export const EXEMPT_CODENAMES = ['Garganey', 'Wryneck', 'Corncrake', 'Dotterel', 'Nightjar', 'Bittern'] as const;

export interface ExemptMatter {
  title: string;
  presenter: PersonKey;
  publicTitle: string;
  paragraph: number;
  /** Paragraphs; {code} is the codename, {town} a town, {presenter} the presenter's initials. */
  minutes: readonly string[];
  action: string;
  paper: string;
}

export const EXEMPT_MATTERS: readonly ExemptMatter[] = [
  {
    title: 'Complaint against a named officer',
    presenter: 'professionalStandards',
    publicTitle: 'Exempt item: a staffing matter',
    paragraph: 1,
    minutes: [
      '{presenter} briefed members on the gross misconduct investigation (Operation {code}) into a constable based in {town}, following a complaint from a member of the public about conduct during a domestic abuse call.',
      'The officer has been placed on restricted duties while the investigation continues. A hearing is provisionally listed and the complainant is being kept informed by the investigating officer.',
      'Members asked about the welfare support offered to the complainant and whether any other complaints had been received about the same officer. {presenter} confirmed that two earlier complaints had been reviewed as part of Operation {code}.',
    ],
    action: 'Report the outcome of the Operation {code} misconduct hearing to the Board in private session',
    paper: 'Summary of the Operation {code} misconduct investigation, the officer\'s service history and the complainant\'s account.',
  },
  {
    title: 'Contract award for custody healthcare services',
    presenter: 'cfo',
    publicTitle: 'Exempt item: a contract matter',
    paragraph: 3,
    minutes: [
      '{presenter} presented the evaluation of tenders for custody healthcare services (procurement reference {code}). Three bids had been received and scored against quality, price and social value.',
      'The preferred bidder scored highest on quality but was {n}% more expensive than the current contract. Members discussed the bidders\' pricing and the risk of challenge from the unsuccessful bidders.',
    ],
    action: 'Confirm the final contract value and mobilisation plan for the {code} custody healthcare award',
    paper: 'Tender evaluation for custody healthcare services ({code}): bidders\' scores, prices and the recommended award.',
  },
  {
    title: 'Operation {code}: investigation into an organised crime group',
    presenter: 'accCrime',
    publicTitle: 'Exempt item: an operational matter',
    paragraph: 7,
    minutes: [
      '{presenter} gave a confidential briefing on Operation {code}, a covert investigation into an organised crime group supplying class A drugs in {town} and exploiting children to run the lines.',
      'Arrests are planned in the coming weeks. Members were reminded that the information must not be shared outside the meeting as disclosure could prejudice the operation.',
      'Members asked about the safeguarding plans for the children identified. {presenter} confirmed that a strategy meeting with children\'s services had been held.',
    ],
    action: 'Brief the Board on the results of the Operation {code} arrest phase and the safeguarding of the children identified',
    paper: 'Operation {code}: operational briefing, subjects, locations and the planned arrest phase.',
  },
  {
    title: 'Legal advice on a civil claim against the force',
    presenter: 'deputyChief',
    publicTitle: 'Exempt item: legal advice',
    paragraph: 5,
    minutes: [
      '{presenter} summarised counsel\'s advice on the civil claim (file {code}) brought by a man detained in custody at {town}, alleging false imprisonment and assault.',
      'Counsel assessed the prospects of a successful defence as uncertain. Members discussed whether to settle and the likely costs of a trial.',
    ],
    action: 'Seek a further opinion from counsel on settlement of the {code} civil claim',
    paper: 'Counsel\'s advice on the civil claim {code}, with the assessment of liability and quantum.',
  },
];
