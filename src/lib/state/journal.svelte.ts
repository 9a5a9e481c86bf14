import type { Entry } from '$lib/schemas';
import { repos } from './repositories';

type LoadStatus = 'loading' | 'ready' | 'failed';

/** The journal as the person sees it: every entry, newest first, with delete and undo. */
class Journal {
	#entries = $state.raw<Entry[]>([]);
	#status = $state<LoadStatus>('loading');
	#unreadable = $state(0);
	#error = $state<string | null>(null);
	#lastDeleted = $state.raw<Entry | null>(null);

	get entries() {
		return this.#entries;
	}
	get status() {
		return this.#status;
	}
	get unreadable() {
		return this.#unreadable;
	}
	get error() {
		return this.#error;
	}
	get lastDeleted() {
		return this.#lastDeleted;
	}

	async load(): Promise<void> {
		try {
			const { entries, unreadable } = await repos().entries.list();
			this.#entries = entries;
			this.#unreadable = unreadable.length;
			this.#status = 'ready';
		} catch {
			this.#status = 'failed';
		}
	}

	async remove(entry: Entry): Promise<void> {
		this.#error = null;
		try {
			await repos().entries.delete(entry.id);
			this.#entries = this.#entries.filter((e) => e.id !== entry.id);
			this.#lastDeleted = entry;
		} catch {
			this.#error = 'Couldn’t delete that entry. It is still in your journal. Try again.';
		}
	}

	async undoDelete(): Promise<void> {
		const entry = this.#lastDeleted;
		if (!entry) return;
		try {
			await repos().entries.put(entry);
			this.#lastDeleted = null;
			await this.load();
		} catch {
			this.#error = 'Couldn’t bring that entry back. Try again.';
		}
	}

	dismissUndo(): void {
		this.#lastDeleted = null;
	}
}

export const journal = new Journal();
