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
		// The first worker takes control quietly (clients.claim); any later change of controller
		// is an update, accepted here or in another tab, and every open tab reloads into it so
		// none keeps running code whose cached chunks were just dropped. workbox-window's own
		// `isUpdate` is false in a page that saw the first install, so track control here.
		let controlled = navigator.serviceWorker.controller !== null;
		wb.addEventListener('controlling', () => {
			if (controlled) window.location.reload();
			controlled = true;
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
