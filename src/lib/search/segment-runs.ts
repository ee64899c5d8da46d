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

const DIGITS = /^\d+$/;

/**
 * The IDs that `encodeSegmentRuns` wrote, in order. Read with string operations rather than a
 * pattern per run: the manifest of a thousand articles holds tens of thousands of runs, read as a
 * reader's first search starts.
 */
export function decodeSegmentRuns(runs: string): string[] {
	if (!runs) return [];
	const ids: string[] = [];
	for (const run of runs.split(' ')) {
		const dash = run.indexOf('-');
		const dot = run.lastIndexOf('.', dash);
		const first = run.slice(dot + 1, dash);
		const last = run.slice(dash + 1);
		if (dash < 0 || !DIGITS.test(first) || !DIGITS.test(last)) {
			ids.push(run);
			continue;
		}
		const head = run.slice(0, dot + 1);
		for (let n = Number(first), end = Number(last); n <= end; n++) ids.push(`${head}${n}`);
	}
	return ids;
}
