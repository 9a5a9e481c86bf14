import { Workbox } from 'workbox-window';

/**
 * The service worker updates only when the person says so (STYLE.md habit 6): a new worker
 * waits, a quiet notice offers to reload, and accepting it activates the worker and reloads
 * once it controls the page. A schema change never meets an old page.
 */
class UpdateFlow {
	#waiting = $state(false);
	#workbox: Workbox | null = null;

	get waiting() {
		return this.#waiting;
	}

	register(): void {
		if (this.#workbox || !('serviceWorker' in navigator)) return;
		const wb = new Workbox('/service-worker.js');
		wb.addEventListener('waiting', () => {
			this.#waiting = true;
		});
		// The first worker takes control quietly (clients.claim); a different worker taking
		// control later is an update, accepted here or in another tab, and every open tab
		// reloads into it so none keeps running code whose cached chunks were just dropped.
		// workbox-window's own `isUpdate` is false in a page that saw the first install, so
		// track the controller here. The same worker announced again (its claim can land
		// while this page is still starting) is not an update: reloading then would drop
		// whatever the person was doing.
		let controller = navigator.serviceWorker.controller;
		wb.addEventListener('controlling', () => {
			const next = navigator.serviceWorker.controller;
			if (controller && next && next !== controller) window.location.reload();
			controller = next ?? controller;
		});
		this.#workbox = wb;
		void wb.register();
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') void wb.update();
		});
	}

	apply(): void {
		this.#workbox?.messageSkipWaiting();
	}
}

export const updateFlow = new UpdateFlow();
