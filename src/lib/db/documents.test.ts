import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { emptyForm } from '$lib/domain/checkin';
import { createRepositories, DB_NAME } from './index';

describe('drafts', () => {
	it('keep an unsaved check-in until it is deleted', async () => {
		const repos = createRepositories();
		const draft = { ...emptyForm(), state: 'shutdown' as const, note: 'half a thought' };
		await repos.drafts.put('checkin', draft);
		expect(await repos.drafts.get('checkin')).toEqual(draft);
		await repos.drafts.delete('checkin');
		expect(await repos.drafts.get('checkin')).toBeUndefined();
	});

	it('treat a draft that no longer reads as absent, not as an error', async () => {
		const repos = createRepositories();
		await repos.drafts.get('checkin');
		const db = await openDB(DB_NAME);
		await db.put('drafts', { id: 'checkin', payload: { state: 'elated' } });
		db.close();
		expect(await repos.drafts.get('checkin')).toBeUndefined();
	});
});

describe('settings', () => {
	it('are kept as a document and validated', async () => {
		const repos = createRepositories();
		await repos.meta.put('settings', { foldNotes: true });
		expect(await repos.meta.get('settings')).toEqual({ foldNotes: true });
		await expect(repos.meta.put('settings', { theme: 'neon' })).rejects.toThrow('theme');
	});
});

describe('the trigger catalogue', () => {
	it('keeps built-ins in order with the person’s renames and archives, then their own', async () => {
		const repos = createRepositories();
		await repos.triggers.put({
			id: 'criticism',
			label: 'Being criticised',
			group: 'relational',
			builtIn: true,
			archived: false
		});
		await repos.triggers.put({
			id: 'custom-doors',
			label: 'Slammed doors',
			group: 'body',
			builtIn: false,
			archived: false
		});
		await repos.triggers.put({
			id: 'news-or-media',
			label: 'News or media',
			group: 'situation',
			builtIn: true,
			archived: true
		});
		const catalogue = await repos.triggerCatalogue();
		expect(catalogue[0]).toMatchObject({ id: 'criticism', label: 'Being criticised' });
		expect(catalogue.find((t) => t.id === 'news-or-media')?.archived).toBe(true);
		expect(catalogue.at(-1)).toMatchObject({ id: 'custom-doors', label: 'Slammed doors' });
		expect(catalogue.filter((t) => t.id === 'not-sure')).toHaveLength(1);
	});

	it('refuses an empty label', async () => {
		const repos = createRepositories();
		await expect(
			repos.triggers.put({ id: 'x', label: '   ', group: 'other', builtIn: false, archived: false })
		).rejects.toThrow('label: is empty');
		expect(await repos.triggers.list()).toEqual([]);
	});
});
