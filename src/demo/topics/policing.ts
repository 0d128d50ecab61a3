/** Themes about how the police use their powers and answer for them. */
import type { Topic } from './index.js';

export const POLICING_TOPICS: readonly Topic[] = [
  {
    key: 'stop-search',
    name: 'stop and search',
    itemTitles: ['Stop and search: disproportionality and outcomes', 'Stop and search community scrutiny panel findings', 'Section 60 authorisations'],
    leads: ['stopSearchLead', 'accOperations'],
    facts: [
      'Black people were {n} times more likely to be searched than white people in {period}, a slight reduction on the previous year',
      'the positive outcome rate for searches stood at {pct}%, with drugs the most common object found',
      'body-worn video was switched on in {pct}% of searches reviewed by the community panel',
      'no section 60 authorisations had been made in {period}',
      '{big} searches were carried out in {period}, a third of them in the night-time economy in {town}',
    ],
    questions: [
      'the grounds recorded for searches were good enough to stand scrutiny',
      'young people searched in {town} were given a receipt and told how to complain',
      'the community scrutiny panel saw a random sample of footage or only cases chosen by the force',
      'officers with the highest disproportionality were identified and spoken to',
    ],
    answers: [
      'supervisors now reviewed every search record within seven days',
      'the panel chose its own sample of footage from a list of all searches in the quarter',
      'officers whose searches showed unexplained disproportionality received a development plan',
      'a new electronic receipt was sent by text to the person searched',
    ],
    concerns: [
      'the persistent disproportionality in searches of Black residents',
      'weak grounds recorded for searches based on the smell of cannabis',
      'searches of children without an appropriate adult informed afterwards',
    ],
    actions: [
      'provide stop and search disproportionality figures by ethnicity and age for {period}',
      'share the community scrutiny panel report and the force response with members',
      'review searches based solely on the smell of cannabis and report the findings',
      'confirm how parents are informed when a child under sixteen is searched',
      'invite members to observe a stop and search scrutiny panel in {town}',
    ],
    resolutions: [
      'the Board ask the force to set a target for reducing unexplained disproportionality',
      'the stop and search report be noted and the community panel findings be published',
    ],
    challenges: [
      'Members challenged the force to explain searches of children without parental notification.',
      'A member suggested that young people themselves should sit on the scrutiny panel.',
    ],
    outcomes: [
      'Parents are now informed within twenty-four hours when a child is searched.',
      'Two young people joined the community scrutiny panel after training.',
    ],
  },
  {
    key: 'custody',
    name: 'custody',
    itemTitles: ['Custody: safety, detention times and independent custody visiting', 'Independent custody visitors annual report', 'Healthcare in custody'],
    leads: ['custody', 'accOperations'],
    facts: [
      '{big} people were detained in custody in {period}, with an average detention time of {n} hours',
      'independent custody visitors made {n} visits and raised concerns about cell cleanliness at {town}',
      'children were held overnight on {n} occasions because no local authority accommodation was available',
      'there had been no deaths in or following custody, and {n} serious incidents were referred to the IOPC',
      'the rate of detainees asking for a solicitor had risen to {pct}%',
    ],
    questions: [
      'detainees with mental health needs were seen by a healthcare professional promptly',
      'women in custody were offered a female officer and hygiene products as standard',
      'the force had challenged the local authority over children held overnight',
      'the custody suite in {town} would remain open while the refurbishment went ahead',
    ],
    answers: [
      'a nurse was now present in every custody suite at all hours',
      'a welfare check-list for women detainees had been introduced after the custody visitors\' report',
      'every child held overnight was reviewed by a superintendent and the case raised with {council}',
      'the refurbishment would be done in phases so that the suite stayed open',
    ],
    concerns: [
      'children held overnight in police cells',
      'the condition of the cells at {town}',
      'long waits for appropriate adults for vulnerable detainees',
    ],
    actions: [
      'provide the number of children detained overnight and the reasons for {period}',
      'share the independent custody visitors annual report with the Board',
      'report on the refurbishment timetable for the custody suite in {town}',
      'confirm the arrangements for appropriate adults outside office hours',
    ],
    resolutions: [
      'the Board write to {council} about the provision of accommodation for children charged and refused bail',
    ],
    challenges: [
      'Members challenged the practice of removing clothing for safety without recording the reason.',
    ],
    outcomes: [
      'Custody records now require a reason whenever clothing is removed, and this is audited monthly.',
    ],
  },
  {
    key: 'use-of-force',
    name: 'use of force',
    itemTitles: ['Use of force and Taser deployment', 'Use of force: scrutiny of footage', 'Taser: community impact assessment'],
    leads: ['stopSearchLead', 'accOperations'],
    facts: [
      'force was used on {big} occasions in {period}, with handcuffing the most common tactic',
      'Taser was drawn {n} times and discharged on {n} occasions',
      'people from Black and mixed ethnic backgrounds were subject to force at a higher rate than white people',
      'use of force forms were completed for {pct}% of incidents where footage showed force was used',
    ],
    questions: [
      'force used on children and people in mental health crisis was reviewed separately',
      'the force learned anything from the footage the panel reviewed',
      'the number of officers trained to carry Taser was due to rise again',
      'officers always recorded the de-escalation they tried first',
    ],
    answers: [
      'every use of force on a child was reviewed by the use of force lead',
      'the panel\'s feedback had led to changes in officer safety training',
      'the uplift in Taser-trained officers had been paused while the community impact assessment was refreshed',
      'a mandatory field for de-escalation tactics had been added to the form',
    ],
    concerns: [
      'the disproportionate use of force on Black people',
      'incomplete use of force forms',
      'the use of spit guards on children',
    ],
    actions: [
      'provide use of force data by ethnicity, age and tactic for {period}',
      'report back on the reasons for missing use of force forms',
      'share the refreshed Taser community impact assessment with members',
      'arrange for members to review a sample of use of force footage',
    ],
    resolutions: [
      'the Board endorse external scrutiny of use of force footage by the community group',
    ],
    challenges: [
      'A member challenged the use of spit guards on children under twelve.',
    ],
    outcomes: [
      'The force changed its policy so that spit guards on children need an inspector\'s authority.',
    ],
  },
  {
    key: 'body-worn-video',
    name: 'body-worn video',
    itemTitles: ['Body-worn video: compliance and retention', 'Body-worn video in domestic abuse and stop and search'],
    leads: ['stopSearchLead', 'performance'],
    facts: [
      'body-worn video cameras were activated at {pct}% of incidents where policy required it',
      'footage was used as evidence in {big} cases in {period}',
      'the replacement of older cameras with devices that start recording automatically was under way',
    ],
    questions: [
      'the public could see footage of their own encounters on request',
      'officers who repeatedly failed to switch cameras on were held to account',
      'storage costs would rise with the new cameras',
    ],
    answers: [
      'supervisors received a weekly list of incidents where cameras had not been activated',
      'a subject access route for footage had been published on the force website',
      'storage costs had been built into the medium-term financial plan',
    ],
    concerns: [
      'low camera activation in the night-time economy',
      'footage being deleted before complaints were resolved',
    ],
    actions: [
      'provide body-worn video activation rates by department for {period}',
      'confirm the retention period for footage linked to complaints',
      'report on the roll-out of the new cameras',
    ],
    resolutions: [
      'the Board note the body-worn video compliance report and ask for a target of full activation',
    ],
    challenges: [
      'Members asked that footage reviewed by the panel include incidents where no arrest was made.',
    ],
    outcomes: [
      'The panel sample now includes encounters that ended without arrest.',
    ],
  },
  {
    key: 'complaints',
    name: 'complaints and police conduct',
    itemTitles: ['Police complaints: timeliness and outcomes', 'Professional standards and vetting', 'Complaint reviews handled by the Commissioner'],
    leads: ['professionalStandards', 'deputyChief'],
    facts: [
      '{big} complaints were logged in {period}, with delivery of duties and service the most common category',
      'the average time to finalise a complaint had fallen to {n} working days',
      'the Commissioner\'s review team upheld {pct}% of the reviews it received',
      'vetting renewals were up to date for {pct}% of officers and staff',
    ],
    questions: [
      'complainants were kept informed when their complaint took longer than expected',
      'the force could show what it had learned from upheld complaints',
      'misconduct hearings were held in public where the rules allowed',
      'the backlog in vetting renewals would be cleared by {month}',
    ],
    answers: [
      'a learning bulletin was now issued to all staff each month',
      'complainants were contacted every twenty-eight days as a minimum',
      'hearings were advertised on the force website with at least five days\' notice',
      'additional vetting officers had been recruited on fixed-term contracts',
    ],
    concerns: [
      'the time taken to resolve complaints about discrimination',
      'the backlog of vetting renewals',
    ],
    actions: [
      'provide complaint timeliness and outcome figures for {period}',
      'share the professional standards learning bulletin with members',
      'report on the vetting renewal backlog and the plan to clear it',
      'review the letters sent to complainants for plain English',
    ],
    resolutions: [
      'the Board note the complaints report and ask that learning from reviews be reported twice a year',
    ],
    challenges: [
      'Members found the complaint outcome letters hard to understand and asked for them to be rewritten.',
    ],
    outcomes: [
      'The outcome letters were rewritten in plain English with the help of the community group.',
    ],
  },
];
