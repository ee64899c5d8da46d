import type { TFunction } from 'i18next';

// A private-use character: no UI string or interpolated value contains it.
const SLOT = '\uE000';

/**
 * A UI string split around one of its interpolated values (`name`), so that the page can wrap
 * the value in an element of its own, with its own language and direction, while the text
 * around it stays in the UI language.
 */
export function textAround(
	t: TFunction,
	key: string,
	name: string,
	values: Record<string, unknown> = {}
): [before: string, after: string] {
	const [before = '', after = ''] = t(key, { ...values, [name]: SLOT }).split(SLOT);
	return [before, after];
}
