import { describe, expect, it } from 'vitest';
import example from '$lib/test-data/fixtures/design-example.json';
import { backupSchema, entrySchema, safeParse } from '$lib/schemas';

function problemsOf(input: unknown) {
	const result = safeParse(entrySchema, input, 'entries[12]');
	if (result.ok) throw new Error('expected the entry to be refused');
	return result.problems;
}

const minimal = { id: 'a1', occurredAt: '2026-11-20T21:15:00.000Z', state: 'shutdown' };

describe('the backup format 1 example in DESIGN.md', () => {
	it('is accepted as it stands', () => {
		const result = safeParse(backupSchema, example);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.entries[0]?.coping).toEqual([
			{ id: 'breathing', helped: 'some' },
			{ id: 'safe-person' }
		]);
		expect(result.value.parts[0]?.name).toBe('The Watcher');
	});
});

describe('an entry', () => {
	it('needs only an id, a moment and a state; the rest means what DESIGN.md says', () => {
		expect(entrySchema.parse(minimal)).toEqual({
			...minimal,
			updatedAt: minimal.occurredAt,
			triggerIds: [],
			partIds: [],
			coping: [],
			selfPresent: false,
			bringToTherapy: false,
			finishLater: false,
			noteFolded: false
		});
	});

	it('takes updatedAt from recordedAt when it is absent', () => {
		const recordedAt = '2026-11-20T21:20:03.120Z';
		expect(entrySchema.parse({ ...minimal, recordedAt }).updatedAt).toBe(recordedAt);
	});

	it('refuses a state that is not one of the three, naming the field', () => {
		expect(problemsOf({ ...minimal, state: 'anxious' })).toEqual([
			{
				path: 'entries[12].state',
				message: 'expected one of hypervigilant, shutdown, regulated'
			}
		]);
	});

	it.each([
		[42, 'expected a number no more than 10'],
		[-1, 'expected a number no less than 0'],
		[3.5, 'expected a whole number'],
		['7', 'expected a number']
	])('refuses an activation of %j', (activation, message) => {
		expect(problemsOf({ ...minimal, activation })).toEqual([
			{ path: 'entries[12].activation', message }
		]);
	});

	it.each(['last tuesday', '2026-11-31T10:00:00Z', '2026-11-20', ''])(
		'refuses a date of %j',
		(occurredAt) => {
			expect(problemsOf({ ...minimal, occurredAt })).toEqual([
				{
					path: 'entries[12].occurredAt',
					message: 'expected a date and time like 2026-11-20T21:15:00.000Z'
				}
			]);
		}
	);

	it('says which field is missing', () => {
		expect(problemsOf({ occurredAt: minimal.occurredAt, state: 'regulated' })).toEqual([
			{ path: 'entries[12].id', message: 'is missing' }
		]);
	});

	it('refuses a time zone that does not exist', () => {
		expect(problemsOf({ ...minimal, timeZone: 'Mars/Olympus' })[0]?.path).toBe(
			'entries[12].timeZone'
		);
	});

	it('counts a trigger, part or coping strategy once per entry', () => {
		const entry = entrySchema.parse({
			...minimal,
			triggerIds: ['criticism', 'conflict', 'criticism'],
			partIds: ['p1', 'p1'],
			coping: [{ id: 'breathing', helped: 'yes' }, { id: 'breathing' }]
		});
		expect(entry.triggerIds).toEqual(['criticism', 'conflict']);
		expect(entry.partIds).toEqual(['p1']);
		expect(entry.coping).toEqual([{ id: 'breathing', helped: 'yes' }]);
	});

	it('keeps any text exactly as typed', () => {
		const note = `<script>alert(1)</script> 🌊 שלום עולם ${'x'.repeat(100_000)}`;
		expect(entrySchema.parse({ ...minimal, note }).note).toBe(note);
	});
});
