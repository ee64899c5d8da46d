/**
 * Segment IDs of one article written as runs: `0.1 3.1-4 notes` stands for 0.1, 3.1, 3.2, 3.3,
 * 3.4 and notes. The manifest lists every segment of the library; written out one by one, the IDs
 * of a thousand articles would make up most of it. IDs never contain a space or a hyphen
 * (`SEGMENT_ID`), so both can delimit.
 */
export function encodeSegmentRuns(ids: readonly string[]): string {
	const runs: string[] = [];
	let at = 0;
	while (at < ids.length) {
		const id = ids[at] as string;
		const match = /^(.*\.)?(\d+)$/.exec(id);
		let end = at;
		if (match && !/^0\d/.test(match[2] as string)) {
			const [, head = '', first] = match;
			let number = Number(first);
			while (ids[end + 1] === `${head}${number + 1}`) {
				end++;
				number++;
			}
			runs.push(end > at ? `${id}-${number}` : id);
		} else runs.push(id);
		at = end + 1;
	}
	return runs.join(' ');
}

/** The IDs that `encodeSegmentRuns` wrote, in order. */
export function decodeSegmentRuns(runs: string): string[] {
	if (!runs) return [];
	return runs.split(' ').flatMap((run) => {
		const match = /^(.*\.)?(\d+)-(\d+)$/.exec(run);
		if (!match) return [run];
		const [, head = '', first, last] = match;
		const ids: string[] = [];
		for (let n = Number(first); n <= Number(last); n++) ids.push(`${head}${n}`);
		return ids;
	});
}
