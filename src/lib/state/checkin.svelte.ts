import {
	emptyForm,
	entryFromForm,
	formFromEntry,
	hasDetails,
	isBlank,
	whenProblem,
	type CheckInForm
} from '$lib/domain/checkin';
import { deviceTimeZone, systemClock, type Clock } from '$lib/domain/clock';
import { newId } from '$lib/domain/ids';
import { mark } from '$lib/perf';
import type { Entry, StateId } from '$lib/schemas';
import { StorageError } from '$lib/db/errors';
import { saveFailedMessage } from './messages';
import { repos } from './repositories';
import { storageStatus } from './storage-status.svelte';

export type SaveStatus =
	| { kind: 'idle' }
	| { kind: 'saving' }
	| { kind: 'saved'; entry: Entry }
	| { kind: 'failed'; message: string };

/** The new check-in's draft is kept under this id until it is saved or discarded. */
export const CHECKIN_DRAFT_ID = 'checkin';
const DRAFT_DELAY_MS = 400;

/**
 * The check-in form, for a new entry or an edit. A failed save keeps every field as it was;
 * only a committed transaction clears the form and says "Saved". A new check-in keeps a draft
 * in storage as the person types, so a reload or a closed tab loses nothing.
 */
export class EntryEditor {
	form = $state<CheckInForm>(emptyForm());
	status = $state<SaveStatus>({ kind: 'idle' });
	/** True when the form was filled from a draft left earlier. */
	restored = $state(false);
	readonly editing: Entry | undefined;
	readonly #clock: Clock;
	#draftTimer: ReturnType<typeof setTimeout> | undefined;
	#draftLoaded = false;

	/** False for a quick check-in elsewhere (Ground): it leaves the check-in's draft alone. */
	readonly #drafts: boolean;

	constructor(options: { editing?: Entry; clock?: Clock; drafts?: boolean } = {}) {
		this.editing = options.editing;
		this.#drafts = options.drafts ?? true;
		this.#clock = options.clock ?? systemClock;
		if (this.editing) this.form = formFromEntry(this.editing);
	}

	get whenProblem(): string | null {
		return whenProblem(this.form.when, this.#clock());
	}

	get canSave() {
		return this.form.state !== null && this.status.kind !== 'saving' && !this.whenProblem;
	}

	/** A shut-down or hypervigilant check-in with nothing else yet: one tap should be enough. */
	get lowDemand() {
		return (
			!this.editing &&
			(this.form.state === 'hypervigilant' || this.form.state === 'shutdown') &&
			!hasDetails(this.form)
		);
	}

	chooseState(state: StateId): void {
		this.form.state = state;
		if (this.status.kind === 'saved') this.status = { kind: 'idle' };
	}

	/** Brings back an unsaved check-in, unless the person has already started a new one. */
	async restoreDraft(): Promise<void> {
		if (this.editing || this.#draftLoaded) return;
		this.#draftLoaded = true;
		try {
			const draft = await (await repos()).drafts.get(CHECKIN_DRAFT_ID);
			if (draft && !isBlank(draft) && isBlank(this.form)) {
				this.form = draft;
				this.restored = true;
			}
		} catch {
			// No draft to restore: the form simply starts empty.
		}
	}

	/** Called on every change; writes the draft shortly after typing stops. */
	scheduleDraft(): void {
		if (this.editing || !this.#draftLoaded) return;
		clearTimeout(this.#draftTimer);
		this.#draftTimer = setTimeout(() => void this.flushDraft(), DRAFT_DELAY_MS);
	}

	/** Writes the draft now (the page is being hidden or closed). */
	async flushDraft(): Promise<void> {
		if (this.editing || !this.#draftLoaded) return;
		clearTimeout(this.#draftTimer);
		this.#draftTimer = undefined;
		const form = $state.snapshot(this.form);
		try {
			if (isBlank(form)) await (await repos()).drafts.delete(CHECKIN_DRAFT_ID);
			else await (await repos()).drafts.put(CHECKIN_DRAFT_ID, form);
		} catch {
			// The form on screen still holds everything; the next change tries again.
		}
	}

	async discard(): Promise<void> {
		clearTimeout(this.#draftTimer);
		this.form = this.editing ? formFromEntry(this.editing) : emptyForm();
		this.restored = false;
		this.status = { kind: 'idle' };
		if (!this.editing) await this.#deleteDraft();
	}

	async #deleteDraft(): Promise<void> {
		await repos()
			.then((r) => r.drafts.delete(CHECKIN_DRAFT_ID))
			.catch(() => {
				// Nothing to undo: at worst an old draft is offered again next time.
			});
	}

	async save(options: { finishLater?: boolean } = {}): Promise<Entry | undefined> {
		if (!this.canSave) return undefined;
		mark('haven:save-start');
		this.status = { kind: 'saving' };
		clearTimeout(this.#draftTimer);
		const form = $state.snapshot(this.form);
		try {
			const entry = await (
				await repos()
			).entries.put(
				entryFromForm(form, {
					id: newId(),
					now: this.#clock(),
					timeZone: deviceTimeZone(),
					finishLater: options.finishLater ?? false,
					editing: this.editing
				})
			);
			mark('haven:save-committed');
			this.status = { kind: 'saved', entry };
			void storageStatus.askToKeep();
			if (!this.editing) {
				this.form = emptyForm();
				this.restored = false;
				if (this.#drafts) await this.#deleteDraft();
			}
			return entry;
		} catch (error) {
			const full = error instanceof StorageError && error.problem === 'quota';
			const used = full
				? await navigator.storage?.estimate?.().then(
						(e) => e.usage ?? null,
						() => null
					)
				: null;
			this.status = { kind: 'failed', message: saveFailedMessage(error, used) };
			return undefined;
		}
	}
}
