import type { CopingStrategy, Entry, Part, TriggerType } from '$lib/schemas';
import { localDay, localTime } from './dates';
import { entryZone } from './journal';

/** DESIGN.md "CSV export": for spreadsheets, not a backup. */
export const CSV_COLUMNS = [
	'id',
	'date',
	'time',
	'occurredAt',
	'state',
	'activation',
	'triggers',
	'parts',
	'selfPresent',
	'body',
	'coping',
	'bringToTherapy',
	'note',
	'glimmers'
] as const;

export interface CsvLabels {
	triggers: readonly TriggerType[];
	parts: readonly Part[];
	coping: readonly CopingStrategy[];
}

/** Text fields a weekly summary can leave out; their cells are then empty. */
export type PrivateField = 'note' | 'body' | 'glimmers';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: neutralised against spreadsheet formulas, quoted as RFC 4180 asks. */
export function csvCell(value: string): string {
	const safe = FORMULA_START.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function joinLabels(labels: readonly string[]): string {
	return labels.map((label) => label.replaceAll(';', ',')).join('; ');
}

export function entriesToCsv(
	entries: readonly Entry[],
	labels: CsvLabels,
	options: {
		deviceZone: string;
		/** Text to leave out, for every entry or decided per entry. */
		omit?: ReadonlySet<PrivateField> | ((entry: Entry) => ReadonlySet<PrivateField>);
	}
): string {
	const trigger = new Map(labels.triggers.map((t) => [t.id, t.label]));
	const part = new Map(labels.parts.map((p) => [p.id, p.name]));
	const coping = new Map(labels.coping.map((c) => [c.id, c.label]));
	const none = new Set<PrivateField>();
	const rows = entries.map((entry) => {
		const omit = typeof options.omit === 'function' ? options.omit(entry) : (options.omit ?? none);
		const zone = entryZone(entry, options.deviceZone);
		const cells = [
			entry.id,
			localDay(entry.occurredAt, zone),
			localTime(entry.occurredAt, zone),
			entry.occurredAt,
			entry.state,
			entry.activation === undefined ? '' : String(entry.activation),
			joinLabels(entry.triggerIds.map((id) => trigger.get(id) ?? id)),
			joinLabels(entry.partIds.map((id) => part.get(id) ?? id)),
			String(entry.selfPresent),
			omit.has('body') ? '' : (entry.body ?? ''),
			joinLabels(
				entry.coping.map((use) => {
					const name = coping.get(use.id) ?? use.id;
					return use.helped ? `${name} (${use.helped})` : name;
				})
			),
			String(entry.bringToTherapy),
			omit.has('note') ? '' : (entry.note ?? ''),
			omit.has('glimmers') ? '' : (entry.glimmers ?? '')
		];
		return cells.map(csvCell).join(',');
	});
	return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
