import type { Entry } from '$lib/schemas';
import { repos } from './repositories';

type LoadStatus = 'loading' | 'ready' | 'failed';

/** Entries are read a page at a time: years of entries open as fast as a week of them. */
export const JOURNAL_PAGE_SIZE = 100;

/** The journal as the person sees it: newest first, a page at a time, with delete and undo. */
class Journal {
	#entries = $state.raw<Entry[]>([]);
	#status = $state<LoadStatus>('loading');
	#hasMore = $state(false);
	#unreadable = $state(0);
	#error = $state<string | null>(null);
	#lastDeleted = $state.raw<Entry | null>(null);

	get entries() {
		return this.#entries;
	}
	get status() {
		return this.#status;
	}
	get hasMore() {
		return this.#hasMore;
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

	/** Reads the newest entries again, at least as many as are on screen. */
	async load(): Promise<void> {
		try {
			const limit = Math.max(JOURNAL_PAGE_SIZE, this.#entries.length);
			const page = await repos().entries.page(0, limit);
			this.#entries = page.entries;
			this.#unreadable = page.unreadable.length;
			this.#hasMore = !page.done;
			this.#status = 'ready';
		} catch {
			this.#status = 'failed';
		}
	}

	async loadMore(): Promise<void> {
		this.#error = null;
		try {
			const offset = this.#entries.length + this.#unreadable;
			const page = await repos().entries.page(offset, JOURNAL_PAGE_SIZE);
			this.#entries = [...this.#entries, ...page.entries];
			this.#unreadable += page.unreadable.length;
			this.#hasMore = !page.done;
		} catch {
			this.#error = 'Couldn’t open earlier entries just now. Nothing was lost. Try again.';
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
