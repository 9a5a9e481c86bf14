/** A shade from 0 (nothing) to 4 (the most in this grid); the count is always written too. */
export function heatLevel(count: number, max: number): number {
	if (count <= 0 || max <= 0) return 0;
	return Math.max(1, Math.ceil((count / max) * 4));
}
