import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_COPING, BUILT_IN_TRIGGERS } from '$lib/domain/builtins';
import example from '$lib/test-data/fixtures/design-example.json';
import { buildEntry, buildJournal } from '$lib/test-data/builders';
import { backupDue, checkBackup, createBackup, planImport, type KnownIds } from './backup';

const known: KnownIds = {
	triggers: new Set(BUILT_IN_TRIGGERS.map((t) => t.id)),
	parts: new Set(),
	coping: new Set(BUILT_IN_COPING.map((c) => c.id))
};
const empty = {
	entries: new Map(),
	triggerIds: new Set<string>(),
	partIds: new Set<string>(),
	copingIds: new Set<string>()
};
const contents = (entries = buildJournal({ seed: 4, count: 30 })) => ({
	entries,
	triggers: BUILT_IN_TRIGGERS,
	parts: [],
	coping: BUILT_IN_COPING,
	settings: { foldNotes: true },
	weeks: {}
});

function refusal(text: string) {
	const result = checkBackup(text, known);
	if (result.ok) throw new Error('expected the file to be refused');
	return result;
}

describe('checking a backup before anything is written', () => {
	it('accepts the example in DESIGN.md', () => {
		expect(checkBackup(JSON.stringify(example), known).ok).toBe(true);
	});

	it('gives back exactly what was exported', () => {
		const backup = createBackup(contents(), new Date('2026-11-22T10:00:00.000Z'));
		const result = checkBackup(JSON.stringify(backup), known);
		expect(result).toEqual({ ok: true, backup });
	});

	it.each([
		['not JSON', 'hello there', 'not complete JSON'],
		[
			'truncated JSON',
			'{"format":"haven-backup","version":1,"entries":[{"id":',
			'not complete JSON'
		],
		['another app’s JSON', '{"notes":[]}', 'not a Haven backup'],
		[
			'a newer format',
			'{"format":"haven-backup","version":99}',
			'newer version of Haven (format version 99)'
		],
		['a CSV export', '\uFEFFid,date,time,occurredAt\r\n', 'CSV is for spreadsheets']
	])('refuses %s with its own message', (_name, text, message) => {
		const result = refusal(text);
		expect(result.message).toContain(message);
		expect(result.message).toContain('Your journal is untouched.');
	});

	it.each([
		[{ state: 'furious' }, 'entries[0].state: expected one of hypervigilant, shutdown, regulated'],
		[{ activation: 42 }, 'entries[0].activation: expected a number no more than 10'],
		[{ occurredAt: 'last tuesday' }, 'entries[0].occurredAt: expected a date and time'],
		[{ id: undefined }, 'entries[0].id: is missing'],
		[{ partIds: ['nobody'] }, 'entries[0].partIds[0]: names a part “nobody”']
	])('names the record and field that failed: %j', (change, message) => {
		const entry = { ...buildEntry(), ...change };
		const backup = { ...createBackup(contents([]), new Date()), entries: [entry] };
		expect(refusal(JSON.stringify(backup)).message).toContain(message);
	});

	it('refuses or accepts every mutation of a valid backup, never anything between', () => {
		const valid = createBackup(contents(buildJournal({ seed: 9, count: 5 })), new Date());
		const keys = ['state', 'activation', 'occurredAt', 'id', 'triggerIds', 'coping', 'note'];
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 4 }),
				fc.constantFrom(...keys),
				fc.anything(),
				(index, key, value) => {
					const copy = structuredClone(valid) as { entries: Record<string, unknown>[] };
					copy.entries[index]![key] = value;
					const result = checkBackup(JSON.stringify(copy), known);
					if (!result.ok) expect(result.message).toContain('Your journal is untouched.');
					else expect(result.backup.entries).toHaveLength(5);
				}
			),
			{ numRuns: 1000 }
		);
	});
});

describe('planning a restore', () => {
	it('adds what is new, takes the later edit, and leaves the rest', () => {
		const kept = buildEntry({ updatedAt: '2026-11-20T10:00:00.000Z' });
		const older = { ...kept, note: 'older', updatedAt: '2026-11-19T10:00:00.000Z' };
		const edited = buildEntry({ updatedAt: '2026-11-19T10:00:00.000Z' });
		const newer = { ...edited, note: 'newer', updatedAt: '2026-11-21T10:00:00.000Z' };
		const fresh = buildEntry();
		const backup = createBackup(contents([older, newer, fresh]), new Date());
		const plan = planImport(
			backup,
			{ ...empty, entries: new Map([kept, edited].map((e) => [e.id, e])) },
			'merge'
		);
		expect(plan.counts).toEqual({ added: 1, updated: 1, unchanged: 1 });
		expect(plan.entries.map((e) => e.note)).toEqual(['newer', fresh.note]);
		expect(plan.settings).toBeNull();
	});

	it('changes nothing the second time', () => {
		const backup = createBackup(contents(), new Date());
		const after = new Map(backup.entries.map((e) => [e.id, e]));
		const plan = planImport(backup, { ...empty, entries: after }, 'merge');
		expect(plan.counts).toEqual({ added: 0, updated: 0, unchanged: 30 });
		expect(plan.entries).toEqual([]);
	});

	it('keeps the app’s own triggers and adds only new ids', () => {
		const backup = createBackup(
			{
				...contents([]),
				triggers: [
					...BUILT_IN_TRIGGERS,
					{ id: 'custom-x', label: 'X', group: 'other', builtIn: false, archived: false }
				]
			},
			new Date()
		);
		const plan = planImport(backup, { ...empty, triggerIds: known.triggers }, 'merge');
		expect(plan.triggers.map((t) => t.id)).toEqual(['custom-x']);
	});
});

describe('the backup reminder', () => {
	const now = new Date('2026-11-22T12:00:00.000Z');
	const journal = (oldest: string, newest: string) => ({
		oldestRecordedAt: oldest,
		newestChangeAt: newest
	});

	it('waits a week after the first entry when there has never been a backup', () => {
		expect(
			backupDue(null, journal('2026-11-20T10:00:00.000Z', '2026-11-21T10:00:00.000Z'), now)
		).toBe(false);
		expect(
			backupDue(null, journal('2026-11-10T10:00:00.000Z', '2026-11-21T10:00:00.000Z'), now)
		).toBe(true);
	});

	it('comes a week after the last backup, only if something changed since', () => {
		const old = '2026-11-10T10:00:00.000Z';
		expect(
			backupDue(old, journal('2026-01-01T10:00:00.000Z', '2026-11-21T10:00:00.000Z'), now)
		).toBe(true);
		expect(
			backupDue(old, journal('2026-01-01T10:00:00.000Z', '2026-11-09T10:00:00.000Z'), now)
		).toBe(false);
		expect(
			backupDue(
				'2026-11-20T10:00:00.000Z',
				journal('2026-01-01T10:00:00.000Z', '2026-11-21T10:00:00.000Z'),
				now
			)
		).toBe(false);
	});

	it('says nothing for an empty journal', () => {
		expect(backupDue(null, { oldestRecordedAt: null, newestChangeAt: null }, now)).toBe(false);
	});
});
