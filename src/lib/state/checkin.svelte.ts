import { entryFromForm, type CheckInForm } from '$lib/domain/checkin';
import { deviceTimeZone, systemClock, type Clock } from '$lib/domain/clock';
import { newId } from '$lib/domain/ids';
import { mark } from '$lib/perf';
import type { Entry, StateId } from '$lib/schemas';
import { saveFailedMessage } from './messages';
import { repos } from './repositories';

export type SaveStatus =
	| { kind: 'idle' }
	| { kind: 'saving' }
	| { kind: 'saved'; entry: Entry }
	| { kind: 'failed'; message: string };

/**
 * The check-in form. A failed save keeps every field as it was; only a committed
 * transaction clears the form and says "Saved".
 */
export class CheckIn {
	state = $state<StateId | null>(null);
	triggerIds = $state<string[]>([]);
	activation = $state<number | null>(null);
	note = $state('');
	status = $state<SaveStatus>({ kind: 'idle' });
	readonly #clock: Clock;

	constructor(clock: Clock = systemClock) {
		this.#clock = clock;
	}

	get canSave() {
		return this.state !== null && this.status.kind !== 'saving';
	}

	chooseState(state: StateId): void {
		this.state = state;
		if (this.status.kind === 'saved') this.status = { kind: 'idle' };
	}

	toggleTrigger(id: string): void {
		this.triggerIds = this.triggerIds.includes(id)
			? this.triggerIds.filter((t) => t !== id)
			: [...this.triggerIds, id];
	}

	async save(): Promise<void> {
		if (!this.canSave) return;
		mark('haven:save-start');
		this.status = { kind: 'saving' };
		const form: CheckInForm = $state.snapshot({
			state: this.state,
			triggerIds: this.triggerIds,
			activation: this.activation,
			note: this.note
		});
		try {
			const entry = await repos().entries.put(
				entryFromForm(form, { id: newId(), now: this.#clock(), timeZone: deviceTimeZone() })
			);
			mark('haven:save-committed');
			this.#reset();
			this.status = { kind: 'saved', entry };
		} catch (error) {
			this.status = { kind: 'failed', message: saveFailedMessage(error) };
		}
	}

	#reset(): void {
		this.state = null;
		this.triggerIds = [];
		this.activation = null;
		this.note = '';
	}
}
