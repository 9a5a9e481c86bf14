import { describe, expect, it } from 'vitest';
import { breathAt } from './grounding';

describe('paced breathing', () => {
	it('breathes in for four seconds and out for six', () => {
		expect(breathAt(0)).toEqual({ phase: 'in', second: 1, progress: 0, cycle: 0 });
		expect(breathAt(3_999)).toMatchObject({ phase: 'in', second: 4 });
		expect(breathAt(4_000)).toMatchObject({ phase: 'out', second: 1, progress: 0 });
		expect(breathAt(9_999)).toMatchObject({ phase: 'out', second: 6 });
		expect(breathAt(10_000)).toMatchObject({ phase: 'in', second: 1, cycle: 1 });
	});

	it('follows another pattern when asked', () => {
		expect(breathAt(5_500, { inSeconds: 5, outSeconds: 7 })).toMatchObject({
			phase: 'out',
			second: 1
		});
	});
});
