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
	#ready = $state(false);

	get foldNotes() {
		return this.#values.foldNotes;
	}
	get error() {
		return this.#error;
	}
	/** The stored settings have been read: what is shown is the person's, not the defaults. */
	get ready() {
		return this.#ready;
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
		return this.update((now) => ({ sessionDays: [...new Set([...now.sessionDays, day])].sort() }));
	}

	unmarkSession(day: string): Promise<void> {
		return this.update((now) => ({ sessionDays: now.sessionDays.filter((d) => d !== day) }));
	}

	load(): Promise<void> {
		this.#loaded ??= repos()
			.then((r) => r.meta.get(SETTINGS_ID))
			.then((stored) => {
				this.#values = { ...DEFAULT_SETTINGS, ...stored };
				this.#ready = true;
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

	/**
	 * A change, or a change worked out from the current settings (for lists): it is applied
	 * to the stored settings, read first, so nothing made earlier is replaced by a default.
	 */
	async update(
		change: Partial<Settings> | ((current: Required<Settings>) => Partial<Settings>)
	): Promise<void> {
		await this.load();
		const before = this.#values;
		this.#values = { ...before, ...(typeof change === 'function' ? change(before) : change) };
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
