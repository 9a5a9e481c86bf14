import { describe, expect, it } from 'vitest';
import { entrySchema } from '$lib/schemas';
import { emptyForm, entryFromForm } from './checkin';

const context = {
	id: '7d0c4b9e-6a51-4a63-9f3e-2f1d3b8e0a11',
	now: new Date('2026-11-20T21:15:00.000Z'),
	timeZone: 'Europe/London'
};

describe('turning the check-in form into an entry', () => {
	it('records only the state when that is all there is', () => {
		const entry = entrySchema.parse(entryFromForm({ ...emptyForm(), state: 'shutdown' }, context));
		expect(entry).toMatchObject({
			state: 'shutdown',
			occurredAt: '2026-11-20T21:15:00.000Z',
			timeZone: 'Europe/London',
			triggerIds: []
		});
		expect(entry.activation).toBeUndefined();
		expect(entry.note).toBeUndefined();
	});

	it('keeps the note exactly as typed, spaces and all', () => {
		const note = '  <b>not bold</b>\n  ';
		const input = entryFromForm({ ...emptyForm(), state: 'regulated', note }, context);
		expect(input.note).toBe(note);
	});

	it('carries triggers and activation', () => {
		const input = entryFromForm(
			{ state: 'hypervigilant', triggerIds: ['criticism'], activation: 0, note: '' },
			context
		);
		expect(input).toMatchObject({ triggerIds: ['criticism'], activation: 0 });
	});
});
