import { describe, expect, it } from 'vitest';
import { markdownTable, median, summarise } from './stats';

describe('benchmark figures', () => {
	it('take the median, min and max of their runs', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(summarise({ id: 'x', label: 'x', unit: 'ms', samples: [30, 10, 20] })).toMatchObject({
			median: 20,
			min: 10,
			max: 30,
			runs: 3
		});
	});

	it('are marked against their budget by the median', () => {
		const over = summarise({ id: 'a', label: 'a', unit: 'ms', samples: [40, 60, 70], budget: 50 });
		const within = summarise({
			id: 'b',
			label: 'b',
			unit: 'ms',
			samples: [40, 45, 90],
			budget: 50
		});
		expect(over.withinBudget).toBe(false);
		expect(within.withinBudget).toBe(true);
		const table = markdownTable([over, within]);
		expect(table).toContain('| a | 60 ms | 40 ms | 70 ms | 3 | 50 ms | OVER |');
		expect(table).toContain('| b | 45 ms | 40 ms | 90 ms | 3 | 50 ms | within |');
	});

	it('say why a figure is missing instead of inventing one', () => {
		const row = summarise({
			id: 'p',
			label: 'patterns',
			unit: 'ms',
			samples: [],
			budget: 300,
			missing: 'not built yet'
		});
		expect(row).toMatchObject({ median: null, withinBudget: null });
		expect(markdownTable([row])).toContain('| patterns | — | — | — | 0 | 300 ms | not built yet |');
	});

	it('show sizes in kilobytes', () => {
		const row = summarise({ id: 's', label: 's', unit: 'bytes', samples: [30_720] });
		expect(markdownTable([row])).toContain('| s | 30.0 KB |');
	});
});
