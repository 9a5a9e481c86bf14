import type { Chart as ChartType, ChartConfiguration } from 'chart.js';
import type { StateId } from '$lib/schemas/vocabulary';

/**
 * Chart.js, loaded only by the patterns page, with only what its charts use registered
 * (bars and lines on category and linear axes, and tooltips).
 */
export async function loadChart(): Promise<typeof ChartType> {
	const m = await import('chart.js');
	m.Chart.register(
		m.BarController,
		m.LineController,
		m.BarElement,
		m.LineElement,
		m.PointElement,
		m.CategoryScale,
		m.LinearScale,
		m.Tooltip
	);
	return m.Chart;
}

export type { ChartConfiguration };

/** The page's colours, read from its CSS so that dark mode and the tokens stay the one source. */
export interface Palette {
	text: string;
	muted: string;
	line: string;
	surface: string;
	accent: string;
	states: Record<StateId, string>;
}

export function readPalette(element: Element): Palette {
	const css = getComputedStyle(element);
	const token = (name: string) => css.getPropertyValue(`--${name}`).trim() || '#777777';
	return {
		text: token('text'),
		muted: token('muted'),
		line: token('line'),
		surface: token('surface'),
		accent: token('accent'),
		states: {
			hypervigilant: token('hypervigilant'),
			shutdown: token('shutdown'),
			regulated: token('regulated')
		}
	};
}

export type Fill = 'solid' | 'stripes' | 'dots' | 'cross';

/** Each state (and each answer to "did it help?") also has a pattern: colour is never alone. */
export const STATE_FILLS: Record<StateId, Fill> = {
	hypervigilant: 'stripes',
	shutdown: 'dots',
	regulated: 'solid'
};

/** A colour with its pattern drawn over it, for a bar's background. */
export function patterned(colour: string, fill: Fill, over: string): CanvasPattern | string {
	if (fill === 'solid' || typeof document === 'undefined') return colour;
	const size = 10;
	const tile = document.createElement('canvas');
	tile.width = size;
	tile.height = size;
	const ctx = tile.getContext('2d');
	if (!ctx) return colour;
	ctx.fillStyle = colour;
	ctx.fillRect(0, 0, size, size);
	ctx.strokeStyle = over;
	ctx.fillStyle = over;
	ctx.lineWidth = 2;
	if (fill === 'stripes' || fill === 'cross') {
		ctx.beginPath();
		ctx.moveTo(0, size);
		ctx.lineTo(size, 0);
		ctx.moveTo(-size / 2, size / 2);
		ctx.lineTo(size / 2, -size / 2);
		ctx.moveTo(size / 2, size * 1.5);
		ctx.lineTo(size * 1.5, size / 2);
		if (fill === 'cross') {
			ctx.moveTo(0, 0);
			ctx.lineTo(size, size);
		}
		ctx.stroke();
	} else {
		ctx.beginPath();
		ctx.arc(size / 2, size / 2, 2, 0, Math.PI * 2);
		ctx.fill();
	}
	return ctx.createPattern(tile, 'repeat') ?? colour;
}

/** What every chart here shares: calm, no animation, no legend drawn (the page writes one). */
export function baseOptions(palette: Palette) {
	return {
		animation: false as const,
		responsive: true,
		maintainAspectRatio: false,
		plugins: {
			legend: { display: false },
			tooltip: { enabled: true }
		},
		scales: {
			x: {
				ticks: { color: palette.muted, autoSkip: true, maxRotation: 0 },
				grid: { color: palette.line }
			},
			y: {
				ticks: { color: palette.muted, precision: 0 },
				grid: { color: palette.line },
				beginAtZero: true
			}
		}
	};
}

/** One bar per row, its parts stacked, the row's name beside it (triggers, what helped). */
export function stackedRows(
	palette: Palette,
	labels: string[],
	datasets: { label: string; data: number[]; colour: string; fill: Fill; border: string }[]
): ChartConfiguration {
	const base = baseOptions(palette);
	return {
		type: 'bar',
		data: {
			labels,
			datasets: datasets.map((d) => ({
				label: d.label,
				data: d.data,
				backgroundColor: patterned(d.colour, d.fill, palette.surface),
				borderColor: d.border,
				borderWidth: 1
			}))
		},
		options: {
			...base,
			indexAxis: 'y',
			scales: {
				x: { ...base.scales.y, stacked: true },
				y: { ...base.scales.x, stacked: true, ticks: { color: palette.text, autoSkip: false } }
			}
		}
	};
}
