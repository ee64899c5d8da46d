/** The shard a word belongs to: its first two characters (the one, for a one-letter word). */
export function shardKey(word: string): string {
	return [...word].slice(0, 2).join('');
}

/** The suffix list a word belongs to: its last two characters. */
export function suffixKey(word: string): string {
	return [...word].slice(-2).join('');
}

/** A shard's or suffix list's file name: the key's code points in hex, URL-safe in any script. */
export function keyFile(key: string): string {
	return [...key].map((char) => (char.codePointAt(0) ?? 0).toString(16)).join('-');
}

/** The key that `keyFile` named, or null for a name it cannot have written. */
export function keyOfFile(file: string): string | null {
	if (!/^[0-9a-f]{1,6}(?:-[0-9a-f]{1,6})*$/.test(file)) return null;
	return String.fromCodePoint(...file.split('-').map((hex) => parseInt(hex, 16)));
}

/**
 * The file a word's shard is in, among `keys` (the manifest's): the longest key that begins the
 * word. A shard too big for one request is split by the word's next letter, so its words are
 * under longer keys, and the split group's own key names its head (see `shardIndexes`).
 */
export function shardFileKey(word: string, keys: ReadonlySet<string>): string {
	const chars = [...word];
	for (let length = chars.length; length > 2; length--) {
		const key = chars.slice(0, length).join('');
		if (keys.has(key)) return key;
	}
	return shardKey(word);
}

/** The suffix list a word is in, among `keys`: the longest key that ends the word. */
export function suffixFileKey(word: string, keys: ReadonlySet<string>): string {
	const chars = [...word];
	for (let length = chars.length; length > 2; length--) {
		const key = chars.slice(-length).join('');
		if (keys.has(key)) return key;
	}
	return suffixKey(word);
}

/**
 * Which shard files a query fetches, within `budget` requests: the files of its words, longest
 * word first (in a Zipf vocabulary the longer words are the rarer ones, with the smaller
 * postings and the fewer hits to check), then of `extra` words (Russian stems) while requests
 * remain. A word whose file is already `loaded`, or chosen for another word, costs nothing; a
 * word with no file at all matches nothing and costs nothing. The words left out are `deferred`:
 * the engine looks for them in the texts of the hits the others find. At least one word is
 * always looked up.
 */
export function planShards(
	words: readonly string[],
	extra: readonly string[],
	keys: ReadonlySet<string>,
	loaded: ReadonlySet<string>,
	budget: number
): { files: string[]; deferred: string[] } {
	const files = new Set<string>();
	const deferred: string[] = [];
	const longestFirst = [...words].sort((a, b) => [...b].length - [...a].length);
	for (const [rank, word] of longestFirst.entries()) {
		const file = shardFileKey(word, keys);
		if (!keys.has(file) || loaded.has(file) || files.has(file)) continue;
		if (files.size < budget || rank === 0) files.add(file);
		else deferred.push(word);
	}
	for (const word of extra) {
		const file = shardFileKey(word, keys);
		if (keys.has(file) && !loaded.has(file) && files.size < budget) files.add(file);
	}
	return { files: [...files], deferred: words.filter((word) => deferred.includes(word)) };
}
