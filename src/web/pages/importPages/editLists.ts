/**
 * The parts of a record that are lists: people (attendees and apologies), agenda items,
 * decisions, recommendations. One form each, a row per entry to change or remove and an
 * empty row to add one; "Save and add another" comes back with a new empty row.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { RECOMMENDATION_RECORD_RESPONSES, type ExtractionRecord } from '../../../extract/record.js';
import type { Translate } from '../../../i18n/index.js';
import { redirectWith, signedIn } from '../forms.js';
import { translated, withBlank, type Choice } from '../meetings/choices.js';
import { errorsFor, field, readForm, type Form, type PageErrors } from '../meetings/formInput.js';
import { recordToChange, saveChanged, type UnderReview } from './changeRecord.js';

type Row = Record<string, string>;

interface ListField {
  name: string;
  kind?: 'textarea' | 'select';
  classes?: string;
  choices?: (t: Translate) => Choice[];
}

/** One list of the record, as rows of form fields. */
interface EditableList {
  /** The record's key, also the prefix of the form's fields: attendees-0-name. */
  key: 'attendees' | 'apologies' | 'items' | 'decisions' | 'recommendations';
  fields: ListField[];
  rows(record: ExtractionRecord): Row[];
  /** The entries as the record keeps them. */
  entries(rows: Row[]): unknown[];
  /** Decisions are plain strings: a problem with one is a problem with its only field. */
  plain?: boolean;
}

interface ListPart {
  /** After /import/:id/edit/, and the anchor of its section on the review. */
  part: 'people' | 'items' | 'decisions' | 'recommendations';
  lists: EditableList[];
}

const orNull = (v: string | undefined) => (v?.trim() ? v.trim() : null);
const rowOf = (names: string[], entry: Record<string, unknown>): Row => Object.fromEntries(names.map((n) => [n, String(entry[n] ?? '')]));

function objects(key: EditableList['key'], fields: ListField[], required: string[]): EditableList {
  const names = fields.map((f) => f.name);
  return {
    key, fields,
    rows: (record) => (record[key] as unknown as Record<string, unknown>[]).map((e) => rowOf(names, e)),
    // Required text stays a string (an empty one is refused, naming the field); the rest may be absent.
    entries: (rows) => rows.map((row) => Object.fromEntries(names.map((n) => [n, required.includes(n) ? (row[n] ?? '').trim() : orNull(row[n])]))),
  };
}

const PARTS: ListPart[] = [
  {
    part: 'people',
    lists: [
      objects('attendees', [{ name: 'name' }, { name: 'initials', classes: 'govuk-input--width-5' }, { name: 'role' }, { name: 'organisation' }], ['name']),
      objects('apologies', [{ name: 'name' }, { name: 'role' }, { name: 'organisation' }], ['name']),
    ],
  },
  { part: 'items', lists: [objects('items', [{ name: 'number', classes: 'govuk-input--width-5' }, { name: 'title' }], ['number', 'title'])] },
  {
    part: 'decisions',
    lists: [{
      key: 'decisions', plain: true, fields: [{ name: 'text', kind: 'textarea' }],
      rows: (record) => record.decisions.map((text) => ({ text })),
      entries: (rows) => rows.map((row) => (row.text ?? '').trim()),
    }],
  },
  {
    part: 'recommendations',
    lists: [objects('recommendations', [
      { name: 'number', classes: 'govuk-input--width-5' }, { name: 'text', kind: 'textarea' },
      { name: 'response', kind: 'select', choices: (t) => withBlank(t('importPages.lists.noResponse'), translated(t, 'status', RECOMMENDATION_RECORD_RESPONSES)) },
      { name: 'responseText', kind: 'textarea' },
    ], ['number', 'text'])],
  },
];

/** The rows the form sent, in order; a row left wholly empty is no entry, and a ticked one is removed. */
function rowsFrom(form: Form, list: EditableList): { rows: Row[]; kept: number[] } {
  const rows: Row[] = [];
  const kept: number[] = [];
  for (let i = 0; list.fields.some((f) => form[`${list.key}-${i}-${f.name}`] !== undefined); i++) {
    const row: Row = Object.fromEntries(list.fields.map((f) => [f.name, field(form, `${list.key}-${i}-${f.name}`)]));
    const remove = field(form, `${list.key}-${i}-remove`);
    rows.push({ ...row, remove });
    if (!remove && list.fields.some((f) => row[f.name])) kept.push(i);
  }
  return { rows, kept };
}

export async function editListPages(app: FastifyInstance): Promise<void> {
  const opts = { preHandler: signedIn };
  for (const def of PARTS) {
    const url = `/import/:id/edit/${def.part}`;

    app.get(url, opts, async (request, reply) => {
      const found = await recordToChange(request, reply);
      if (!found) return reply;
      const lists = def.lists.map((list) => [...list.rows(found.record), {}]);
      return listForm(request, reply, def, found, lists);
    });

    app.post(url, opts, async (request, reply) => {
      const found = await recordToChange(request, reply);
      if (!found) return reply;
      const form = readForm(request);
      const read = def.lists.map((list) => ({ list, ...rowsFrom(form, list) }));
      const record = { ...found.record } as Record<string, unknown>;
      for (const { list, rows, kept } of read) record[list.key] = list.entries(kept.map((i) => rows[i]!));
      // The record's "attendees.2.name" is the form's row where that attendee was: rows removed before it move it up.
      const onForm = (path: string) => {
        const [key, index, name] = path.split('.');
        const entry = read.find((r) => r.list.key === key);
        const row = entry && index !== undefined ? entry.kept[Number(index)] : undefined;
        return entry && row !== undefined ? `${key}.${row}.${name ?? entry.list.fields[0]!.name}` : null;
      };
      try {
        await saveChanged(request, found.id, record as ExtractionRecord, onForm);
      } catch (error) {
        return listForm(request, reply.code(400), def, found, read.map((r) => r.rows), errorsFor(error, request.t, 'importPages.lists'));
      }
      const more = field(form, 'then') === 'more';
      return redirectWith(reply, more ? `/import/${found.id}/edit/${def.part}#${def.lists[0]!.key}-new` : `/import/${found.id}#${def.part}`, request.t(`importPages.lists.${def.part}.saved`));
    });
  }
}

function listForm(request: FastifyRequest, reply: FastifyReply, def: ListPart, found: UnderReview, rows: Row[][], errors?: PageErrors) {
  const { t } = request;
  return reply.page('importPages/editList.njk', {
    item: found,
    part: def.part,
    action: `/import/${found.id}/edit/${def.part}`,
    errors,
    lists: def.lists.map((list, l) => ({
      key: list.key,
      rows: rows[l] ?? [],
      fields: list.fields.map((f) => ({ ...f, choices: f.choices?.(t) })),
    })),
  });
}
