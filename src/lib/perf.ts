/**
 * User Timing marks at the moments a person feels: the check-in is usable, a save is on
 * disk, the journal is on screen. The benchmark (`npm run bench`) reads them; they cost
 * nothing when nobody looks and never leave the device.
 */
export type PerfMark =
	| 'haven:checkin-ready'
	| 'haven:save-start'
	| 'haven:save-committed'
	| 'haven:journal-ready'
	| 'haven:patterns-ready'
	| 'haven:week-ready';

export function mark(name: PerfMark): void {
	if (typeof performance !== 'undefined') performance.mark(name);
}
