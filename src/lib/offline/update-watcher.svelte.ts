/**
 * Notices a new deployment: the browser installs its service worker quietly in the background,
 * and the new version waits. `available` turns true once it is installed while this page is
 * served by the old one; `reload()`, which only the reader triggers, lets it take over and then
 * reloads. Nothing reloads by itself in the middle of a reading.
 */
export class UpdateWatcher {
	available = $state(false);
	#registration: ServiceWorkerRegistration | undefined;

	/** Watches `container` (navigator.serviceWorker); returns the function that stops watching. */
	watch(container: ServiceWorkerContainer, { checkEveryMs = 30 * 60 * 1000 } = {}): () => void {
		let stopped = false;
		const check = () => void this.#registration?.update().catch(() => undefined);
		const timer = setInterval(check, checkEveryMs);
		addEventListener('online', check);
		void container.ready.then((registration) => {
			if (stopped) return;
			this.#registration = registration;
			const noticeInstalled = (worker: ServiceWorker | null) => {
				// With no controller this is the first install, not a new version.
				if (worker?.state === 'installed' && container.controller) this.available = true;
			};
			noticeInstalled(registration.waiting);
			registration.addEventListener('updatefound', () => {
				const worker = registration.installing;
				worker?.addEventListener('statechange', () => noticeInstalled(worker));
			});
			check();
		});
		return () => {
			stopped = true;
			clearInterval(timer);
			removeEventListener('online', check);
		};
	}

	/** Lets the waiting version take over, then reloads the page once it has. */
	reload(container: ServiceWorkerContainer): void {
		const waiting = this.#registration?.waiting;
		if (!waiting) {
			location.reload();
			return;
		}
		container.addEventListener('controllerchange', () => location.reload(), { once: true });
		waiting.postMessage({ type: 'skip-waiting' });
	}
}
