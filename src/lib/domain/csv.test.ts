import { describe, expect, it } from 'vitest';
import { BUILT_IN_COPING, BUILT_IN_TRIGGERS } from '$lib/domain/builtins';
import { buildEntry } from '$lib/test-data/builders';
import { csvCell, entriesToCsv } from './csv';

const labels = {
	triggers: [
		...BUILT_IN_TRIGGERS,
		{
			id: 'x',
			label: 'Loud; crowded rooms',
			group: 'body' as const,
			builtIn: false,
			archived: false
		}
	],
	parts: [{ id: 'w', name: 'The Watcher', role: 'manager' as const, archived: false }],
	coping: BUILT_IN_COPING
};

/** A small RFC 4180 reader, to check the writer against. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(cell);
			cell = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i++;
		} else cell += c;
	}
	return rows;
}

describe('CSV for spreadsheets', () => {
	const entry = buildEntry({
		occurredAt: '2026-11-20T21:15:00.000Z',
		timeZone: 'America/New_York',
		state: 'hypervigilant',
		activation: 7,
		triggerIds: ['criticism', 'x'],
		partIds: ['w'],
		coping: [{ id: 'breathing', helped: 'some' }, { id: 'safe-person' }],
		note: 'She said "fine",\nthen left.',
		body: '=SUM(A1:A9)',
		bringToTherapy: true
	});
	const csv = entriesToCsv([entry], labels, { deviceZone: 'Europe/London' });
	const rows = parseCsv(csv.slice(1));

	it('starts with a byte-order mark and the columns of DESIGN.md', () => {
		expect(csv.startsWith('\uFEFFid,date,time,occurredAt,state,activation,triggers,parts,')).toBe(
			true
		);
		expect(rows[0]).toHaveLength(14);
	});

	it('writes days and times in the entry’s own zone, and labels instead of ids', () => {
		expect(rows[1]).toEqual([
			entry.id,
			'2026-11-20',
			'16:15',
			'2026-11-20T21:15:00.000Z',
			'hypervigilant',
			'7',
			'Criticism; Loud, crowded rooms',
			'The Watcher',
			'false',
			"'=SUM(A1:A9)",
			'Slow breathing (some); Reaching a safe person',
			'true',
			'She said "fine",\nthen left.',
			''
		]);
	});

	it('neutralises every cell that a spreadsheet would run as a formula', () => {
		for (const start of ['=', '+', '-', '@', '\t', '\r']) {
			expect(csvCell(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/);
		}
		expect(csvCell('plain')).toBe('plain');
	});

	it('leaves out what a weekly summary keeps private', () => {
		const hidden = parseCsv(
			entriesToCsv([entry], labels, {
				deviceZone: 'Europe/London',
				omit: new Set(['note', 'body'])
			}).slice(1)
		);
		expect(hidden[1]?.[9]).toBe('');
		expect(hidden[1]?.[12]).toBe('');
	});
});
