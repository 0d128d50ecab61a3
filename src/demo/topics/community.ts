/** Themes about neighbourhoods: local policing, roads, the countryside, nuisance and getting through to the police. */
import type { Topic } from './index.js';

export const COMMUNITY_TOPICS: readonly Topic[] = [
  {
    key: 'neighbourhood',
    name: 'neighbourhood policing',
    itemTitles: ['Neighbourhood policing and community engagement', 'Police community support officers: deployment and abstraction', 'Public confidence survey results'],
    leads: ['neighbourhoods', 'accOperations'],
    facts: [
      'neighbourhood officers were taken away from their wards to cover response duties on {pct}% of shifts',
      'public confidence that the police understood local issues stood at {pct}% in the latest survey',
      '{n} ward priorities had been set with residents in {period}, most of them about speeding and drug dealing',
      'the number of police community support officers had fallen by {n} since the last report',
    ],
    questions: [
      'residents in rural wards could name their local officer',
      'ward priorities were set with people who did not come to meetings',
      'abstraction of neighbourhood officers would fall once new recruits were in post',
    ],
    answers: [
      'online ward surveys now ran alongside the public meetings',
      'a new rule protected neighbourhood officers from abstraction except in emergencies',
      'each ward\'s officers were shown on the force website with a photograph and contact details',
    ],
    concerns: [
      'the abstraction of neighbourhood officers to response duties',
      'falling numbers of police community support officers in {town}',
    ],
    actions: [
      'provide abstraction rates for neighbourhood teams by area for {period}',
      'share the public confidence survey results by ward',
      'report on how ward priorities are agreed with residents',
    ],
    resolutions: [
      'the Board ask the force to protect neighbourhood teams from abstraction',
    ],
    challenges: [
      'A member suggested that ward surveys be translated into Welsh, Polish and Urdu.',
    ],
    outcomes: [
      'Ward surveys are now available in four languages and responses have risen.',
    ],
  },
  {
    key: 'road-safety',
    name: 'road safety',
    itemTitles: ['Road safety and the fatal four', 'Roads policing and speed enforcement', 'Community speed watch'],
    leads: ['neighbourhoods', 'accOperations'],
    facts: [
      '{n} people were killed and {big} seriously injured on the roads in {period}',
      'drink and drug driving arrests had risen by {pct}% over the summer campaign',
      'community speed watch groups had recorded {big} vehicles speeding in 20mph areas',
      'mobile phone offences detected by the new cameras on the {town} bypass exceeded expectations',
    ],
    questions: [
      'the force had the capacity to follow up community speed watch letters',
      'motorcycle casualties on rural roads were being targeted',
      'the 20mph limits were being enforced',
    ],
    answers: [
      'a second roads policing team had been formed to cover the north of the area',
      'an engagement campaign aimed at motorcyclists had begun at popular routes',
      'enforcement in 20mph areas focused on locations identified by residents and casualty data',
    ],
    concerns: [
      'the rise in motorcycle casualties on rural routes',
      'repeated speeding reports from residents in {town}',
    ],
    actions: [
      'provide casualty figures and enforcement activity for {period}',
      'report on the follow-up of community speed watch reports',
      'share the motorcycle safety campaign evaluation',
    ],
    resolutions: [
      'the Board support the road safety partnership plan and the funding of a second camera van',
    ],
    challenges: [
      'Members asked for casualty data to be published by community so residents could see their own roads.',
    ],
    outcomes: [
      'An interactive casualty map was published on the road safety partnership website.',
    ],
  },
  {
    key: 'rural-crime',
    name: 'rural and wildlife crime',
    itemTitles: ['Rural crime: farm theft, livestock and wildlife', 'Rural crime team annual update'],
    leads: ['neighbourhoods', 'accOperations'],
    facts: [
      'thefts of quad bikes and farm machinery cost local farmers over £{big} in {period}',
      'livestock worrying by dogs had been reported {n} times, mostly in the spring lambing season',
      'the rural crime team had {n} officers, two of them Welsh speakers',
      'fly-tipping and heritage crime reports had increased around {town}',
    ],
    questions: [
      'farmers reported crime or accepted it as a cost of farming',
      'the rural crime team could cover the whole area with its current numbers',
      'wildlife crime was recorded consistently',
    ],
    answers: [
      'a farm watch scheme with {n} members was sharing alerts by text',
      'officers had been trained in wildlife crime recording and a specialist now reviewed every case',
      'the force was working with {council} on fly-tipping hotspots',
    ],
    concerns: [
      'under-reporting of crime by farming communities',
      'the small size of the rural crime team',
    ],
    actions: [
      'provide rural crime figures and the value of stolen property recovered for {period}',
      'report on the farm watch scheme membership and alerts',
      'confirm the rural crime team establishment for next year',
    ],
    resolutions: [
      'the Board note the rural crime report and support the bid for a further rural officer',
    ],
    challenges: [
      'A member asked that rural crime surgeries be held at livestock markets.',
    ],
    outcomes: [
      'Monthly crime surgeries are now held at the livestock market in the area.',
    ],
  },
  {
    key: 'asb',
    name: 'anti-social behaviour',
    itemTitles: ['Anti-social behaviour and the community trigger', 'Anti-social behaviour hotspot patrols'],
    leads: ['neighbourhoods', 'safetyManager'],
    facts: [
      'anti-social behaviour incidents had fallen by {pct}% in the hotspot areas of {town}',
      '{n} community trigger applications were received in {period}, and {n} met the threshold',
      'off-road bikes were the most common cause of complaints in the summer months',
    ],
    questions: [
      'victims knew about the community trigger and how to use it',
      'the hotspot patrols had displaced problems to neighbouring streets',
    ],
    answers: [
      'information about the community trigger had been added to every letter sent to anti-social behaviour victims',
      'analysis showed no significant displacement from the patrolled areas',
    ],
    concerns: [
      'nuisance from off-road bikes on estates in {town}',
      'repeat victims of anti-social behaviour who feel ignored',
    ],
    actions: [
      'provide anti-social behaviour incident figures for the hotspot areas for {period}',
      'report on community trigger applications and their outcomes',
      'share the off-road bike operation results',
    ],
    resolutions: [
      'the Board support continued funding of hotspot patrols until {month}',
    ],
    challenges: [
      'Members challenged the low awareness of the community trigger among repeat victims.',
    ],
    outcomes: [
      'Community trigger information is now included in all victim letters.',
    ],
  },
  {
    key: 'contact',
    name: 'emergency and non-emergency contact',
    itemTitles: ['101 and 999 call handling performance', 'Digital contact and online reporting'],
    leads: ['accOperations', 'performance'],
    facts: [
      '{pct}% of 999 calls were answered within ten seconds in {period}',
      'the average wait for a 101 call had risen to {n} minutes at peak times',
      'online reporting now accounted for {pct}% of non-emergency contact',
    ],
    questions: [
      'callers were offered the choice of Welsh at the start of every call',
      'people who abandoned 101 calls were called back',
    ],
    answers: [
      'a call-back option had been introduced for 101 calls during busy periods',
      'Welsh-speaking call handlers were now available on every shift',
    ],
    concerns: [
      'long waits on 101 at weekends',
      'the number of abandoned non-emergency calls',
    ],
    actions: [
      'provide 101 and 999 answer times and abandonment rates for {period}',
      'report on take-up of the 101 call-back option',
    ],
    resolutions: [
      'the Board ask for call handling performance to be included in every performance report',
    ],
    challenges: [
      'A member pointed out that the online reporting form was hard to use with a screen reader.',
    ],
    outcomes: [
      'The online form was redesigned and tested with disabled users.',
    ],
  },
];
