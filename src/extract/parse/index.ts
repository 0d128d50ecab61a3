/**
 * The parser: a document's blocks in, its ExtractionRecord out. Pure; the readers do all
 * the reading.
 */
import type { ReadResult } from '../blocks.js';
import type { ExtractionRecord } from '../record.js';
import { readActions } from './actions.js';
import { englishOnly } from './bilingual.js';
import { readDecisions } from './decisions.js';
import { readHeader } from './header.js';
import { outline } from './items.js';
import { readNextMeeting } from './nextMeeting.js';
import { OwnerResolver } from './owners.js';
import { readPeople } from './people.js';
import { readRecommendations } from './recommendations.js';
import { toUnits } from './units.js';

export function extract(read: ReadResult, source: string): ExtractionRecord {
  const units = toUnits(englishOnly(read.blocks));
  const structure = outline(units);
  const header = readHeader(units, structure);
  const people = readPeople(units, structure);
  const { recommendations, used } = readRecommendations(units);
  // A review report answers recommendations; minutes record who came.
  const kind = recommendations.length > 0 && people.attendees.length === 0 ? 'report' : 'minutes';

  const skip = new Set<number>([...people.used, ...used]);
  for (let i = 0; i < header.end; i++) skip.add(i);
  const owners = new OwnerResolver(people.attendees);
  const actions = readActions(units, structure, owners, header.date, skip, { implicit: kind === 'minutes' });

  const record: ExtractionRecord = {
    source,
    kind,
    meeting: { body: header.body, title: header.title, date: header.date, venue: header.venue, startTime: header.startTime },
    attendees: people.attendees,
    apologies: people.apologies,
    items: structure.items,
    actions,
    recommendations,
    decisions: readDecisions(units, skip, kind),
    nextMeeting: readNextMeeting(units, structure, header.date),
  };
  if (read.warnings.length) record.warnings = read.warnings;
  return record;
}
