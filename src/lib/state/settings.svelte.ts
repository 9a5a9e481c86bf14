import type { Settings } from '$lib/schemas';
import { DEFAULT_SETTINGS } from '$lib/schemas/defaults';
import { lockStatus } from './lock-status.svelte';
import { repos } from './repositories';

import { SETTINGS_DOCUMENT as SETTINGS_ID } from '$lib/db/names';

/** The person's preferences, read once and written on change. */
class SettingsState {
	#values = $state<Required<Settings>>({ ...DEFAULT_SETTINGS });
	#error = $state<string | null>(null);
	#loaded: Promise<void> | null = null;

	get foldNotes() {
		return this.#values.foldNotes;
	}
	get error() {
		return this.#error;
	}
	/** Days the person saw their therapist, oldest first. */
	get sessionDays(): readonly string[] {
		return this.#values.sessionDays;
	}

	get crisisRegion() {
		return this.#values.crisisRegion;
	}
	get safePeople() {
		return this.#values.safePeople;
	}

	markSession(day: string): Promise<void> {
		const days = new Set([...this.#values.sessionDays, day]);
		return this.update({ sessionDays: [...days].sort() });
	}

	unmarkSession(day: string): Promise<void> {
		return this.update({ sessionDays: this.#values.sessionDays.filter((d) => d !== day) });
	}

	load(): Promise<void> {
		this.#loaded ??= repos()
			.then((r) => r.meta.get(SETTINGS_ID))
			.then((stored) => {
				this.#values = { ...DEFAULT_SETTINGS, ...stored };
			})
			.catch(() => {
				this.#loaded = null;
			});
		return this.#loaded;
	}

	/** Reads the settings again (after a restore). */
	reload(): Promise<void> {
		this.#loaded = null;
		return this.load();
	}

	async update(change: Partial<Settings>): Promise<void> {
		// The stored settings first: a change made before they were read must not replace them.
		await this.load();
		const before = this.#values;
		this.#values = { ...before, ...change };
		this.#error = null;
		// Locked, the stored settings cannot be read, so writing would replace them with
		// defaults: the change holds for this visit only.
		if (lockStatus.locked) return;
		try {
			await (await repos()).meta.put(SETTINGS_ID, $state.snapshot(this.#values));
		} catch {
			this.#values = before;
			this.#error = 'Couldn’t save that setting just now. Try again.';
		}
	}
}

export const settings = new SettingsState();
