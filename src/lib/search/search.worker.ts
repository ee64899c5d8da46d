/// <reference lib="webworker" />
import { SearchService, type SearchRequest } from './search-service';

export type { SearchRequest, SearchResponse } from './search-service';

// Searching runs here, off the page's thread, so typing never waits for it. Every request gets
// exactly one answer carrying its id, an error included, so no query on the page waits for ever.
const service = new SearchService((input, init) => fetch(input, init));

self.onmessage = async (event: MessageEvent<SearchRequest>) => {
	self.postMessage(await service.handle(event.data));
};
