/**
 * Papers kept in the record: small generated text files with their hash, classification
 * (OFFICIAL, some OFFICIAL-SENSITIVE) and whether they are published.
 */
import { createHash } from 'node:crypto';
import { addDays } from '../domain/dates.js';
import type { ProtectiveMarking } from '../domain/meetings.js';
import type { Area } from './area.js';
import type { Item } from './minutes.js';
import type { Meeting } from './schedule.js';
import { stamp } from './store.js';
import { capitalise, fill, longDate, type Setting } from './text.js';
import type { Topic } from './topics/index.js';

export interface Paper {
  title: string;
  classification: ProtectiveMarking;
  published: boolean;
  /** Markdown body under the title. */
  body: string;
}

export function addPaper(area: Area, meeting: Meeting, item: Item | null, paper: Paper): void {
  const text = `${paper.classification}\n\n# ${paper.title}\n\n${meeting.body.name}, ${longDate(meeting.date)}\n\n${paper.body}\n\n${paper.classification}\n`;
  const content = Buffer.from(text, 'utf8');
  const slug = paper.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  area.rows.documents.push({
    id: area.ids.next('documents'), title: paper.title, filename: `${meeting.body.shortName.toLowerCase()}-${meeting.date}-${slug}.md`,
    mediaType: 'text/markdown', size: content.length, sha256: createHash('sha256').update(content).digest('hex'),
    classification: paper.classification, published: paper.published, bodyId: meeting.body.id, meetingId: meeting.id,
    agendaItemId: item?.id ?? null, content, textContent: text, createdAt: stamp(addDays(meeting.date, -7), '16:00'),
  });
}

/** A report on a topic, as a force or the Commissioner's team would write it for a board. */
export function topicPaper(topic: Topic, s: Setting, author: string): string {
  const { rng } = s;
  const facts = rng.sample(topic.facts, Math.min(3, topic.facts.length)).map((f) => `- ${capitalise(fill(f, s))}.`);
  const concerns = rng.sample(topic.concerns, 2).map((c) => `- ${capitalise(fill(c, s))}.`);
  return [
    `Author: ${author}`,
    '## Purpose',
    `This paper gives members an update on ${topic.name} and the force's response to the issues raised at previous meetings.`,
    '## Key points',
    ...facts,
    '## Areas for improvement',
    ...concerns,
    '## Next steps',
    `${capitalise(fill(rng.pick(topic.answers), s))}. The force will ${fill(rng.pick(topic.actions), s)}.`,
    '## Recommendation',
    'Members are asked to note the contents of this paper and to consider whether any matters should be escalated.',
  ].join('\n\n');
}

/** Extracts from force systems that are shared on a need-to-know basis only. */
export function sensitivePaper(topic: Topic, s: Setting): Paper {
  return {
    title: `${capitalise(topic.name)}: operational data extract`,
    classification: 'OFFICIAL-SENSITIVE',
    published: false,
    body: [
      'Handling: not for onward circulation without the author\'s consent.',
      `This extract supports the ${topic.name} item and contains information about individual cases and locations in ${s.area.welshTown} and ${s.area.englishTown}.`,
      ...s.rng.sample(topic.facts, 2).map((f) => `- ${capitalise(fill(f, s))}.`),
    ].join('\n\n'),
  };
}
