import { describe, expect, it } from 'vitest';
import { entrySchema } from '$lib/schemas';
import { buildEntry } from '$lib/test-data/builders';
import {
	addSensation,
	emptyForm,
	entryFromForm,
	formFromEntry,
	hasDetails,
	isBlank,
	setHelped,
	toggleCoping,
	whenProblem
} from './checkin';

const now = new Date('2026-11-20T21:15:00.000Z');
const context = { id: '7d0c4b9e-6a51-4a63-9f3e-2f1d3b8e0a11', now, timeZone: 'Europe/London' };

describe('turning the check-in form into an entry', () => {
	it('records only the state when that is all there is', () => {
		const entry = entrySchema.parse(entryFromForm({ ...emptyForm(), state: 'shutdown' }, context));
		expect(entry).toMatchObject({
			state: 'shutdown',
			occurredAt: '2026-11-20T21:15:00.000Z',
			timeZone: 'Europe/London',
			triggerIds: [],
			finishLater: false
		});
		expect(entry.activation).toBeUndefined();
		expect(entry.note).toBeUndefined();
	});

	it('keeps the note exactly as typed, spaces and all', () => {
		const note = '  <b>not bold</b>\n  ';
		const input = entryFromForm({ ...emptyForm(), state: 'regulated', note }, context);
		expect(input.note).toBe(note);
	});

	it('carries every field', () => {
		const input = entryFromForm(
			{
				state: 'hypervigilant',
				triggerIds: ['criticism'],
				partIds: ['p1'],
				selfPresent: true,
				activation: 0,
				body: 'tight chest',
				coping: [{ id: 'breathing', helped: 'some' }],
				glimmers: 'sun',
				note: 'n',
				bringToTherapy: true,
				when: '2026-11-20T08:30'
			},
			{ ...context, finishLater: true }
		);
		expect(entrySchema.parse(input)).toMatchObject({
			triggerIds: ['criticism'],
			partIds: ['p1'],
			selfPresent: true,
			activation: 0,
			body: 'tight chest',
			coping: [{ id: 'breathing', helped: 'some' }],
			glimmers: 'sun',
			bringToTherapy: true,
			finishLater: true,
			occurredAt: '2026-11-20T08:30:00.000Z'
		});
	});

	it('editing keeps the id, the first recording and, if untouched, the moment and zone', () => {
		const original = buildEntry({
			occurredAt: '2026-11-18T23:30:00.000Z',
			timeZone: 'America/New_York',
			recordedAt: '2026-11-18T23:31:00.000Z',
			finishLater: true,
			noteFolded: true
		});
		const form = { ...formFromEntry(original), note: 'added later' };
		const edited = entrySchema.parse(entryFromForm(form, { ...context, editing: original }));
		expect(edited).toMatchObject({
			id: original.id,
			occurredAt: original.occurredAt,
			timeZone: 'America/New_York',
			recordedAt: original.recordedAt,
			updatedAt: now.toISOString(),
			note: 'added later',
			finishLater: false,
			noteFolded: true
		});
	});

	it('editing the time records the new moment in the device zone', () => {
		const original = buildEntry({ occurredAt: '2026-11-18T10:00:00.000Z' });
		const form = { ...formFromEntry(original), when: '2026-11-18T09:00' };
		expect(entryFromForm(form, { ...context, editing: original }).occurredAt).toBe(
			'2026-11-18T09:00:00.000Z'
		);
	});
});

describe('the form', () => {
	it('knows when nothing beyond the state was filled in', () => {
		expect(isBlank(emptyForm())).toBe(true);
		expect(hasDetails({ ...emptyForm(), state: 'shutdown' })).toBe(false);
		expect(hasDetails({ ...emptyForm(), state: 'shutdown', note: 'x' })).toBe(true);
	});

	it('refuses a time still to come, and accepts one just past', () => {
		expect(whenProblem('', now)).toBeNull();
		expect(whenProblem('2026-11-20T21:00', now)).toBeNull();
		expect(whenProblem('2026-11-21T09:00', now)).toMatch(/still to come/);
		expect(whenProblem('yesterday', now)).toMatch(/Choose a date/);
	});

	it('adds a tapped sensation once', () => {
		expect(addSensation('', 'Tight chest')).toBe('tight chest');
		expect(addSensation('tight chest', 'Racing heart')).toBe('tight chest, racing heart');
		expect(addSensation('tight chest', 'Tight chest')).toBe('tight chest');
	});

	it('records whether each thing tried helped', () => {
		let coping = toggleCoping([], 'breathing');
		coping = setHelped(coping, 'breathing', 'yes');
		expect(coping).toEqual([{ id: 'breathing', helped: 'yes' }]);
		expect(setHelped(coping, 'breathing', null)).toEqual([{ id: 'breathing' }]);
		expect(toggleCoping(coping, 'breathing')).toEqual([]);
	});
});
