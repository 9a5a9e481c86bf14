import type { ConnectionEvent } from '$lib/db';

const EVENT_MESSAGES: Partial<Record<ConnectionEvent, string>> = {
	blocked: 'Haven is open in another tab with an older version. Close that tab to continue.',
	'upgraded-elsewhere':
		'Haven was updated in another tab. Reload this page to continue. Nothing you saved is lost.',
	'too-new':
		'Your journal was saved by a newer version of Haven. Reload the page to get it. Nothing is lost.'
};

/** What the person should know about storage as a whole (not about one save). */
class ConnectionStatus {
	#message = $state<string | null>(null);
	#needsReload = $state(false);

	get message() {
		return this.#message;
	}

	get needsReload() {
		return this.#needsReload;
	}

	report = (event: ConnectionEvent): void => {
		if (event === 'ready') {
			if (!this.#needsReload) this.#message = null;
			return;
		}
		const message = EVENT_MESSAGES[event];
		if (!message) return;
		this.#message = message;
		this.#needsReload = event !== 'blocked';
	};
}

export const connectionStatus = new ConnectionStatus();
