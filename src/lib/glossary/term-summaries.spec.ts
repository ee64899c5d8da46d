import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadTermSummaries } from './term-summaries';

afterEach(() => vi.unstubAllGlobals());

describe('loadTermSummaries', () => {
	it('fetches once for every caller, and again after a failure', async () => {
		const summaries = { kcna: { id: 'kcna' } };
		const fetchMock = vi
			.fn()
			.mockRejectedValueOnce(new TypeError('Failed to fetch'))
			.mockResolvedValueOnce(new Response('', { status: 503 }))
			.mockResolvedValue(Response.json(summaries));
		vi.stubGlobal('fetch', fetchMock);

		await expect(loadTermSummaries('/base')).rejects.toThrow('Failed to fetch');
		await expect(loadTermSummaries('/base')).rejects.toThrow('glossary-index.json: 503');
		const [first, second] = await Promise.all([
			loadTermSummaries('/base'),
			loadTermSummaries('/base')
		]);
		expect(first).toEqual(summaries);
		expect(second).toBe(first);
		await loadTermSummaries('/base');
		expect(fetchMock).toHaveBeenCalledTimes(3);
		expect(fetchMock).toHaveBeenLastCalledWith('/base/glossary-index.json');
	});
});
