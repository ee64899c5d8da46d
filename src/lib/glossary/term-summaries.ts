import type { TermSummary } from '../content/glossary';

let pending: Promise<Record<string, TermSummary>> | undefined;

/**
 * Every term's names and definitions, fetched once per page load and shared. A failed fetch is
 * not kept: the next call tries again, so a reader who was offline for a moment is not left
 * without definitions until the page is reloaded.
 */
export function loadTermSummaries(base: string): Promise<Record<string, TermSummary>> {
	pending ??= fetch(`${base}/glossary-index.json`)
		.then((response) => {
			if (!response.ok) throw new Error(`glossary-index.json: ${response.status}`);
			return response.json() as Promise<Record<string, TermSummary>>;
		})
		.catch((error: unknown) => {
			pending = undefined;
			throw error;
		});
	return pending;
}
