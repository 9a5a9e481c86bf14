/** Figures and their report: pure functions, unit-tested in stats.test.ts. */

export type Unit = 'ms' | 'bytes' | 'MB' | 'ratio';

export interface Figure {
	id: string;
	label: string;
	unit: Unit;
	samples: number[];
	/** The goal from the benchmark issue; a figure over it is marked, never fails the run. */
	budget?: number;
	/** Why a figure has no samples (a screen that does not exist yet). */
	missing?: string;
}

export interface Summary {
	id: string;
	label: string;
	unit: Unit;
	runs: number;
	median: number | null;
	min: number | null;
	max: number | null;
	budget: number | null;
	/** true within budget, false over it, null without a budget or a figure */
	withinBudget: boolean | null;
	missing?: string;
}

export function median(values: readonly number[]): number {
	if (values.length === 0) throw new Error('median of nothing');
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summarise(figure: Figure): Summary {
	const has = figure.samples.length > 0;
	const med = has ? median(figure.samples) : null;
	return {
		id: figure.id,
		label: figure.label,
		unit: figure.unit,
		runs: figure.samples.length,
		median: med,
		min: has ? Math.min(...figure.samples) : null,
		max: has ? Math.max(...figure.samples) : null,
		budget: figure.budget ?? null,
		withinBudget: med === null || figure.budget === undefined ? null : med <= figure.budget,
		...(figure.missing ? { missing: figure.missing } : {})
	};
}

export function formatValue(value: number | null, unit: Unit): string {
	if (value === null) return '—';
	if (unit === 'bytes') return `${(value / 1024).toFixed(1)} KB`;
	if (unit === 'MB') return `${value.toFixed(1)} MB`;
	if (unit === 'ratio') return `${value.toFixed(2)}×`;
	return `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
}

export function markdownTable(rows: readonly Summary[]): string {
	const lines = [
		'| figure | median | min | max | runs | budget | |',
		'|---|---:|---:|---:|---:|---:|---|'
	];
	for (const row of rows) {
		const mark =
			row.missing !== undefined
				? row.missing
				: row.withinBudget === null
					? ''
					: row.withinBudget
						? 'within'
						: 'OVER';
		lines.push(
			`| ${row.label} | ${formatValue(row.median, row.unit)} | ${formatValue(row.min, row.unit)} | ${formatValue(row.max, row.unit)} | ${row.runs} | ${row.budget === null ? '' : formatValue(row.budget, row.unit)} | ${mark} |`
		);
	}
	return lines.join('\n');
}
