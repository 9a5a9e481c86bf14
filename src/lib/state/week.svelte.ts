import { deviceTimeZone } from '$lib/domain/dates';
import {
	choiceKey,
	resolveChoice,
	summariseWeek,
	type Span,
	type WeekChoice,
	type WeekSummary
} from '$lib/domain/week';
import { WEEKS_DOCUMENT } from '$lib/db/names';
import { safeParse, weekChoiceSchema } from '$lib/schemas';
import { repos } from './repositories';

/** Choices are written a moment after the last change, as the person ticks and types. */
const SAVE_DELAY_MS = 400;

/**
 * One summary on screen: its numbers (never the whole journal) and the person's choices for
 * it, kept in the `weeks` document under the span's key.
 */
class WeekState {
	#summary = $state.raw<WeekSummary | null>(null);
	#choice = $state.raw<WeekChoice>(resolveChoice());
	#status = $state<'loading' | 'ready' | 'failed'>('loading');
	#error = $state<string | null>(null);
	#asked = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#pending: (() => Promise<void>) | null = null;

	get summary() {
		return this.#summary;
	}
	get choice() {
		return this.#choice;
	}
	get status() {
		return this.#status;
	}
	get error() {
		return this.#error;
	}

	async load(span: Span): Promise<void> {
		await this.flush();
		const asked = ++this.#asked;
		this.#status = 'loading';
		try {
			const r = await repos();
			const from = Date.parse(`${span.from}T00:00:00Z`) - 86_400_000;
			const to = Date.parse(`${span.to}T00:00:00Z`) + 2 * 86_400_000 - 1;
			const [{ entries }, weeks] = await Promise.all([
				r.entries.between(from, to),
				r.weeks.get(WEEKS_DOCUMENT)
			]);
			if (asked !== this.#asked) return;
			const stored = safeParse(weekChoiceSchema, weeks?.[choiceKey(span)]);
			this.#choice = resolveChoice(stored.ok ? stored.value : undefined);
			this.#summary = summariseWeek(entries, span, deviceTimeZone());
			this.#status = 'ready';
		} catch {
			if (asked === this.#asked) this.#status = 'failed';
		}
	}

	/** Changes the choices at once on screen, and keeps them shortly after. */
	choose(change: Partial<WeekChoice>): void {
		const span = this.#summary?.span;
		if (!span) return;
		this.#choice = { ...this.#choice, ...change };
		const choice = this.#choice;
		this.#pending = () => this.#save(choiceKey(span), choice);
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
	}

	/** Writes any choice not yet kept (on leaving the page, or before another span). */
	async flush(): Promise<void> {
		clearTimeout(this.#timer);
		const save = this.#pending;
		this.#pending = null;
		if (save) await save();
	}

	async #save(key: string, choice: WeekChoice): Promise<void> {
		this.#error = null;
		try {
			const r = await repos();
			const weeks = (await r.weeks.get(WEEKS_DOCUMENT)) ?? {};
			await r.weeks.put(WEEKS_DOCUMENT, { ...weeks, [key]: choice });
		} catch {
			this.#error =
				'Couldn’t keep these choices just now. They are still on screen; try again in a moment.';
		}
	}
}

export const week = new WeekState();
