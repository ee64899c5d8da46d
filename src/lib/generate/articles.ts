import type { Term } from '../content/glossary-schema.ts';
import type { ArticleMeta, Block } from '../content/schema.ts';
import { LANGUAGE_CODES, type LanguageCode } from '../languages.ts';
import { monthsIn, textDefects, untranslatedDefect } from '../qa/checks.ts';
import { numbersIn } from '../text/numbers.ts';
import {
	Lexicon,
	WordGuard,
	type Adjective,
	type Case,
	type Gender,
	type Kind,
	type Name,
	type Noun,
	type Verb
} from './lexicon.ts';
import { hashSeed, Random, zipfSampler, type ZipfLaw } from './random.ts';
import { formatSegmentId } from '../content/segment-id.ts';

// A plan of each sentence is made once, from concepts, and written out in each language by its
// own grammar: the same concepts and the same numbers in every language of a segment, as in a
// translation, with English word order, Russian cases and agreement, and Dari verb-final order,
// ezafe and را.

/** One generated article: what content/articles/<slug>/ holds. */
export interface GeneratedArticle {
	slug: string;
	meta: ArticleMeta;
	structure: { blocks: Block[] };
	text: Record<LanguageCode, Record<string, string>>;
}

type Tense = 'past' | 'present' | 'perfect' | 'future';

interface NounPhrase {
	head: { noun: Noun } | { name: Name };
	plural: boolean;
	definite: boolean;
	/** Dari translators often say «این» where English has the article: a Dari word more. */
	demonstrative?: boolean;
	adjective?: Adjective;
	of?: NounPhrase;
}

type Preposition = readonly [en: string, ru: string, ruCase: Case, fa: string, weight: number];
type Adverbial =
	| { kind: 'pp'; preposition: Preposition; np: NounPhrase }
	| { kind: 'year'; year: number }
	| { kind: 'date'; day: number; month: number }
	| { kind: 'percent'; value: number };

interface Clause {
	subject: NounPhrase;
	verb: Verb;
	tense: Tense;
	object?: NounPhrase | { count: number; noun: Noun };
	adverbials: Adverbial[];
}

interface Sentence {
	opener?: Opener;
	clauses: Clause[];
	connectors: Connector[];
	quoted: boolean;
}

interface Heading {
	np: NounPhrase;
	pp?: Adverbial;
}

type Opener = { words: readonly [string, string, string] } | { according: NounPhrase };
type Connector = readonly [en: string, ru: string, fa: string];

const PREPOSITIONS: Preposition[] = [
	['in', 'в', 'loc', 'در', 30],
	['on', 'на', 'loc', 'بر', 12],
	['with', 'с', 'ins', 'با', 14],
	['for', 'для', 'gen', 'برای', 12],
	['from', 'из', 'gen', 'از', 10],
	['to', 'к', 'dat', 'به', 10],
	['about', 'о', 'loc', 'دربارهٔ', 6],
	['after', 'после', 'gen', 'پس از', 5],
	['against', 'против', 'gen', 'علیه', 3],
	['under', 'под', 'ins', 'زیر', 3],
	['during', 'во время', 'gen', 'در جریان', 3],
	['without', 'без', 'gen', 'بدون', 2],
	['through', 'через', 'acc', 'از طریق', 2],
	['near', 'возле', 'gen', 'نزدیک', 2],
	['before', 'до', 'gen', 'پیش از', 2],
	['among', 'среди', 'gen', 'در میان', 2]
];

const CONNECTORS: (readonly [Connector, number])[] = [
	[[', and', ', и', ' و'], 40],
	[[', but', ', но', '، اما'], 20],
	[[', while', ', тогда как', '، در حالی که'], 12],
	[['; meanwhile,', '; тем временем', '؛ در همین حال،'], 6],
	[[', because', ', поскольку', '، زیرا'], 12],
	[[', although', ', хотя', '، هرچند'], 10]
];

const OPENERS: (readonly [string, string, string])[] = [
	['However,', 'Однако', 'با این حال،'],
	['Meanwhile,', 'Тем временем', 'در همین حال،'],
	['At the same time,', 'В то же время', 'همزمان،'],
	['In addition,', 'Кроме того,', 'افزون بر این،'],
	['As a result,', 'В результате', 'در نتیجه،']
];

/** Gregorian month names as dates write them: Russian in the genitive, Dari in Afghan usage. */
export const MONTHS: Record<LanguageCode, string[]> = {
	en: 'January February March April May June July August September October November December'.split(
		' '
	),
	ru: 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(
		' '
	),
	'fa-AF': 'جنوری فبروری مارچ اپریل می جون جولای اگست سپتمبر اکتوبر نومبر دسمبر'.split(' ')
};

/** Every fixed word the sentences use: the lexicon never invents one of these. */
export const FUNCTION_WORDS: Record<LanguageCode, string[]> = {
	en: [
		...PREPOSITIONS.map((p) => p[0]),
		...CONNECTORS.flatMap(([c]) => c[0].split(/[\s,;]+/)),
		...OPENERS.flatMap((o) => o[0].split(/[\s,]+/)),
		...MONTHS.en,
		...'the a an of has have will by percent according'.split(' ')
	].filter(Boolean),
	ru: [
		...PREPOSITIONS.flatMap((p) => p[1].split(' ')),
		...CONNECTORS.flatMap(([c]) => c[1].split(/[\s,;]+/)),
		...OPENERS.flatMap((o) => o[1].split(/[\s,]+/)),
		...MONTHS.ru,
		...'во со об ко будет будут году по словам'.split(' ')
	].filter(Boolean),
	'fa-AF': [
		...PREPOSITIONS.flatMap((p) => p[3].split(' ')),
		...CONNECTORS.flatMap(([c]) => c[2].split(/[\s،؛]+/)),
		...OPENERS.flatMap((o) => o[2].split(/[\s،]+/)),
		...MONTHS['fa-AF'],
		...'را یک سال درصد به میزان گفتهٔ'.split(' ')
	].filter(Boolean)
};

/** How often each kind of concept is drawn and from how many: the Zipf law of each lexicon. */
export const ZIPF: Record<Kind, ZipfLaw> = {
	noun: { size: 1_000_000, offset: 10, exponent: 1, knee: 10_000, tailExponent: 2 },
	verb: { size: 1_000_000, offset: 5, exponent: 1, knee: 3000, tailExponent: 2 },
	adjective: { size: 1_000_000, offset: 10, exponent: 1, knee: 4000, tailExponent: 2 },
	person: { size: 1_000_000, offset: 0, exponent: 1, knee: 2000, tailExponent: 2 },
	place: { size: 1_000_000, offset: 0, exponent: 1, knee: 1000, tailExponent: 2 }
};

/** The words an article is about: drawn once, then repeated through it (words come in bursts). */
interface Topic {
	nouns: number[];
	people: number[];
	places: number[];
}

class ArticleWriter {
	#random: Random;
	#lexicon: Lexicon;
	#topic: Topic;
	#draw: Record<Kind, (random: Random) => number>;

	constructor(random: Random, lexicon: Lexicon) {
		this.#random = random;
		this.#lexicon = lexicon;
		this.#draw = Object.fromEntries(
			(Object.keys(ZIPF) as Kind[]).map((k) => [k, zipfSampler(ZIPF[k])])
		) as Record<Kind, (random: Random) => number>;
		// Topic words come from the tail of the distribution: what makes an article its own.
		const tail = (kind: Kind, n: number) =>
			Array.from({ length: n }, () => 20 + this.#draw[kind](random));
		this.#topic = { nouns: tail('noun', 14), people: tail('person', 4), places: tail('place', 3) };
	}

	#rank(kind: Kind, topical: number[] | null, share: number): number {
		if (topical && this.#random.chance(share)) {
			// The first topic words are the article's main subject: Zipf again inside the topic.
			return topical[
				Math.min(topical.length - 1, Math.floor(topical.length * this.#random.next() ** 2))
			] as number;
		}
		return this.#draw[kind](this.#random);
	}

	noun(): Noun {
		return this.#lexicon.get('noun', this.#rank('noun', this.#topic.nouns, 0.3));
	}

	/** A noun phrase; at the top (depth 0) a name may stand for one, unless `named` is false. */
	nounPhrase(depth = 0, named = depth === 0): NounPhrase {
		const r = this.#random;
		if (named && r.chance(0.25)) {
			const person = r.chance(0.6);
			const kind = person ? 'person' : 'place';
			const rank = this.#rank(kind, person ? this.#topic.people : this.#topic.places, 0.7);
			return { head: { name: this.#lexicon.get(kind, rank) }, plural: false, definite: true };
		}
		const noun = this.noun();
		// Mass nouns (information, equipment) take no article and no plural when indefinite.
		const definite = r.chance(0.4);
		const np: NounPhrase = {
			head: { noun },
			plural: !noun.mass && r.chance(0.5),
			definite,
			demonstrative: depth === 0 && r.chance(0.2)
		};
		if (r.chance(0.4))
			np.adjective = this.#lexicon.get('adjective', this.#rank('adjective', null, 0));
		if (depth === 0 && r.chance(0.35)) np.of = this.nounPhrase(1);
		return np;
	}

	adverbial(): Adverbial {
		const r = this.#random;
		const kind = r.weighted([
			['pp', 80],
			['year', 7],
			['date', 7],
			['percent', 6]
		] as const);
		if (kind === 'year') return { kind, year: r.int(1990, 2025) };
		if (kind === 'date') return { kind, day: r.int(1, 28), month: r.int(1, 12) };
		if (kind === 'percent') return { kind, value: r.int(2, 95) };
		return {
			kind,
			preposition: r.weighted(PREPOSITIONS.map((p) => [p, p[4]] as const)),
			np: this.nounPhrase(1)
		};
	}

	clause(): Clause {
		const r = this.#random;
		const clause: Clause = {
			subject: this.nounPhrase(),
			verb: this.#lexicon.get('verb', this.#rank('verb', null, 0)),
			tense: r.weighted([
				['past', 45],
				['present', 25],
				['perfect', 20],
				['future', 10]
			] as const),
			adverbials: Array.from(
				{
					length: r.weighted([
						[0, 20],
						[1, 45],
						[2, 35]
					] as const)
				},
				() => this.adverbial()
			)
		};
		if (r.chance(0.1)) clause.object = { count: this.count(), noun: this.noun() };
		else if (r.chance(0.7)) clause.object = this.nounPhrase();
		return clause;
	}

	count(): number {
		const r = this.#random;
		return r.weighted([
			[r.int(2, 99), 55],
			[r.int(100, 999), 20],
			[r.int(1000, 9999), 15],
			[r.int(10, 999) * 1000, 10]
		] as const);
	}

	sentence(): Sentence {
		const r = this.#random;
		const clauses = Array.from(
			{
				length: r.weighted([
					[1, 25],
					[2, 45],
					[3, 30]
				] as const)
			},
			() => this.clause()
		);
		const sentence: Sentence = {
			clauses,
			connectors: clauses.slice(1).map(() => r.weighted(CONNECTORS)),
			quoted: r.chance(0.06)
		};
		if (r.chance(0.08)) sentence.opener = { according: this.nounPhrase(1) };
		else if (r.chance(0.12)) sentence.opener = { words: r.pick(OPENERS) };
		return sentence;
	}

	/** A heading: a noun phrase, maybe with a prepositional phrase (a title always has one). */
	heading(title: boolean): Heading {
		const np = this.nounPhrase(0, false);
		if (!title && this.#random.chance(0.6)) return { np };
		const pp = this.adverbial();
		return pp.kind === 'pp' ? { np, pp } : { np };
	}
}

// ---------------------------------------------------------------------------------------------
// Writing a plan in each language

// Each language's own digits and grouping (Intl, CLDR): 12,500 · 12 500 · ۱۲٬۵۰۰; years ungrouped.
const NUMBERS = Object.fromEntries(
	LANGUAGE_CODES.map((l) => [l, new Intl.NumberFormat(l)])
) as Record<LanguageCode, Intl.NumberFormat>;
const YEARS = Object.fromEntries(
	LANGUAGE_CODES.map((l) => [l, new Intl.NumberFormat(l, { useGrouping: false })])
) as Record<LanguageCode, Intl.NumberFormat>;
const formatNumber = (value: number, language: LanguageCode) => NUMBERS[language].format(value);

const russianPlural = new Intl.PluralRules('ru');
const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** How one language writes a plan: its noun phrases, adverbials and clauses. */
interface Grammar {
	np(p: NounPhrase, c?: Case): string[];
	adverbial(a: Adverbial): string[];
	clause(c: Clause): string[];
	opener(o: Opener): string;
	connector(c: Connector): string;
	/** The finished sentence from its joined words. */
	close(text: string, quoted: boolean): string;
}

const englishGrammar: Grammar = {
	np(p) {
		const words: string[] = [];
		if ('name' in p.head) words.push(p.head.name.en);
		else {
			const noun = p.plural ? p.head.noun.en.pl : p.head.noun.en.sg;
			const first = p.adjective?.en ?? noun;
			const bare = p.plural || p.head.noun.mass;
			const article = p.definite ? 'the' : bare ? '' : /^[aeiou]/.test(first) ? 'an' : 'a';
			if (article) words.push(article);
			if (p.adjective) words.push(p.adjective.en);
			words.push(noun);
		}
		if (p.of) words.push('of', ...this.np(p.of));
		return words;
	},
	adverbial(a) {
		if (a.kind === 'year') return ['in', YEARS.en.format(a.year)];
		if (a.kind === 'date')
			return ['on', MONTHS.en[a.month - 1] as string, formatNumber(a.day, 'en')];
		if (a.kind === 'percent') return ['by', formatNumber(a.value, 'en'), 'percent'];
		return [a.preposition[0], ...this.np(a.np)];
	},
	clause(c) {
		const plural = c.subject.plural;
		const verb = {
			past: [c.verb.en.past],
			present: [plural ? c.verb.en.base : c.verb.en.s],
			perfect: [plural ? 'have' : 'has', c.verb.en.past],
			future: ['will', c.verb.en.base]
		}[c.tense];
		const object = !c.object
			? []
			: 'count' in c.object
				? [formatNumber(c.object.count, 'en'), c.object.noun.en.pl]
				: this.np(c.object);
		return [
			...this.np(c.subject),
			...verb,
			...object,
			...c.adverbials.flatMap((a) => this.adverbial(a))
		];
	},
	opener: (o) =>
		'words' in o ? `${o.words[0]} ` : `According to ${englishGrammar.np(o.according).join(' ')}, `,
	connector: (c) => c[0],
	close: (text, quoted) => (quoted ? `“${capitalize(text)}.”` : `${capitalize(text)}.`)
};

/** Russian prepositions before a word that would be hard to say after them: во, со, об. */
function russianPreposition(word: string, next: string): string {
	const n = next.toLowerCase();
	if (word === 'о' && /^[аоуэиы]/.test(n)) return 'об';
	if (word === 'в' && /^[вф][^аоуэиыеёюя]/.test(n)) return 'во';
	if (word === 'с' && /^[сзшж][^аоуэиыеёюя]/.test(n)) return 'со';
	return word;
}

const genderOf = (p: NounPhrase): Gender | 'pl' =>
	p.plural ? 'pl' : 'name' in p.head ? p.head.name.ru.gender : p.head.noun.ru.gender;

const russianGrammar: Grammar = {
	np(p, c = 'nom') {
		const words: string[] = [];
		if ('name' in p.head) words.push(p.head.name.ru.cases[c]);
		else {
			const noun = p.head.noun.ru;
			if (p.adjective) words.push(p.adjective.ru[p.plural ? 'pl' : noun.gender][c]);
			words.push(noun[p.plural ? 'pl' : 'sg'][c]);
		}
		if (p.of) words.push(...this.np(p.of, 'gen'));
		return words;
	},
	adverbial(a) {
		if (a.kind === 'year') return ['в', YEARS.ru.format(a.year), 'году'];
		if (a.kind === 'date') return [formatNumber(a.day, 'ru'), MONTHS.ru[a.month - 1] as string];
		if (a.kind === 'percent') return ['на', `${formatNumber(a.value, 'ru')}%`];
		const words = this.np(a.np, a.preposition[2]);
		return [russianPreposition(a.preposition[1], words[0] as string), ...words];
	},
	clause(c) {
		const number = c.subject.plural ? 1 : 0;
		const verb = {
			past: [c.verb.ru.past[genderOf(c.subject)]],
			present: [c.verb.ru.present[number] as string],
			perfect: [c.verb.ru.past[genderOf(c.subject)]],
			future: [number ? 'будут' : 'будет', c.verb.ru.infinitive]
		}[c.tense];
		let object: string[] = [];
		if (c.object && 'count' in c.object) {
			// 1 (21, 101…) takes the singular, 2–4 the genitive singular, the rest the genitive plural.
			const forms = c.object.noun.ru;
			const category = russianPlural.select(c.object.count);
			const form =
				category === 'one' ? forms.sg.acc : category === 'few' ? forms.sg.gen : forms.pl.gen;
			object = [formatNumber(c.object.count, 'ru'), form];
		} else if (c.object) object = this.np(c.object, 'acc');
		return [
			...this.np(c.subject, 'nom'),
			...verb,
			...object,
			...c.adverbials.flatMap((a) => this.adverbial(a))
		];
	},
	opener: (o) =>
		'words' in o
			? `${o.words[1]} `
			: `По словам ${russianGrammar.np(o.according, 'gen').join(' ')}, `,
	connector: (c) => c[1],
	close: (text, quoted) => (quoted ? `«${capitalize(text)}».` : `${capitalize(text)}.`)
};

const dariGrammar: Grammar = {
	np(p) {
		const modified = Boolean(p.adjective || p.of);
		const words: string[] = [];
		if ('name' in p.head) words.push(p.head.name['fa-AF'][modified ? 'ezafe' : 'base']);
		else {
			const noun = p.head.noun['fa-AF'];
			if (p.plural) words.push(modified ? noun.pluralEzafe : noun.plural);
			else if (!p.definite && !modified) words.push(noun.indefinite);
			else {
				if (!p.definite) words.push('یک');
				else if (p.demonstrative) words.push('این');
				words.push(modified ? noun.ezafe : noun.base);
			}
		}
		if (p.adjective) words.push(p.adjective['fa-AF'][p.of ? 'ezafe' : 'base']);
		if (p.of) words.push(...this.np(p.of));
		return words;
	},
	adverbial(a) {
		if (a.kind === 'year') return ['در', 'سال', YEARS['fa-AF'].format(a.year)];
		if (a.kind === 'date')
			return ['در', formatNumber(a.day, 'fa-AF'), MONTHS['fa-AF'][a.month - 1] as string];
		if (a.kind === 'percent') return ['به', 'میزان', formatNumber(a.value, 'fa-AF'), 'درصد'];
		return [...a.preposition[3].split(' '), ...this.np(a.np)];
	},
	clause(c) {
		// Subject, adverbials, object (definite with را), verb last.
		let object: string[] = [];
		if (c.object && 'count' in c.object)
			object = [formatNumber(c.object.count, 'fa-AF'), c.object.noun['fa-AF'].base];
		else if (c.object) object = [...this.np(c.object), ...(c.object.definite ? ['را'] : [])];
		const verb = c.verb['fa-AF'][c.tense][c.subject.plural ? 1 : 0] as string;
		return [
			...this.np(c.subject),
			...c.adverbials.flatMap((a) => this.adverbial(a)),
			...object,
			verb
		];
	},
	opener: (o) =>
		'words' in o ? `${o.words[2]} ` : `به گفتهٔ ${dariGrammar.np(o.according).join(' ')}، `,
	connector: (c) => c[2],
	close: (text, quoted) => (quoted ? `«${text}».` : `${text}.`)
};

const GRAMMARS: Record<LanguageCode, Grammar> = {
	en: englishGrammar,
	ru: russianGrammar,
	'fa-AF': dariGrammar
};

function writeSentence(sentence: Sentence, language: LanguageCode): string {
	const grammar = GRAMMARS[language];
	let text = sentence.opener ? grammar.opener(sentence.opener) : '';
	sentence.clauses.forEach((c, i) => {
		if (i > 0) text += `${grammar.connector(sentence.connectors[i - 1] as Connector)} `;
		text += grammar.clause(c).join(' ');
	});
	return grammar.close(text, sentence.quoted);
}

function writeHeading(heading: Heading, language: LanguageCode): string {
	const grammar = GRAMMARS[language];
	const words = [...grammar.np(heading.np), ...(heading.pp ? grammar.adverbial(heading.pp) : [])];
	return capitalize(words.join(' '));
}

/**
 * Whether a segment's texts pass what content:check and the translation QA look at in one
 * segment: the same numbers and months in every language, and no typographic fault.
 */
function segmentPasses(texts: Record<LanguageCode, string>): boolean {
	const numbers = numbersIn(texts.en).join(' ');
	const months = monthsIn(texts.en, 'en').join(' ');
	return LANGUAGE_CODES.every(
		(language) =>
			numbersIn(texts[language]).join(' ') === numbers &&
			monthsIn(texts[language], language).join(' ') === months &&
			textDefects(texts[language], language).length === 0 &&
			untranslatedDefect(texts[language], language, { text: texts.en, language: 'en' }) === null
	);
}

const MAX_ATTEMPTS = 50;

/** Plans a segment until its texts pass the checks (a rare clash of words or numbers is redrawn). */
function segment(
	plan: () => Record<LanguageCode, string>,
	id: string
): Record<LanguageCode, string> {
	for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
		const texts = plan();
		if (segmentPasses(texts)) return texts;
	}
	throw new Error(`generator: ${id}: no text passing the checks in ${MAX_ATTEMPTS} attempts`);
}

const BY = {
	source: {
		en: 'Generated text for benchmarks',
		'fa-AF': 'متن ساخته‌شده برای سنجش کارایی',
		ru: 'Сгенерированный текст для замеров производительности'
	},
	translation: {
		en: 'Generated alongside the English for benchmarks',
		'fa-AF': 'همراه با متن انگلیسی برای سنجش کارایی ساخته شده است',
		ru: 'Сгенерировано вместе с английским текстом для замеров производительности'
	}
};

const FIRST_DAY = Date.UTC(2021, 0, 1);
const DAYS = 5 * 365;

/** The slug of the `index`-th generated article (from 0). */
export function generatedSlug(index: number): string {
	return `gen-${String(index + 1).padStart(4, '0')}`;
}

/**
 * The `index`-th article of the library of `seed`: about 52 segments of headings and
 * paragraphs, dated between 2021 and 2025. Articles depend on the lexicon only through the
 * concepts they draw, so the first 100 articles of 1,000 are the 100 of a library of 100.
 */
export function generateArticle(index: number, seed: number, lexicon: Lexicon): GeneratedArticle {
	const random = new Random(hashSeed(seed, 0x5eed, index));
	const writer = new ArticleWriter(random, lexicon);
	const slug = generatedSlug(index);
	const text: Record<LanguageCode, Record<string, string>> = { en: {}, ru: {}, 'fa-AF': {} };
	const blocks: Block[] = [];
	const add = (id: string, texts: Record<LanguageCode, string>) => {
		for (const language of LANGUAGE_CODES) text[language][id] = texts[language];
	};
	const headingTexts = (title: boolean) => {
		const heading = writer.heading(title);
		return Object.fromEntries(LANGUAGE_CODES.map((l) => [l, writeHeading(heading, l)])) as Record<
			LanguageCode,
			string
		>;
	};
	const sentenceTexts = () => {
		const sentence = writer.sentence();
		return Object.fromEntries(LANGUAGE_CODES.map((l) => [l, writeSentence(sentence, l)])) as Record<
			LanguageCode,
			string
		>;
	};

	const titleId = formatSegmentId(slug, '0.1');
	const title = segment(() => headingTexts(true), titleId);
	add(titleId, title);
	blocks.push({ type: 'heading', level: 1, segments: [titleId] });

	const target = random.around(52, 5, 40, 64);
	let count = 1;
	let sinceHeading = 0;
	for (let block = 1; count < target; block++) {
		if (sinceHeading >= random.int(3, 6) && target - count > 4) {
			const id = formatSegmentId(slug, `${block}.1`);
			add(
				id,
				segment(() => headingTexts(false), id)
			);
			blocks.push({ type: 'heading', level: 2, segments: [id] });
			sinceHeading = 0;
			count++;
			continue;
		}
		const size = Math.min(
			target - count,
			random.weighted([
				[1, 25],
				[2, 30],
				[3, 28],
				[4, 17]
			] as const)
		);
		const ids = Array.from({ length: size }, (_, i) => formatSegmentId(slug, `${block}.${i + 1}`));
		for (const id of ids) add(id, segment(sentenceTexts, id));
		blocks.push({ type: 'paragraph', segments: ids });
		sinceHeading++;
		count += size;
	}

	const author = lexicon.get('person', 1 + Math.floor(random.next() * 300));
	const published = new Date(FIRST_DAY + random.int(0, DAYS - 1) * 86_400_000)
		.toISOString()
		.slice(0, 10);
	const meta: ArticleMeta = {
		slug,
		title,
		author: { name: { en: author.en, 'fa-AF': author['fa-AF'].base, ru: author.ru.cases.nom } },
		published,
		source: {
			publisher: 'Parallel Reader (generated library for benchmarks)',
			section: 'Generated',
			url: null,
			format: 'JSON'
		},
		sourceLanguage: 'en',
		languages: [...LANGUAGE_CODES],
		translations: {
			en: { status: 'source', by: BY.source },
			'fa-AF': { status: 'draft', by: BY.translation },
			ru: { status: 'draft', by: BY.translation }
		},
		lostLinks: [],
		segmentNotes: [],
		numberExceptions: []
	};
	return { slug, meta, structure: { blocks }, text };
}

/** A lexicon for a library of `seed`, guarded against the terms of a glossary. */
export function createLexicon(seed: number, terms: readonly Term[]): Lexicon {
	return new Lexicon(seed, new WordGuard(terms), FUNCTION_WORDS);
}
