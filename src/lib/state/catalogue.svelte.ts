import { BUILT_IN_TRIGGERS } from '$lib/domain/builtins';
import type { TriggerType } from '$lib/schemas';
import { repos } from './repositories';

/** Trigger types the pickers offer. Built-ins are there at once; the person's own follow. */
class Catalogue {
	#triggers = $state.raw<readonly TriggerType[]>(BUILT_IN_TRIGGERS);
	#loaded: Promise<void> | null = null;

	get triggers() {
		return this.#triggers;
	}

	get activeTriggers() {
		return this.#triggers.filter((t) => !t.archived);
	}

	triggerLabel(id: string): string {
		return this.#triggers.find((t) => t.id === id)?.label ?? id;
	}

	load(): Promise<void> {
		this.#loaded ??= repos()
			.triggerCatalogue()
			.then((triggers) => {
				this.#triggers = triggers;
			})
			.catch(() => {
				// Built-ins still work; the storage problem is shown by the connection status.
				this.#loaded = null;
			});
		return this.#loaded;
	}
}

export const catalogue = new Catalogue();
