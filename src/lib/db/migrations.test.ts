import { existsSync, readFileSync } from 'node:fs';
import { openDB, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { createRepositories, DB_NAME, DB_VERSION } from './index';
import { upgrade } from './migrations';
import type { HavenDB, StoreName } from './schema';

interface Fixture {
	version: number;
	stores: Record<StoreName, { id: string }[]>;
}

const fixturePath = (version: number) => new URL(`./fixtures/v${version}.json`, import.meta.url);
const loadFixture = (version: number) =>
	JSON.parse(readFileSync(fixturePath(version), 'utf8')) as Fixture;

/** Writes a fixture's raw rows into a database built by the upgrade chain up to its version. */
async function databaseFrom(fixture: Fixture): Promise<void> {
	const db = await openDB<HavenDB>(DB_NAME, fixture.version, {
		upgrade: (database, oldVersion) => upgrade(database, oldVersion)
	});
	for (const [store, rows] of Object.entries(fixture.stores)) {
		const tx = db.transaction(store as StoreName, 'readwrite');
		for (const row of rows) await tx.store.put(row as never);
		await tx.done;
	}
	db.close();
}

function structure(db: IDBPDatabase<HavenDB>) {
	return [...db.objectStoreNames].sort().map((name) => {
		const store = db.transaction(name).objectStore(name);
		return { name, keyPath: store.keyPath, indexes: [...store.indexNames].sort() };
	});
}

describe('schema migrations', () => {
	it('has a fixture for every released schema version (add one when raising DB_VERSION)', () => {
		for (let version = 1; version <= DB_VERSION; version++) {
			expect(existsSync(fixturePath(version)), `fixtures/v${version}.json`).toBe(true);
			expect(loadFixture(version).version).toBe(version);
		}
	});

	for (let version = 1; version <= DB_VERSION; version++) {
		it(`opens a version ${version} database with today's code and loses nothing`, async () => {
			const fixture = loadFixture(version);
			await databaseFrom(fixture);
			const repos = createRepositories();
			const { entries, unreadable } = await repos.entries.list();
			expect(unreadable).toEqual([]);
			expect(entries.map((e) => e.id).sort()).toEqual(
				fixture.stores.entries.map((r) => r.id).sort()
			);
			for (const row of fixture.stores.entries as { id: string; payload: object }[]) {
				expect(await repos.entries.get(row.id)).toMatchObject(row.payload);
			}
			expect(await repos.parts.list()).toHaveLength(fixture.stores.parts.length);
			expect(await repos.triggers.list()).toHaveLength(fixture.stores.triggers.length);
			expect(await repos.coping.list()).toHaveLength(fixture.stores.coping.length);
			expect(await repos.drafts.get('checkin')).toBeDefined();
			expect(await repos.meta.get('settings')).toEqual({ foldNotes: true });
			repos.connection.close();
		});
	}

	it('a fresh install has the same stores and indexes as the full upgrade chain', async () => {
		const repos = createRepositories();
		await repos.connection.open();
		repos.connection.close();
		const fresh = await openDB<HavenDB>(DB_NAME);
		const freshShape = structure(fresh);
		fresh.close();

		globalThis.indexedDB = new (await import('fake-indexeddb')).IDBFactory();
		for (let version = 1; version <= DB_VERSION; version++) {
			const step = await openDB<HavenDB>(DB_NAME, version, {
				upgrade: (database, oldVersion) => upgrade(database, oldVersion)
			});
			step.close();
		}
		const chained = await openDB<HavenDB>(DB_NAME);
		expect(structure(chained)).toEqual(freshShape);
		expect(freshShape.map((s) => s.name)).toEqual([
			'coping',
			'drafts',
			'entries',
			'meta',
			'parts',
			'triggers'
		]);
		chained.close();
	});
});
