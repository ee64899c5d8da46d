/**
 * A seeded random source (mulberry32): the same seed gives the same library on every machine,
 * so a benchmark can be rerun and compared.
 */
export class Random {
	#state: number;

	constructor(seed: number) {
		this.#state = seed >>> 0;
	}

	/** A float in [0, 1). */
	next(): number {
		this.#state = (this.#state + 0x6d2b79f5) >>> 0;
		let t = this.#state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** An integer in [min, max]. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	chance(probability: number): boolean {
		return this.next() < probability;
	}

	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.next() * items.length)] as T;
	}

	/** Picks by weight: `[[item, weight], …]`. */
	weighted<T>(items: readonly (readonly [T, number])[]): T {
		const total = items.reduce((sum, [, w]) => sum + w, 0);
		let at = this.next() * total;
		for (const [item, weight] of items) {
			at -= weight;
			if (at < 0) return item;
		}
		return (items.at(-1) as readonly [T, number])[0];
	}

	/** Approximately normal (sum of uniforms), rounded and clamped. */
	around(mean: number, spread: number, min: number, max: number): number {
		const z = this.next() + this.next() + this.next() + this.next() - 2;
		return Math.min(max, Math.max(min, Math.round(mean + z * spread * 1.73)));
	}
}

/** A 32-bit hash of some numbers, to seed an independent stream per item (FNV-1a). */
export function hashSeed(...parts: number[]): number {
	let hash = 0x811c9dc5;
	for (const part of parts) {
		for (let shift = 0; shift < 32; shift += 8) {
			hash ^= (part >>> shift) & 0xff;
			hash = Math.imul(hash, 0x01000193);
		}
	}
	return hash >>> 0;
}

/** The shape of a word-frequency law: how often the word at each rank is drawn. */
export interface ZipfLaw {
	/** How many ranks there are. */
	size: number;
	/** Mandelbrot's offset: rank r is drawn ∝ (r + offset)^-exponent, a flatter head. */
	offset: number;
	/** The exponent of the head, about 1 in real text. */
	exponent: number;
	/** The rank where the tail starts, and its steeper exponent: real text follows Zipf with
	 * about 1 up to a few thousand words and about 2 beyond (Ferrer i Cancho and Solé 2001), which
	 * is what makes its vocabulary grow as the square root of its length (Heaps' law). */
	knee: number;
	tailExponent: number;
}

/** ∫ x^-a dx from lo to hi, and its inverse: the x where that integral from lo reaches `mass`. */
const powerMass = (a: number, lo: number, hi: number) =>
	Math.abs(a - 1) < 1e-9
		? Math.log(hi / lo)
		: (Math.pow(hi, 1 - a) - Math.pow(lo, 1 - a)) / (1 - a);
const powerInverse = (a: number, lo: number, mass: number) =>
	Math.abs(a - 1) < 1e-9
		? lo * Math.exp(mass)
		: Math.pow(Math.pow(lo, 1 - a) + mass * (1 - a), 1 / (1 - a));

/**
 * Ranks 1…size drawn by a two-regime Zipf–Mandelbrot law, by inverting its continuous
 * distribution: O(1) per draw however large the vocabulary.
 */
export function zipfSampler(law: ZipfLaw): (random: Random) => number {
	const { size, offset, exponent, tailExponent } = law;
	const low = offset + 1;
	const knee = Math.max(low, law.knee + offset);
	const high = size + offset + 1;
	// The tail's density is scaled to meet the head's at the knee.
	const scale = Math.pow(knee, tailExponent - exponent);
	const headMass = powerMass(exponent, low, knee);
	const tailMass = knee < high ? powerMass(tailExponent, knee, high) * scale : 0;
	return (random) => {
		const mass = random.next() * (headMass + tailMass);
		const x =
			mass < headMass
				? powerInverse(exponent, low, mass)
				: powerInverse(tailExponent, knee, (mass - headMass) / scale);
		return Math.min(size, Math.max(1, Math.floor(x) - offset));
	};
}
