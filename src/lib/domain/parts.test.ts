import { describe, expect, it } from 'vitest';
import { buildEntry } from '$lib/test-data/builders';
import { checkName, summariseParts } from './parts';

describe('part summaries', () => {
	it('count appearances, states, Self and the most frequent triggers', () => {
		const summary = summariseParts([
			buildEntry({ partIds: ['w'], state: 'hypervigilant', triggerIds: ['criticism', 'conflict'] }),
			buildEntry({ partIds: ['w'], state: 'hypervigilant', triggerIds: ['criticism'] }),
			buildEntry({
				partIds: ['w', 'l'],
				state: 'shutdown',
				triggerIds: ['rejection'],
				selfPresent: true
			}),
			buildEntry({ partIds: [], state: 'regulated' })
		]);
		expect(summary.get('w')).toEqual({
			count: 3,
			states: { hypervigilant: 2, shutdown: 1, regulated: 0 },
			topTriggers: [
				{ id: 'criticism', count: 2 },
				{ id: 'conflict', count: 1 },
				{ id: 'rejection', count: 1 }
			],
			selfPresent: 1
		});
		expect(summary.get('l')?.count).toBe(1);
		expect(summary.has('nobody')).toBe(false);
	});
});

describe('names', () => {
	it('are never empty', () => {
		expect(checkName('   ', [])).toMatchObject({ ok: false, problem: 'empty' });
	});

	it('may repeat one already in the list only once the person confirms', () => {
		expect(checkName(' the  watcher ', ['The Watcher'])).toMatchObject({
			ok: false,
			problem: 'duplicate'
		});
		expect(checkName('The Watcher', ['The Watcher'], true)).toEqual({
			ok: true,
			name: 'The Watcher'
		});
	});

	it('are tidied of extra spaces', () => {
		expect(checkName('  Little   one ', [])).toEqual({ ok: true, name: 'Little one' });
	});
});
