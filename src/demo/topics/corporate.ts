/** Themes about how the force is run: money, people and the plan. */
import type { Topic } from './index.js';

export const CORPORATE_TOPICS: readonly Topic[] = [
  {
    key: 'finance',
    name: 'the budget and medium-term financial plan',
    itemTitles: ['Finance: revenue and capital monitoring', 'Precept proposal and medium-term financial plan', 'Overtime and agency spending'],
    leads: ['deputyChief', 'cfo'],
    facts: [
      'the revenue budget was forecast to underspend by £{big},000 at year end, mainly because of police staff vacancies',
      'overtime spending had exceeded its budget by {pct}% because of mutual aid and major events in {town}',
      'the capital programme had slipped, with the estates scheme in {town} now expected to finish in {month}',
      'the medium-term financial plan showed a gap of £{n} million over four years before savings',
    ],
    questions: [
      'the savings plan could be delivered without reducing neighbourhood policing',
      'the underspend on staff vacancies would be used to reduce the backlog in digital forensics',
      'the force had modelled the effect of the pay award on the reserves',
    ],
    answers: [
      'the savings plan protected front-line posts and relied mainly on estates and procurement',
      'reserves would remain above the minimum level set in the reserves strategy',
      'a quarterly efficiency board now tracked every saving against its target',
    ],
    concerns: [
      'the reliance on overtime to cover vacancies',
      'the size of the funding gap in later years of the plan',
    ],
    actions: [
      'provide a breakdown of overtime spending by department for {period}',
      'share the updated medium-term financial plan before it goes to the panel',
      'report on the slippage in the capital programme and its revised timetable',
    ],
    resolutions: [
      'the Commissioner\'s proposed precept be put to the panel as set out in the report',
      'the revenue and capital monitoring report be noted',
    ],
    challenges: ['Members asked for the budget to be presented by priority in the Police and Crime Plan, not only by type of spending.'],
    outcomes: ['From the next financial year the budget report shows spending against each priority of the plan.'],
  },
  {
    key: 'workforce',
    name: 'workforce, recruitment and wellbeing',
    itemTitles: ['Workforce: recruitment, retention and representation', 'Officer and staff wellbeing', 'Positive action and workforce diversity'],
    leads: ['deputyChief', 'performance'],
    facts: [
      'officers from minority ethnic backgrounds made up {pct}% of new recruits in {period}, the highest proportion to date',
      'the leaving rate for student officers had risen to {pct}%, with most leaving in their first two years',
      'sickness absence for police staff averaged {n} days per person, with stress the main cause',
      '{n} officers had been recruited through the Welsh-language pathway',
    ],
    questions: [
      'student officers who left were asked why',
      'the positive action team reached people in {town} as well as in the larger towns',
      'wellbeing support was available to staff working on child abuse images',
    ],
    answers: [
      'every leaver was now offered an exit interview with someone outside their line management',
      'positive action open days had been held at community venues across the area',
      'staff in high-risk roles received mandatory psychological screening every year',
    ],
    concerns: [
      'the number of student officers leaving early',
      'stress-related sickness in the control room',
    ],
    actions: [
      'provide workforce representation figures by rank and grade for {period}',
      'report the findings of exit interviews with student officers',
      'share the wellbeing survey results with the Board',
    ],
    resolutions: ['the Board note the workforce report and ask for a retention plan for student officers'],
    challenges: ['A member suggested that new recruits be given a mentor from outside their own team.'],
    outcomes: ['A mentoring scheme pairing every student officer with an experienced colleague began in the autumn intake.'],
  },
];
