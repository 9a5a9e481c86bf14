import { deviceTimeZone, systemClock } from '$lib/domain/clock';
import { applyFilter, emptyFilter, isFiltering, type JournalFilter } from '$lib/domain/filters';
import type { Entry } from '$lib/schemas';
import { repos } from './repositories';

type LoadStatus = 'loading' | 'ready' | 'failed';

/** Entries are shown a page at a time: years of entries open as fast as a week of them. */
export const JOURNAL_PAGE_SIZE = 100;

/**
 * The journal as the person sees it: newest first, a page at a time, narrowed by a filter,
 * with delete and undo. Unfiltered, pages come straight from storage; filtered, every entry
 * is read once and the matches are shown a page at a time.
 */
class Journal {
	#entries = $state.raw<Entry[]>([]);
	#matches: Entry[] | null = null;
	#filter = $state.raw<JournalFilter>(emptyFilter());
	#total = $state<number | null>(null);
	#status = $state<LoadStatus>('loading');
	#hasMore = $state(false);
	#unreadable = $state(0);
	#error = $state<string | null>(null);
	#lastDeleted = $state.raw<Entry | null>(null);

	get entries() {
		return this.#entries;
	}
	get filter() {
		return this.#filter;
	}
	/** How many entries match the filter (only known while filtering). */
	get matchCount() {
		return this.#total;
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
	async load(filter: JournalFilter = this.#filter): Promise<void> {
		const shown = filter === this.#filter ? this.#entries.length : 0;
		this.#filter = filter;
		const limit = Math.max(JOURNAL_PAGE_SIZE, shown);
		try {
			if (isFiltering(filter)) {
				const { entries, unreadable } = await (await repos()).entries.list();
				this.#matches = applyFilter(entries, filter, deviceTimeZone());
				this.#total = this.#matches.length;
				this.#entries = this.#matches.slice(0, limit);
				this.#unreadable = unreadable.length;
				this.#hasMore = this.#matches.length > limit;
			} else {
				const page = await (await repos()).entries.page(0, limit);
				this.#matches = null;
				this.#total = null;
				this.#entries = page.entries;
				this.#unreadable = page.unreadable.length;
				this.#hasMore = !page.done;
			}
			this.#status = 'ready';
		} catch {
			this.#status = 'failed';
		}
	}

	async loadMore(): Promise<void> {
		this.#error = null;
		if (this.#matches) {
			const next = this.#entries.length + JOURNAL_PAGE_SIZE;
			this.#entries = this.#matches.slice(0, next);
			this.#hasMore = this.#matches.length > next;
			return;
		}
		try {
			const offset = this.#entries.length + this.#unreadable;
			const page = await (await repos()).entries.page(offset, JOURNAL_PAGE_SIZE);
			this.#entries = [...this.#entries, ...page.entries];
			this.#unreadable += page.unreadable.length;
			this.#hasMore = !page.done;
		} catch {
			this.#error = 'Couldn’t open earlier entries just now. Nothing was lost. Try again.';
		}
	}

	async get(id: string): Promise<Entry | undefined> {
		return (await repos()).entries.get(id);
	}

	async remove(entry: Entry): Promise<boolean> {
		this.#error = null;
		try {
			await (await repos()).entries.delete(entry.id);
			this.#entries = this.#entries.filter((e) => e.id !== entry.id);
			this.#matches = this.#matches?.filter((e) => e.id !== entry.id) ?? null;
			this.#lastDeleted = entry;
			return true;
		} catch {
			this.#error = 'Couldn’t delete that entry. It is still in your journal. Try again.';
			return false;
		}
	}

	async undoDelete(): Promise<void> {
		const entry = this.#lastDeleted;
		if (!entry) return;
		try {
			await (await repos()).entries.put(entry);
			this.#lastDeleted = null;
			await this.load();
		} catch {
			this.#error = 'Couldn’t bring that entry back. Try again.';
		}
	}

	dismissUndo(): void {
		this.#lastDeleted = null;
	}

	/** Changes one thing about an entry (folded note, finish later) and keeps the list in step. */
	async change(entry: Entry, change: Partial<Pick<Entry, 'noteFolded' | 'finishLater'>>) {
		this.#error = null;
		const updated = { ...entry, ...change, updatedAt: systemClock().toISOString() };
		try {
			const saved = await (await repos()).entries.put(updated);
			const swap = (list: Entry[]) => list.map((e) => (e.id === saved.id ? saved : e));
			this.#entries = swap(this.#entries);
			if (this.#matches) this.#matches = swap(this.#matches);
			return saved;
		} catch {
			this.#error = 'Couldn’t save that change. Nothing was lost. Try again.';
			return entry;
		}
	}
}

export const journal = new Journal();
