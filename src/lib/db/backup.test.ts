import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createBackup, planImport } from '$lib/domain/backup';
import { BUILT_IN_COPING, BUILT_IN_TRIGGERS } from '$lib/domain/builtins';
import { buildJournal } from '$lib/test-data/builders';
import { createRepositories, type Repositories } from './index';

async function contentsOf(r: Repositories) {
	const [{ entries }, triggers, parts, coping] = await Promise.all([
		r.entries.list(),
		r.triggerCatalogue(),
		r.parts.list(),
		r.copingCatalogue()
	]);
	return {
		entries,
		triggers,
		parts,
		coping,
		settings: (await r.meta.get('settings')) ?? {},
		weeks: {}
	};
}

async function plan(
	r: Repositories,
	backup: ReturnType<typeof createBackup>,
	mode: 'merge' | 'replace'
) {
	const current = await contentsOf(r);
	return planImport(
		backup,
		{
			entries: new Map(current.entries.map((e) => [e.id, e])),
			triggerIds: new Set(current.triggers.map((t) => t.id)),
			partIds: new Set(current.parts.map((p) => p.id)),
			copingIds: new Set(current.coping.map((c) => c.id))
		},
		mode
	);
}

describe('backup and restore through storage', () => {
	it('an export imported into an empty app gives back the same records, field for field', async () => {
		const source = createRepositories();
		const part = {
			id: 'p1',
			name: 'The Watcher',
			role: 'manager' as const,
			archived: false,
			createdAt: '2026-11-01T09:00:00.000Z'
		};
		await source.parts.put(part);
		const journal = buildJournal({ seed: 21, count: 120 }).map((e, i) =>
			i % 3 === 0 ? { ...e, partIds: ['p1'] } : e
		);
		await source.entries.putMany(journal);
		await source.meta.put('settings', { foldNotes: true });
		const backup = createBackup(await contentsOf(source), new Date());
		const file = JSON.parse(JSON.stringify(backup)) as typeof backup;

		globalThis.indexedDB = new IDBFactory(); // another device
		const target = createRepositories();
		await target.applyImport(await plan(target, file, 'replace'));
		const restored = await contentsOf(target);
		expect(restored.entries).toEqual(backup.entries);
		expect(restored.parts).toEqual([part]);
		expect(restored.settings).toEqual({ foldNotes: true });

		// The same file again changes nothing.
		const again = await plan(target, file, 'merge');
		expect(again.counts).toEqual({ added: 0, updated: 0, unchanged: 120 });
		await target.applyImport(again);
		expect((await contentsOf(target)).entries).toEqual(backup.entries);
	});

	it.each([1, 9, 37, 50, 61])(
		'a restore that fails at write %i leaves the stores exactly as they were',
		async (failAt) => {
			const r = createRepositories();
			const before = buildJournal({ seed: 22, count: 10 });
			await r.entries.putMany(before);
			const backup = createBackup(
				{
					entries: buildJournal({ seed: 23, count: 50 }),
					triggers: BUILT_IN_TRIGGERS,
					parts: [],
					coping: BUILT_IN_COPING,
					settings: {},
					weeks: {}
				},
				new Date()
			);
			const merge = await plan(r, backup, 'replace');
			let puts = 0;
			const original = IDBObjectStore.prototype.put;
			IDBObjectStore.prototype.put = function (...args: Parameters<typeof original>) {
				if (++puts === failAt) throw new DOMException('full', 'QuotaExceededError');
				return original.apply(this, args);
			};
			try {
				await expect(r.applyImport(merge)).rejects.toMatchObject({ problem: 'quota' });
			} finally {
				IDBObjectStore.prototype.put = original;
			}
			const { entries } = await r.entries.list();
			expect(new Set(entries.map((e) => e.id))).toEqual(new Set(before.map((e) => e.id)));
		}
	);
});
