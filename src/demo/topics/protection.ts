/** Themes about protecting people: vulnerability, victims, exploitation, abuse. */
import type { Topic } from './index.js';

export const PROTECTION_TOPICS: readonly Topic[] = [
  {
    key: 'hate-crime',
    name: 'hate crime',
    itemTitles: ['Hate crime: reporting, outcomes and victim contact', 'Hate crime and community tensions update', 'Third-party hate crime reporting centres'],
    leads: ['neighbourhoods', 'accOperations'],
    facts: [
      'recorded hate crime had risen by {pct}% over {period}, driven mainly by racially and religiously aggravated public order offences',
      'disability hate crime remained under-reported, with only {n} reports received through third-party reporting centres in {period}',
      'the proportion of hate crime cases with a charge or summons stood at {pct}%, below the national average',
      'online hate incidents now made up almost a fifth of all reports, many involving social media posts about local events',
      'repeat victims of hate crime were contacted by a dedicated hate crime officer within {n} days in most cases',
    ],
    questions: [
      'third-party reporting centres in {town} were still staffed and advertised',
      'victims were told about restorative options and whether any had taken them up',
      'the force could identify hate crimes against people with learning disabilities that were recorded only as anti-social behaviour',
      'community tension monitoring had picked up the rise in reports after the incidents in {town}',
    ],
    answers: [
      'every hate crime report was now reviewed daily by a sergeant in the hate crime unit',
      'the force had refreshed training for call handlers on recognising hate motivation at first contact',
      'a review of outcomes had found that evidential difficulties, rather than victim withdrawal, explained most cases without a charge',
      'the community tension assessment was shared weekly with {partner} and the local authorities',
    ],
    concerns: [
      'the low number of disability hate crime reports in {town}',
      'victims waiting too long for a first visit after reporting online abuse',
      'the fall in confidence among young people from Gypsy, Roma and Traveller communities',
    ],
    actions: [
      'provide a breakdown of hate crime outcomes by strand and local policing area for {period}',
      'confirm which third-party reporting centres remain active and circulate the list to members',
      'share the hate crime victim satisfaction survey results with the group',
      'arrange a session for members with the hate crime unit on how motivation is flagged',
      'review how disability hate crime is recorded when it is first reported as anti-social behaviour',
    ],
    resolutions: [
      'the hate crime performance report be noted and a further update be brought in six months',
      'the force be asked to publish its hate crime outcomes quarterly',
    ],
    challenges: [
      'Members challenged why third-party reporting centres had not been advertised in libraries and GP surgeries.',
      'A member suggested that victims of online hate should be offered the same contact standard as other victims.',
      'The group questioned the low use of community impact statements in hate crime cases.',
    ],
    outcomes: [
      'Posters and a QR code for online reporting were placed in libraries and surgeries across the area.',
      'The victim contact standard was extended to online hate crime from the start of the next quarter.',
      'Guidance on community impact statements was reissued to investigators and their use doubled.',
    ],
  },
  {
    key: 'vawg',
    name: 'violence against women and girls',
    itemTitles: ['Violence against women and girls: delivery plan progress', 'Safety of women and girls in the night-time economy', 'Rape and serious sexual offences: investigation standards'],
    leads: ['publicProtection', 'accCrime'],
    facts: [
      'the average time from report to charge in rape investigations had reduced to {n} weeks over {period}',
      'the number of women reporting that they felt unsafe in {town} town centre at night had risen in the latest survey',
      '{big} reports of stalking and harassment were received in {period}, with stalking protection orders sought in {n} cases',
      'the specialist rape investigation team was now fully staffed after a recruitment campaign',
      'spiking reports had increased over the student fresher period, with {n} linked to licensed premises in {town}',
    ],
    questions: [
      'victims were kept informed when digital devices were retained for examination',
      'the force was confident that its officers challenged misogyny within its own ranks',
      'the walk-and-talk sessions in {town} had changed where patrols were deployed',
      'independent sexual violence advisers had capacity to meet the rising demand',
    ],
    answers: [
      'devices were now returned within {n} weeks in most cases because only relevant material was downloaded',
      'a vetting and professional standards review had been completed and its findings were being acted on',
      'licensed premises in {town} had signed up to a safety charter and received bystander training',
      'the Commissioner had funded two further independent sexual violence advisers from the victims grant',
    ],
    concerns: [
      'the attrition of rape cases after the victim first reports',
      'the length of time victims wait for a trial date',
      "women's confidence in reporting sexual harassment on public transport",
    ],
    actions: [
      'report the rape investigation charge rate and victim attrition figures to the next meeting',
      'share the night-time economy safety charter and the list of signed-up premises',
      'circulate the findings of the walk-and-talk feedback from {town}',
      'provide assurance on the timeliness of digital device examination in serious sexual offence cases',
      'meet {partner} to agree how spiking reports are shared between agencies',
    ],
    resolutions: [
      'the delivery plan for violence against women and girls be endorsed and progress be reported quarterly',
      'the Board write to the criminal justice board about delays in listing trials for sexual offences',
    ],
    challenges: [
      'Members asked for victims to be told in writing how long their phones would be kept.',
      "A member challenged the absence of women's safety questions in the force's public survey.",
    ],
    outcomes: [
      'A victim letter explaining device retention and return was introduced in all rape investigations.',
      'Three questions on feeling safe in public spaces were added to the quarterly public confidence survey.',
    ],
  },
  {
    key: 'domestic-abuse',
    name: 'domestic abuse',
    itemTitles: ['Domestic abuse: arrests, outcomes and repeat victims', 'Domestic abuse protection orders pilot', 'Multi-agency risk assessment conference performance'],
    leads: ['publicProtection', 'accCrime'],
    facts: [
      'the arrest rate for domestic abuse crimes had improved to {pct}% in {period}',
      'repeat victimisation within twelve months remained high at {pct}% of high-risk cases heard at conference',
      '{n} domestic abuse protection orders had been granted since the pilot began, with breaches prosecuted in most cases',
      'body-worn video was now used at over nine in ten domestic abuse incidents attended',
      'demand on the multi-agency risk assessment conference had risen by {pct}% with no increase in staffing',
    ],
    questions: [
      'victims of domestic abuse who were also older people were being identified and referred',
      'evidence-led prosecutions were being pursued where the victim did not support a prosecution',
      'the force was using the disclosure scheme as widely as other forces',
      'perpetrator programmes commissioned with the probation service were reducing repeat offending',
    ],
    answers: [
      'a domestic abuse scrutiny panel with {partner} now reviewed a sample of closed cases each month',
      'the disclosure scheme application rate had doubled after a campaign in {town}',
      'officers had received refreshed training on coercive and controlling behaviour',
      'a pilot in {town} had placed independent domestic violence advisers in the police control room',
    ],
    concerns: [
      'the number of high-risk victims heard at conference more than once in a year',
      'delays in serving protection orders on perpetrators who could not be located',
      'the capacity of refuge provision for women with complex needs',
    ],
    actions: [
      'provide the domestic abuse repeat victim figures by local authority area for {period}',
      'report on the outcome of the domestic abuse protection order pilot',
      'share the evaluation of the perpetrator programme with the Board',
      'review the staffing of the multi-agency risk assessment conference with {partner}',
      'confirm how many evidence-led prosecutions were brought in {period}',
    ],
    resolutions: [
      'the domestic abuse report card be adopted as the basis of the Board\'s oversight of this priority',
      'the Board support the extension of the control room adviser pilot for a further year',
    ],
    challenges: [
      'Members asked why victims were not told when a perpetrator was released from custody.',
      'A member suggested that the scrutiny panel should include a survivor representative.',
    ],
    outcomes: [
      'A release notification step was added to the custody procedure for domestic abuse suspects.',
      'A survivor representative joined the domestic abuse scrutiny panel.',
    ],
  },
  {
    key: 'missing-children',
    name: 'missing children',
    itemTitles: ['Missing children and return home interviews', 'Children missing from care placements', 'Missing persons: risk assessment and response'],
    leads: ['publicProtection', 'neighbourhoods'],
    facts: [
      '{big} missing episodes involving children were recorded in {period}, of which {pct}% concerned children in care',
      'return home interviews were completed within seventy-two hours in {pct}% of cases',
      'a small number of children accounted for a large share of episodes, with {n} children missing more than ten times',
      'the force had adopted a new risk assessment model for missing people after an inspection found it inconsistent',
    ],
    questions: [
      'information from return home interviews was reaching investigators and neighbourhood teams',
      'children placed in {town} by authorities outside the area were known to the force',
      'the force used the Philomena protocol with all children\'s homes',
      'officers understood the link between going missing and criminal exploitation',
    ],
    answers: [
      'intelligence from return home interviews was now loaded onto police systems within a day',
      'a missing person co-ordinator met children\'s home managers in {town} every month',
      'the number of children placed in the area from elsewhere had risen and the force was working with {council} to be told of every placement',
      'the risk assessment now asked specific questions about exploitation and online contact',
    ],
    concerns: [
      'children placed in unregulated accommodation in {town}',
      'the timeliness of return home interviews at weekends',
      'the lack of information shared when children are placed from outside the area',
    ],
    actions: [
      'provide data on repeat missing children and the timeliness of return home interviews for {period}',
      'confirm which children\'s homes have signed up to the Philomena protocol',
      'raise the notification of out-of-area placements with {council}',
      'brief members on the new missing persons risk assessment model',
    ],
    resolutions: [
      'the missing children report be noted and the matter of out-of-area placements be escalated',
    ],
    challenges: [
      'Members challenged the absence of any measure of what happened after a return home interview.',
    ],
    outcomes: [
      'A quarterly report now shows the actions taken following return home interviews.',
    ],
  },
  {
    key: 'county-lines',
    name: 'county lines and criminal exploitation',
    itemTitles: ['County lines and child criminal exploitation', 'Serious violence duty: strategic needs assessment', 'Knife crime and the serious violence partnership'],
    leads: ['accCrime', 'publicProtection'],
    facts: [
      '{n} county lines had been closed in {period}, with {big} arrests and the safeguarding of {n} young people',
      'intensification weeks had led to the seizure of {n} bladed articles and a significant quantity of class A drugs',
      'the serious violence needs assessment identified {town} as the area with the highest rate of knife-enabled offences',
      'referrals to the national referral mechanism for children had risen by {pct}% since the last report',
    ],
    questions: [
      'children found in drug-dealing lines were treated as victims first',
      'the force could show that closing lines reduced harm rather than displaced it',
      'youth workers in A&E departments were in place in both hospitals',
      'schools in {town} were being told when pupils were identified as at risk of exploitation',
    ],
    answers: [
      'every child recovered from a line was now referred to a specialist exploitation worker',
      'a partnership analyst was tracking displacement to neighbouring areas',
      '{health} had funded the hospital youth work scheme for a further two years',
      'an exploitation screening tool had been introduced for all officers attending incidents involving children',
    ],
    concerns: [
      'the number of children repeatedly found in the same drug lines',
      'the delay in national referral mechanism decisions for children',
      'the rise in knife possession among under-eighteens in {town}',
    ],
    actions: [
      'provide the number of children recovered from county lines and their referral outcomes for {period}',
      'share the serious violence strategic needs assessment with members',
      'report on displacement following the closure of lines in {town}',
      'confirm funding arrangements for the hospital youth work scheme beyond {month}',
    ],
    resolutions: [
      'the Board endorse the serious violence response strategy and ask for a progress report in six months',
    ],
    challenges: [
      'A member asked that children\'s voices be heard in the design of the diversion scheme.',
    ],
    outcomes: [
      'Young people from the youth advocacy service co-designed the referral leaflet for the diversion scheme.',
    ],
  },
  {
    key: 'mental-health',
    name: 'mental health and policing',
    itemTitles: ['Right Care, Right Person: implementation update', 'Section 136 detentions and places of safety', 'Mental health street triage'],
    leads: ['neighbourhoods', 'custody'],
    facts: [
      '{n} people were detained under section 136 of the Mental Health Act in {period}, none of them taken to a police cell',
      'officers had spent over {big} hours waiting with patients in emergency departments during {period}',
      'the Right Care, Right Person model had reduced police attendance at welfare calls by {pct}%',
      'the street triage car in {town} had attended {big} incidents since it was introduced',
    ],
    questions: [
      'health partners were ready to take on the calls the police no longer attended',
      'anyone had been left without help since the Right Care, Right Person model was introduced',
      'the health-based place of safety had been closed at any time in {period}',
      'officers could still get advice from a mental health professional at any hour',
    ],
    answers: [
      'every call declined under the new model was reviewed by a supervisor and a sample audited with {health}',
      'the place of safety had been closed on {n} occasions because of staffing and the matter had been escalated',
      'a mental health practitioner now sat in the control room on weekday evenings',
      'waiting times in emergency departments had fallen after an agreement on handover',
    ],
    concerns: [
      'the hours officers spend waiting in emergency departments',
      'closures of the health-based place of safety at weekends',
      'people in crisis not receiving a response after the police stepped back',
    ],
    actions: [
      'share the audit of calls declined under Right Care, Right Person with members',
      'provide the section 136 figures and emergency department waiting times for {period}',
      'raise the closures of the health-based place of safety with {health}',
      'report on the evaluation of the street triage service in {town}',
    ],
    resolutions: [
      'the Board note the implementation of Right Care, Right Person and ask for assurance that no one is left without help',
    ],
    challenges: [
      'A member challenged whether people with lived experience had been consulted on the new model.',
    ],
    outcomes: [
      'A lived-experience panel now reviews the audit of declined calls each quarter.',
    ],
  },
  {
    key: 'victims',
    name: 'victims\' services',
    itemTitles: ['Victims\' services and the Victims\' Code', 'Victim satisfaction and compliance with the Victims\' Code', 'Commissioned victim support services: contract review'],
    leads: ['leadVictims', 'accCrime'],
    facts: [
      'compliance with the Victims\' Code had improved to {pct}% in the latest audit',
      'the victim care hub had supported {big} victims in {period}, most of them referred automatically by the force',
      'victim satisfaction with being kept informed remained the weakest area at {pct}%',
      'victim personal statements were offered in only {pct}% of the cases sampled',
    ],
    questions: [
      'victims who did not speak English were offered support in their own language',
      'the hub could meet demand if referrals continued to rise',
      'officers were recording that victims had been offered a victim personal statement',
      'victims of fraud were referred as routinely as victims of violent crime',
    ],
    answers: [
      'an interpreting contract now covered telephone support at any hour',
      'the Commissioner had agreed additional funding for the hub until the end of {month}',
      'a prompt had been added to the crime recording system so that statements could not be skipped',
      'the hub had appointed a specialist caseworker for older victims of fraud',
    ],
    concerns: [
      'victims not being told when a suspect is released under investigation',
      'the drop in satisfaction with being kept informed',
      'long waits for counselling for child victims',
    ],
    actions: [
      'provide the Victims\' Code compliance audit results to the Board',
      'report on referral volumes and waiting times at the victim care hub for {period}',
      'review how victims are updated when suspects are released under investigation',
      'share the findings of the victim satisfaction survey with {partner}',
    ],
    resolutions: [
      'the Commissioner recommission the victim care hub for three years with a stronger focus on keeping victims informed',
    ],
    challenges: [
      'Members asked that victims be able to choose how they are kept informed, by text, phone or letter.',
    ],
    outcomes: [
      'Victims are now asked at first contact how they want to be updated and the choice is recorded.',
    ],
  },
  {
    key: 'cybercrime',
    name: 'cybercrime and fraud',
    itemTitles: ['Cybercrime and fraud: protect and prepare', 'Fraud against older people', 'Online child sexual abuse investigations'],
    leads: ['accCrime', 'performance'],
    facts: [
      'reports of fraud had risen by {pct}% in {period}, with investment and romance fraud causing the largest losses',
      'the cyber protect officers had delivered sessions to {n} small businesses and {n} community groups',
      'the backlog of digital devices awaiting examination had fallen to {big}',
      'online child abuse investigations had increased and now made up a growing share of the digital forensics workload',
    ],
    questions: [
      'older people who had been defrauded were visited in person',
      'the force was working with banks to stop payments to fraudsters',
      'the digital forensics unit had the accreditation it needed',
      'schools in {town} had received the online safety sessions',
    ],
    answers: [
      'every vulnerable victim of fraud now received a visit from a protect officer within {n} days',
      'the banking protocol had prevented losses in {n} cases in {period}',
      'the unit had achieved accreditation for mobile phone examination and was working towards it for computers',
      'a programme of online safety sessions had been delivered to primary schools across {town}',
    ],
    concerns: [
      'the growth in romance fraud affecting older residents',
      'the time taken to examine devices in child abuse cases',
    ],
    actions: [
      'provide figures on fraud losses and repeat victims for {period}',
      'report on the digital forensics backlog and accreditation timetable',
      'share the banking protocol results with members',
      'arrange a cyber protect session for members of the group',
    ],
    resolutions: [
      'the Board note the progress on fraud and ask for a joint report with trading standards',
    ],
    challenges: [
      'A member suggested that scam warnings be printed on council tax letters.',
    ],
    outcomes: [
      'Both councils included a scam warning insert with the annual council tax bills.',
    ],
  },
];
