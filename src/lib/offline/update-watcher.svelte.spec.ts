import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UpdateWatcher } from './update-watcher.svelte';

/** A service worker that can move through its states. */
class FakeWorker extends EventTarget {
	state: ServiceWorkerState = 'installing';
	posted: unknown[] = [];
	postMessage(message: unknown) {
		this.posted.push(message);
	}
	become(state: ServiceWorkerState) {
		this.state = state;
		this.dispatchEvent(new Event('statechange'));
	}
}

class FakeRegistration extends EventTarget {
	installing: FakeWorker | null = null;
	waiting: FakeWorker | null = null;
	update = vi.fn(async () => undefined);
	found(worker: FakeWorker) {
		this.installing = worker;
		this.dispatchEvent(new Event('updatefound'));
	}
}

function container(registration: FakeRegistration, controlled: boolean) {
	const target = new EventTarget();
	return Object.assign(target, {
		ready: Promise.resolve(registration),
		controller: controlled ? new FakeWorker() : null
	}) as unknown as ServiceWorkerContainer;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('UpdateWatcher', () => {
	const reload = vi.fn();
	beforeEach(() => {
		vi.stubGlobal('addEventListener', vi.fn());
		vi.stubGlobal('removeEventListener', vi.fn());
		vi.stubGlobal('location', { reload });
		reload.mockClear();
	});
	afterEach(() => vi.unstubAllGlobals());

	it('says nothing at the first install, when no version controlled the page', async () => {
		const registration = new FakeRegistration();
		const watcher = new UpdateWatcher();
		const stop = watcher.watch(container(registration, false));
		await settle();
		const worker = new FakeWorker();
		registration.found(worker);
		worker.become('installed');
		expect(watcher.available).toBe(false);
		stop();
	});

	it('announces a new version once it is installed, and never reloads by itself', async () => {
		const registration = new FakeRegistration();
		const watcher = new UpdateWatcher();
		const stop = watcher.watch(container(registration, true));
		await settle();
		expect(registration.update).toHaveBeenCalled();
		const worker = new FakeWorker();
		registration.found(worker);
		expect(watcher.available).toBe(false);
		worker.become('installed');
		expect(watcher.available).toBe(true);
		expect(reload).not.toHaveBeenCalled();
		stop();
	});

	it('announces a version already waiting when the page opens', async () => {
		const registration = new FakeRegistration();
		registration.waiting = Object.assign(new FakeWorker(), { state: 'installed' as const });
		const watcher = new UpdateWatcher();
		const stop = watcher.watch(container(registration, true));
		await settle();
		expect(watcher.available).toBe(true);
		stop();
	});

	it('on Reload, lets the waiting version take over and reloads once it has', async () => {
		const registration = new FakeRegistration();
		const waiting = Object.assign(new FakeWorker(), { state: 'installed' as const });
		registration.waiting = waiting;
		const serviceWorker = container(registration, true);
		const watcher = new UpdateWatcher();
		const stop = watcher.watch(serviceWorker);
		await settle();
		watcher.reload(serviceWorker);
		expect(waiting.posted).toEqual([{ type: 'skip-waiting' }]);
		expect(reload).not.toHaveBeenCalled();
		serviceWorker.dispatchEvent(new Event('controllerchange'));
		expect(reload).toHaveBeenCalledTimes(1);
		stop();
	});
});
