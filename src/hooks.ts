import type { Transport } from '@sveltejs/kit';
import { PageText } from '$lib/content/segment-markup';

/**
 * How page data crosses from the server to the browser beyond what devalue knows. An article's
 * markup is already in its HTML, so it is sent as nothing and read back from the page there.
 */
export const transport: Transport = {
	PageText: {
		encode: (value) => value instanceof PageText && [],
		decode: () => new PageText()
	}
};
