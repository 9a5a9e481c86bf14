import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { buildEntry, buildJournal } from '$lib/test-data/builders';
import { createRepositories, DB_NAME, DB_VERSION, StorageError } from './index';
import type { ConnectionEvent } from './connection';

describe('a new device', () => {
	it('gets an empty journal at the current schema version with every store', async () => {
		const repos = createRepositories();
		expect(await repos.entries.list()).toEqual({ entries: [], unreadable: [] });
		const db = await openDB(DB_NAME);
		expect(db.version).toBe(DB_VERSION);
		expect([...db.objectStoreNames].sort()).toEqual(
			['coping', 'drafts', 'entries', 'meta', 'parts', 'triggers'].sort()
		);
		db.close();
		repos.connection.close();
	});
});

describe('saving entries', () => {
	it('gives back exactly what was saved, newest first', async () => {
		const repos = createRepositories();
		const journal = buildJournal({ seed: 7, count: 50, days: 30 });
		for (const entry of journal) await repos.entries.put(entry);
		const { entries } = await repos.entries.list();
		const expected = [...journal].sort(
			(a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt)
		);
		expect(entries.map((e) => e.id)).toEqual(expected.map((e) => e.id));
		expect(await repos.entries.get(journal[0]!.id)).toEqual(journal[0]);
	});

	it('sorts by the real moment even when offsets differ', async () => {
		const repos = createRepositories();
		const utc = buildEntry({ occurredAt: '2026-11-20T10:00:00.000Z' });
		const earlierWithOffset = buildEntry({ occurredAt: '2026-11-20T10:30:00+01:00' });
		await repos.entries.put(earlierWithOffset);
		await repos.entries.put(utc);
		const { entries } = await repos.entries.list();
		expect(entries.map((e) => e.id)).toEqual([utc.id, earlierWithOffset.id]);
	});

	it('keeps notes of any length and script exactly as typed', async () => {
		const repos = createRepositories();
		const note = `<script>alert("x")</script>\n🌊🫶 שלום ${'long '.repeat(20_000)}`;
		const entry = buildEntry({ note });
		await repos.entries.put(entry);
		expect((await repos.entries.get(entry.id))?.note).toBe(note);
	});

	it('refuses an entry that does not match the schema and writes nothing', async () => {
		const repos = createRepositories();
		await expect(repos.entries.put({ ...buildEntry(), activation: 11 })).rejects.toThrow(
			'activation: expected a number no more than 10'
		);
		expect(await repos.entries.count()).toBe(0);
	});

	it('deletes one entry and leaves the others', async () => {
		const repos = createRepositories();
		const keep = buildEntry();
		const drop = buildEntry();
		await repos.entries.put(keep);
		await repos.entries.put(drop);
		await repos.entries.delete(drop.id);
		expect((await repos.entries.list()).entries).toEqual([keep]);
	});

	it('reports a stored row that no longer matches the schema instead of hiding the journal', async () => {
		const repos = createRepositories();
		const good = buildEntry();
		await repos.entries.put(good);
		const db = await openDB(DB_NAME);
		await db.put('entries', { id: 'broken', at: 0, payload: { state: 'nope' } });
		db.close();
		const list = await repos.entries.list();
		expect(list.entries).toEqual([good]);
		expect(list.unreadable).toEqual(['broken']);
	});
});

describe('storage faults', () => {
	it('a full disk fails the save with a clear error and writes nothing', async () => {
		const repos = createRepositories({
			faults: {
				beforeTransaction: (_stores, mode) => {
					if (mode === 'readwrite') throw new DOMException('full', 'QuotaExceededError');
				}
			}
		});
		const error = await repos.entries.put(buildEntry()).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(StorageError);
		expect((error as StorageError).problem).toBe('quota');
		expect(await repos.entries.count()).toBe(0);
	});

	it('a connection the browser closed is reopened and the write tried once more', async () => {
		let failures = 1;
		const repos = createRepositories({
			faults: {
				beforeTransaction: () => {
					if (failures-- > 0) throw new DOMException('closing', 'InvalidStateError');
				}
			}
		});
		const entry = buildEntry();
		await repos.entries.put(entry);
		expect(await repos.entries.get(entry.id)).toEqual(entry);
	});

	it('a connection that keeps failing is reported, not retried forever', async () => {
		const repos = createRepositories({
			faults: {
				beforeTransaction: () => {
					throw new DOMException('closing', 'InvalidStateError');
				}
			}
		});
		await expect(repos.entries.put(buildEntry())).rejects.toMatchObject({ problem: 'closed' });
	});
});

describe('other tabs and versions', () => {
	it('lets go when another tab upgrades, and says this page must reload', async () => {
		const events: ConnectionEvent[] = [];
		const repos = createRepositories({ onEvent: (e) => events.push(e) });
		await repos.entries.put(buildEntry());
		const newer = await openDB(DB_NAME, DB_VERSION + 1);
		newer.close();
		expect(events).toContain('upgraded-elsewhere');
		await expect(repos.entries.list()).rejects.toMatchObject({ problem: 'upgraded-elsewhere' });
	});

	it('refuses to open a journal written by a newer Haven', async () => {
		const newer = await openDB(DB_NAME, DB_VERSION + 1);
		newer.close();
		const events: ConnectionEvent[] = [];
		const repos = createRepositories({ onEvent: (e) => events.push(e) });
		await expect(repos.entries.list()).rejects.toMatchObject({ problem: 'too-new' });
		expect(events).toEqual(['too-new']);
	});
});

describe('many entries at once', () => {
	it('writes them all in one go and reads them back in pages, newest first', async () => {
		const repos = createRepositories();
		const journal = buildJournal({ seed: 11, count: 250, days: 90 });
		await repos.entries.putMany(journal);
		const newestFirst = [...journal]
			.sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt))
			.map((e) => e.id);
		const pages = [];
		for (let offset = 0; ; offset += 100) {
			const page = await repos.entries.page(offset, 100);
			pages.push(page);
			if (page.done) break;
		}
		expect(pages.map((p) => p.entries.length)).toEqual([100, 100, 50]);
		expect(pages.flatMap((p) => p.entries.map((e) => e.id))).toEqual(newestFirst);
	});

	it('writes nothing when one of them is invalid, and says which', async () => {
		const repos = createRepositories();
		const journal = buildJournal({ seed: 12, count: 20 });
		const bad = [...journal.slice(0, 12), { ...journal[12], state: 'fine' }, ...journal.slice(13)];
		await expect(repos.entries.putMany(bad)).rejects.toThrow(
			'entries[12].state: expected one of hypervigilant, shutdown, regulated'
		);
		expect(await repos.entries.count()).toBe(0);
	});

	it('writes nothing when the disk fills part way', async () => {
		const repos = createRepositories();
		await repos.entries.put(buildEntry());
		let puts = 0;
		const original = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (...args: Parameters<typeof original>) {
			if (++puts === 10) throw new DOMException('full', 'QuotaExceededError');
			return original.apply(this, args);
		};
		try {
			await expect(
				repos.entries.putMany(buildJournal({ seed: 13, count: 30 }))
			).rejects.toMatchObject({ problem: 'quota' });
		} finally {
			IDBObjectStore.prototype.put = original;
		}
		expect(await repos.entries.count()).toBe(1);
	});
});

describe('the oldest entry', () => {
	it('is the one that happened first, and there is none in an empty journal', async () => {
		const repos = createRepositories();
		expect(await repos.entries.oldest()).toBeUndefined();
		const journal = buildJournal({ seed: 31, count: 40 });
		await repos.entries.putMany(journal);
		const first = [...journal].sort(
			(a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt)
		)[0];
		expect(await repos.entries.oldest()).toEqual(first);
	});
});

describe('entries between two moments', () => {
	it('are the ones that happened in it, ends included, oldest first', async () => {
		const repos = createRepositories();
		const journal = buildJournal({ seed: 32, count: 120, days: 60 });
		await repos.entries.putMany(journal);
		const from = Date.parse('2026-10-20T00:00:00.000Z');
		const to = Date.parse(journal[5]!.occurredAt);
		const expected = journal
			.filter((e) => Date.parse(e.occurredAt) >= from && Date.parse(e.occurredAt) <= to)
			.sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt));
		const { entries } = await repos.entries.between(from, to);
		expect(expected.length).toBeGreaterThan(0);
		expect(entries.map((e) => e.occurredAt)).toEqual(expected.map((e) => e.occurredAt));
		expect(entries).toContainEqual(journal[5]);
	});
});
