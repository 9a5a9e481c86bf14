import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { createLock } from '$lib/crypto/lock-keys';
import { buildEntry } from '$lib/test-data/builders';
import {
	createRepositories,
	DB_NAME,
	isEncrypted,
	isSealed,
	LockCodec,
	LockReadError
} from './index';

const CANARY = 'CANARY-in-a-note';

async function rawRows(): Promise<{ id: string; payload: unknown }[]> {
	const db = await openDB(DB_NAME);
	const rows = [];
	for (const store of db.objectStoreNames) rows.push(...(await db.getAll(store)));
	db.close();
	return rows;
}

describe('the lock in storage', () => {
	it('encrypts every record in place, reads them back, and decrypts them when turned off', async () => {
		const codec = new LockCodec();
		const repos = createRepositories({}, codec);
		const entry = buildEntry({ note: CANARY });
		await repos.entries.put(entry);
		await repos.parts.put({ id: 'p1', name: `${CANARY} part`, role: 'manager' });
		await repos.meta.put('settings', { foldNotes: true });

		const { doc, keys } = await createLock('a long passphrase');
		const open = new LockCodec();
		open.open(keys);
		await repos.recode(codec, open, doc);
		codec.open(keys);

		const rows = await rawRows();
		expect(JSON.stringify(rows)).not.toContain(CANARY);
		const lockRow = rows.find((r) => r.id === 'lock')!;
		expect(lockRow.payload).toMatchObject({ version: 1, kdf: { iterations: 600_000 } });
		expect(rows.filter((r) => r.id !== 'lock').every((r) => isEncrypted(r.payload))).toBe(true);
		expect(await repos.entries.get(entry.id)).toEqual(entry);
		expect((await repos.parts.list())[0]!.name).toBe(`${CANARY} part`);
		expect(await repos.readLock()).toMatchObject({ version: 1 });

		await repos.recode(open, new LockCodec(), null);
		codec.off();
		expect(JSON.stringify(await rawRows())).toContain(CANARY);
		expect(await repos.readLock()).toBeUndefined();
		expect(await repos.entries.get(entry.id)).toEqual(entry);
		repos.connection.close();
	}, 20_000);

	it('seals what is written while locked: unreadable until the keys are back', async () => {
		const { doc, keys } = await createLock('a long passphrase');
		const codec = new LockCodec();
		const repos = createRepositories({}, codec);
		codec.open(keys);
		await repos.recode(new LockCodec(), codec, doc);
		const before = buildEntry({ note: 'before' });
		await repos.entries.put(before);

		codec.lock();
		const during = buildEntry({ note: `${CANARY} while locked` });
		await repos.entries.put(during);
		const row = (await rawRows()).find((r) => r.id === during.id)!;
		expect(isSealed(row.payload)).toBe(true);
		const whileLocked = await repos.entries.list();
		expect(whileLocked.entries).toEqual([]);
		expect(whileLocked.unreadable.sort()).toEqual([before.id, during.id].sort());

		codec.open(keys);
		const { entries } = await repos.entries.list();
		expect(entries.map((e) => e.note).sort()).toEqual([`${CANARY} while locked`, 'before']);
		repos.connection.close();
	}, 20_000);

	it('writes nothing when a record cannot be read on the way', async () => {
		const { doc, keys } = await createLock('a long passphrase');
		const codec = new LockCodec();
		codec.open(keys);
		const repos = createRepositories({}, codec);
		await repos.recode(new LockCodec(), codec, doc);
		await repos.entries.put(buildEntry({ note: 'kept encrypted' }));
		const before = await rawRows();

		const locked = new LockCodec();
		locked.lock(keys.publicKey);
		await expect(repos.recode(locked, new LockCodec(), null)).rejects.toBeInstanceOf(LockReadError);
		expect(await rawRows()).toEqual(before);
		repos.connection.close();
	}, 20_000);
});
