/** A small seeded generator (mulberry32): the same seed gives the same data on every run. */
export interface Random {
	next(): number;
	int(min: number, max: number): number;
	pick<T>(items: readonly T[]): T;
	chance(probability: number): boolean;
	uuid(): string;
}

export function seeded(seed: number): Random {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	return {
		next,
		int,
		pick: <T>(items: readonly T[]): T => {
			if (items.length === 0) throw new Error('pick from an empty list');
			return items[int(0, items.length - 1)] as T;
		},
		chance: (probability) => next() < probability,
		uuid: () => {
			const hex = Array.from({ length: 32 }, () => int(0, 15).toString(16));
			hex[12] = '4';
			hex[16] = ((int(0, 15) & 0x3) | 0x8).toString(16);
			const s = hex.join('');
			return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
		}
	};
}
