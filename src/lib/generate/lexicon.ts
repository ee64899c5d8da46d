import { stemmer as russianStemmer } from '@orama/stemmers/russian';
import type { Term } from '../content/glossary-schema.ts';
import { findTerms, prepareMatchers, surfaceForms } from '../content/terms.ts';
import { LANGUAGE_CODES, type LanguageCode } from '../languages.ts';
import { monthsIn } from '../qa/checks.ts';
import { searchKey } from '../text/normalize.ts';
import { hashSeed, Random } from './random.ts';
import { splitWords } from '../text/letters.ts';

// Invented words for a benchmark library: each concept has a word in every language, made of
// that language's letters and inflected as that language inflects (English -s/-ed/-ing,
// Russian cases and past-tense gender, Dari ‌ها/می‌ with ZWNJ and ezafe), so that indexes,
// stemming and folding meet the same shapes they meet in real text.

export const CASES = ['nom', 'gen', 'dat', 'acc', 'ins', 'loc'] as const;
export type Case = (typeof CASES)[number];
export type Gender = 'm' | 'f' | 'n';
type CaseForms = Record<Case, string>;

export interface Noun {
	/** Uncountable: no article when indefinite, never plural. */
	mass: boolean;
	en: { sg: string; pl: string };
	ru: { gender: Gender; sg: CaseForms; pl: CaseForms };
	'fa-AF': DariNominal & { plural: string; pluralEzafe: string; indefinite: string };
}

export interface Verb {
	en: { base: string; s: string; past: string; ing: string };
	ru: { infinitive: string; present: [string, string]; past: Record<Gender | 'pl', string> };
	/** Third person singular and plural of each tense; compound verbs are two words. */
	'fa-AF': Record<'past' | 'present' | 'perfect' | 'future', [string, string]>;
}

export interface Adjective {
	en: string;
	ru: Record<Gender | 'pl', CaseForms>;
	'fa-AF': DariNominal;
}

/** A person (a surname) or a place, transliterated alike into the three scripts. */
export interface Name {
	en: string;
	ru: { gender: Gender; cases: CaseForms };
	'fa-AF': DariNominal;
}

/** A Dari noun or adjective, and its form before an ezafe modifier. */
interface DariNominal {
	base: string;
	ezafe: string;
}

export type Kind = 'noun' | 'verb' | 'adjective' | 'person' | 'place';
type Entry = { noun: Noun; verb: Verb; adjective: Adjective; person: Name; place: Name };

const ZWNJ = '\u200C';
const MAX_ATTEMPTS = 200;
const KINDS: Kind[] = ['noun', 'verb', 'adjective', 'person', 'place'];

type Matchers = ReturnType<typeof prepareMatchers>;

/** Checks invented words against the glossary and the month names the QA's date check reads. */
export class WordGuard {
	#matchers: Record<LanguageCode, Matchers>;
	#words: Record<LanguageCode, Set<string>>;
	#russianStems = new Set<string>();

	constructor(terms: readonly Term[]) {
		this.#matchers = Object.fromEntries(
			LANGUAGE_CODES.map((l) => [l, prepareMatchers(terms, l)])
		) as Record<LanguageCode, Matchers>;
		this.#words = Object.fromEntries(LANGUAGE_CODES.map((l) => [l, new Set<string>()])) as Record<
			LanguageCode,
			Set<string>
		>;
		for (const language of LANGUAGE_CODES) {
			for (const term of terms) {
				for (const form of surfaceForms(term, language)) {
					const keys = [searchKey(form), searchKey(form.replaceAll(ZWNJ, ''))];
					for (const word of keys.flatMap(splitWords)) {
						this.#words[language].add(word);
						if (language === 'ru') this.#russianStems.add(russianStemmer(word));
					}
				}
			}
		}
	}

	/**
	 * Whether text made of these forms can never show a glossary term: no word of a term's
	 * forms (so no multi-word name can be completed), no Russian stem of one, no term found by
	 * the matcher itself, and no month name that the date check would read beside a number.
	 */
	allows(language: LanguageCode, forms: readonly string[]): boolean {
		for (const form of forms) {
			for (const word of splitWords(searchKey(form))) {
				if (language === 'fa-AF' && DARI_AFFIXES.has(word)) continue;
				if (this.#words[language].has(word)) return false;
				if (language === 'ru' && this.#russianStems.has(russianStemmer(word))) return false;
			}
			const capitalized = form.charAt(0).toLocaleUpperCase() + form.slice(1);
			if (monthsIn(`1 ${form}`, language).length || monthsIn(`1 ${capitalized}`, language).length)
				return false;
		}
		return findTerms(forms.join(' / '), language, this.#matchers[language]).length === 0;
	}
}

// Suffixes and prefixes Dari joins with a ZWNJ (the search key splits there): every noun has
// ‌ها, so these alone say nothing about a term; the matcher still sees the whole word.
const DARI_AFFIXES = new Set(['ها', 'های', 'ای', 'می', 'نمی', 'اند', 'شده', 'نامه', 'مند']);

/**
 * The invented vocabulary of one library: the concept of each kind at each frequency rank,
 * made the first time it is asked for, from the seed, the kind and the rank. Every surface word
 * belongs to one concept only and passes the guard.
 */
export class Lexicon {
	#seed: number;
	#guard: WordGuard;
	#entries = new Map<string, Entry[Kind]>();
	#taken: Record<LanguageCode, Set<string>>;

	constructor(seed: number, guard: WordGuard, reserved: Record<LanguageCode, readonly string[]>) {
		this.#seed = seed;
		this.#guard = guard;
		this.#taken = {
			en: new Set(reserved.en.map((w) => w.toLowerCase())),
			ru: new Set(reserved.ru.map((w) => w.toLowerCase())),
			'fa-AF': new Set(reserved['fa-AF'])
		};
	}

	/** The concept of `kind` at frequency `rank` (1 is the most frequent). */
	get<K extends Kind>(kind: K, rank: number): Entry[K] {
		const id = `${kind}:${rank}`;
		const known = this.#entries.get(id);
		if (known) return known as Entry[K];
		for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			const random = new Random(hashSeed(this.#seed, KINDS.indexOf(kind), rank, attempt));
			// Frequent words are short (Zipf's law of abbreviation); a retry may take a syllable more.
			const syllables =
				(rank <= 60 ? 1 : rank <= 1500 ? 1 + Number(random.chance(0.6)) : 2) +
				Number(random.chance(0.3)) +
				Math.floor(attempt / 8);
			const entry = MAKERS[kind](random, syllables) as Entry[K];
			const words = wordsOf(entry);
			if (this.#accept(words)) {
				this.#entries.set(id, entry);
				return entry;
			}
		}
		throw new Error(
			`lexicon: no ${kind} at rank ${rank} passed the glossary guard in ${MAX_ATTEMPTS} attempts`
		);
	}

	#accept(words: Record<LanguageCode, string[]>): boolean {
		for (const language of LANGUAGE_CODES) {
			const own = words[language];
			if (own.some((w) => this.#taken[language].has(w))) return false;
			if (!this.#guard.allows(language, own)) return false;
		}
		for (const language of LANGUAGE_CODES) {
			for (const word of words[language]) this.#taken[language].add(word);
		}
		return true;
	}
}

/** The words a concept owns in each language (not the shared light verbs and auxiliaries). */
function wordsOf(entry: Entry[Kind]): Record<LanguageCode, string[]> {
	const collect = (value: unknown, out: Set<string>) => {
		if (typeof value === 'string') out.add(value);
		else if (value && typeof value === 'object')
			for (const [key, v] of Object.entries(value)) if (key !== 'gender') collect(v, out);
	};
	const result = {} as Record<LanguageCode, string[]>;
	for (const language of LANGUAGE_CODES) {
		const forms = new Set<string>();
		collect(entry[language], forms);
		const words = [...forms]
			.flatMap((f) => f.split(/\s+/))
			.filter((w) => !SHARED_WORDS.has(w))
			.map((w) => (language === 'fa-AF' ? w : w.toLowerCase()));
		result[language] = [...new Set(words)];
	}
	return result;
}

// ---------------------------------------------------------------------------------------------
// English

const EN_ONSETS =
	'b c d f g h j l m n p r s t v w br cr dr fr gr pr tr bl cl fl gl pl sl sc sp st sh ch th str sw'
		.split(' ')
		.concat(['', '', '']);
const EN_NUCLEI = 'a e i o u a e i o u a e i o a e i ai ea ee oo ou oa'.split(' ');
const EN_CODAS = [
	'',
	'',
	'',
	'n',
	'r',
	'l',
	's',
	't',
	'd',
	'm',
	'nd',
	'nt',
	'st',
	'rt',
	'ck',
	'ng'
];
const EN_INNER_CODAS = ['', '', '', 'n', 'r', 'l', 's', 'm', 't'];

function englishStem(random: Random, syllables: number): string {
	let word = '';
	for (let i = 0; i < syllables; i++) {
		const last = i === syllables - 1;
		const onset =
			i > 0 && /[^aeiou]$/.test(word)
				? random.pick(['', 'b', 'd', 'l', 'm', 'n', 'p', 'r', 't', 'v'])
				: random.pick(EN_ONSETS);
		word += onset + random.pick(EN_NUCLEI) + random.pick(last ? EN_CODAS : EN_INNER_CODAS);
	}
	return word;
}

/** Joins a suffix, dropping a final vowel before a suffix that starts with one (trade → trading). */
function attach(stem: string, suffix: string): string {
	if (!/^[aeiouy]/.test(suffix) || !/[aeiou]$/.test(stem)) return stem + suffix;
	// A long vowel keeps one letter before a suffix that starts with the same one (free + er).
	if (/(ee|oo)$/.test(stem))
		return stem.endsWith(suffix[0] as string) ? stem + suffix.slice(1) : stem + suffix;
	return stem.slice(0, -1) + suffix;
}

function englishPlural(word: string): string {
	if (/(s|x|z|sh|ch)$/.test(word)) return `${word}es`;
	if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
	return `${word}s`;
}

function englishPast(word: string): string {
	if (word.endsWith('e')) return `${word}d`;
	if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ied`;
	return `${word}ed`;
}

// ---------------------------------------------------------------------------------------------
// Russian

const RU_CONSONANTS =
	'в д к л м н п р с т в д к л м н п р с т б г з ж ф х ц ч ш щ ст пр тр кр др гр вл сл зв'.split(
		' '
	);
const RU_VOWELS = 'а о е и у а о е и я ю'.split(' ');
const RU_FINALS = 'в д к л м н п р с т б г з ш ч нт рт ст рк лк'.split(' ');

function russianStem(random: Random, syllables: number): string {
	let word = '';
	for (let i = 0; i < syllables; i++) word += random.pick(RU_CONSONANTS) + random.pick(RU_VOWELS);
	return word + random.pick(RU_FINALS);
}

/** Russian spelling rules the endings meet: кы → ки, шя → ша, чю → чу. */
const spellRussian = (word: string) =>
	word
		.replace(/([гкхжшчщ])ы/g, '$1и')
		.replace(/([жшчщ])я/g, '$1а')
		.replace(/([жшчщ])ю/g, '$1у');

function russianCases(stem: string, endings: string): CaseForms {
	const parts = endings.split(',');
	return Object.fromEntries(
		CASES.map((c, i) => [c, spellRussian(stem + (parts[i] as string))])
	) as CaseForms;
}

// Declension classes: gender, singular endings, plural endings (nom, gen, dat, acc, ins, loc).
const RU_NOUN_CLASSES: [Gender, string, string, string, number][] = [
	['m', '', ',а,у,,ом,е', 'ы,ов,ам,ы,ами,ах', 40],
	['f', '', 'а,ы,е,у,ой,е', 'ы,,ам,ы,ами,ах', 22],
	['n', '', 'о,а,у,о,ом,е', 'а,,ам,а,ами,ах', 5],
	['n', 'ени', 'е,я,ю,е,ем,и', 'я,й,ям,я,ями,ях', 13],
	['f', 'ост', 'ь,и,и,ь,ью,и', 'и,ей,ям,и,ями,ях', 8],
	['f', 'аци', 'я,и,и,ю,ей,и', 'и,й,ям,и,ями,ях', 12]
];

const RU_ADJECTIVE_ENDINGS: Record<Gender | 'pl', string> = {
	m: 'ый,ого,ому,ый,ым,ом',
	f: 'ая,ой,ой,ую,ой,ой',
	n: 'ое,ого,ому,ое,ым,ом',
	pl: 'ые,ых,ым,ые,ыми,ых'
};

const RU_PREFIXES = ['по', 'за', 'вы', 'про', 'пере', 'об', 'от', 'раз', 'у', 'на'];
const RU_VERB_CLASSES: [string, string, string, string, number][] = [
	['а', 'ать', 'ает', 'ают', 45],
	['ова', 'овать', 'ует', 'уют', 25],
	['и', 'ить', 'ит', 'ят', 30]
];

// ---------------------------------------------------------------------------------------------
// Dari (Persian letters only: ی and ک, never Arabic ي and ك)

// Weighted by how often Dari text uses each letter; the Arabic-only letters are rare.
const FA_CONSONANTS =
	'ب ت د ر ز س ش ف ک گ ل م ن ج خ ق پ چ ب ت د ر س ش ک م ن ر ن م د ت ه ح ع ص ط غ ژ'.split(' ');
const FA_VOWELS = ['ا', 'و', 'ی'];

function dariStem(random: Random, syllables: number): string {
	let word = random.chance(0.12) ? random.pick(['ا', 'آ']) : '';
	const consonant = () => {
		let c = random.pick(FA_CONSONANTS);
		while (word.endsWith(c)) c = random.pick(FA_CONSONANTS);
		return c;
	};
	for (let i = 0; i < syllables; i++) {
		word += consonant();
		if (random.chance(0.6)) word += random.pick(FA_VOWELS);
		if (random.chance(0.3) || i === syllables - 1) word += consonant();
	}
	return word;
}

/** The form before an ezafe modifier: کوریا → کوریای, خانه → خانهٔ, otherwise unwritten. */
function ezafe(word: string): string {
	if (/[اوآ]$/.test(word)) return `${word}ی`;
	if (word.endsWith('ه')) return `${word}\u0654`;
	return word;
}

function dariIndefinite(word: string): string {
	if (/[اوآ]$/.test(word)) return `${word}یی`;
	if (/[هی]$/.test(word)) return `${word}${ZWNJ}ای`;
	return `${word}ی`;
}

const FA_LIGHT_VERBS: [string, string, number][] = [
	['کرد', 'کن', 40],
	['نمود', 'نمای', 8],
	['شد', 'شو', 20],
	['داد', 'ده', 12],
	['گرفت', 'گیر', 10],
	['ساخت', 'ساز', 10]
];

/** Words shared by many verbs (light verbs and auxiliaries): not a concept's own words. */
const SHARED_WORDS = new Set([
	...FA_LIGHT_VERBS.flatMap(([past, present]) => [
		past,
		`${past}ند`,
		`${past}ه`,
		'است',
		'اند',
		`می`,
		present + 'د',
		present + 'ند'
	]),
	'خواهد',
	'خواهند'
]);

// ---------------------------------------------------------------------------------------------
// Names: syllables spelled in all three scripts

const NAME_SYLLABLES: [string, string, string][] = (
	'ka ка کا|ko ко کو|ku ку کو|ki ки کی|ra ра را|ro ро رو|ri ри ری|ma ма ما|mo мо مو|na на نا|' +
	'no но نو|ni ни نی|ta та تا|to то تو|ti ти تی|sa са سا|so со سو|la ла لا|lo ло لو|li ли لی|' +
	'da да دا|do до دو|ba ба با|bo бо بو|ga га گا|go го گو|za за زا|sha ша شا|va ва وا|ya я یا|' +
	'yu ю یو|kha ха خا|ze зе ز|re ре ر|ne не ن|te те ت|se се س|le ле ل|me ме م|de де د|be бе ب|' +
	'kan кан کان|tor тор تور|mir мир میر|dal дал دال|bar бар بار|sul сул سول|gul гул گل|nur нур نور'
)
	.split('|')
	.map((s) => s.split(' ') as [string, string, string]);

// Endings: English, Russian stem, Dari, Russian gender and case endings ('' = indeclinable).
const PERSON_ENDINGS: [string, string, string, Gender, string][] = [
	['ov', 'ов', 'وف', 'm', ',а,у,а,ым,е'],
	['in', 'ин', 'ین', 'm', ',а,у,а,ым,е'],
	['ev', 'ев', 'یف', 'm', ',а,у,а,ым,е'],
	['enko', 'енко', 'ینکو', 'm', ''],
	['zai', 'зай', 'زی', 'm', '']
];
const PLACE_ENDINGS: [string, string, string, Gender, string][] = [
	['abad', 'абад', 'آباد', 'm', ',а,у,,ом,е'],
	['grad', 'град', 'گراد', 'm', ',а,у,,ом,е'],
	['stan', 'стан', 'ستان', 'm', ',а,у,,ом,е'],
	['pur', 'пур', 'پور', 'm', ',а,у,,ом,е'],
	['ia', 'и', 'یه', 'f', 'я,и,и,ю,ей,и']
];

function makeName(
	random: Random,
	syllables: number,
	endings: [string, string, string, Gender, string][]
): Name {
	const parts = Array.from({ length: syllables }, () => random.pick(NAME_SYLLABLES));
	const [en, ru, fa, gender, cases] = random.pick(endings);
	const enWord = parts.map((p) => p[0]).join('') + en;
	const ruStem = parts.map((p) => p[1]).join('') + ru;
	const ruWord = ruStem.charAt(0).toUpperCase() + ruStem.slice(1);
	const faWord = parts.map((p) => p[2]).join('') + fa;
	return {
		en: enWord.charAt(0).toUpperCase() + enWord.slice(1),
		ru: {
			gender,
			cases: cases
				? russianCases(ruWord, cases)
				: (Object.fromEntries(CASES.map((c) => [c, ruWord])) as CaseForms)
		},
		'fa-AF': { base: faWord, ezafe: ezafe(faWord) }
	};
}

// ---------------------------------------------------------------------------------------------

const MAKERS: { [K in Kind]: (random: Random, syllables: number) => Entry[K] } = {
	noun(random, syllables) {
		let en = englishStem(random, syllables);
		if (random.chance(0.25))
			en = attach(
				en,
				random.pick(['tion', 'ment', 'ness', 'ity', 'ance', 'ship', 'ism', 'ure', 'age', 'er'])
			);
		const [gender, infix, sg, pl] = random.weighted(RU_NOUN_CLASSES.map((c) => [c, c[4]] as const));
		const ruStem = russianStem(random, syllables) + infix;
		let fa = dariStem(random, syllables);
		const derivation = random.weighted([
			['', 50],
			['ی', 15],
			['ه', 10],
			['ش', 5],
			['گاه', 5],
			['ستان', 3],
			[`${ZWNJ}نامه`, 4],
			['compound', 8]
		] as const);
		fa = derivation === 'compound' ? `${fa}${ZWNJ}${dariStem(random, 1)}` : fa + derivation;
		return {
			mass: random.chance(0.3),
			en: { sg: en, pl: englishPlural(en) },
			ru: { gender, sg: russianCases(ruStem, sg), pl: russianCases(ruStem, pl) },
			'fa-AF': {
				base: fa,
				ezafe: ezafe(fa),
				plural: `${fa}${ZWNJ}ها`,
				pluralEzafe: `${fa}${ZWNJ}های`,
				indefinite: dariIndefinite(fa)
			}
		};
	},
	verb(random, syllables) {
		let en = englishStem(random, syllables);
		if (random.chance(0.3)) en = attach(en, random.pick(['ate', 'ize', 'en', 'ify']));
		const [theme, infinitive, present3sg, present3pl] = random.weighted(
			RU_VERB_CLASSES.map((c) => [c, c[4]] as const)
		);
		const prefix = random.chance(0.25) ? random.pick(RU_PREFIXES) : '';
		const ruStem = prefix + russianStem(random, syllables);
		const ruPast = (ending: string) => spellRussian(`${ruStem}${theme}${ending}`);
		let fa: Verb['fa-AF'];
		if (random.chance(0.15)) {
			const present = dariStem(random, syllables);
			const past = `${present}ید`;
			fa = {
				past: [past, `${past}ند`],
				present: [`می${ZWNJ}${present}د`, `می${ZWNJ}${present}ند`],
				perfect: [`${past}ه است`, `${past}ه${ZWNJ}اند`],
				future: [`خواهد ${past}`, `خواهند ${past}`]
			};
		} else {
			const part = dariStem(random, syllables);
			const [past, present] = random.weighted(FA_LIGHT_VERBS.map((v) => [v, v[2]] as const));
			fa = {
				past: [`${part} ${past}`, `${part} ${past}ند`],
				present: [`${part} می${ZWNJ}${present}د`, `${part} می${ZWNJ}${present}ند`],
				perfect: [`${part} ${past}ه است`, `${part} ${past}ه${ZWNJ}اند`],
				future: [`${part} خواهد ${past}`, `${part} خواهند ${past}`]
			};
		}
		return {
			en: {
				base: en,
				s: englishPlural(en),
				past: englishPast(en),
				ing: attach(en.replace(/([^e])e$/, '$1'), 'ing')
			},
			ru: {
				infinitive: spellRussian(ruStem + infinitive),
				present: [spellRussian(ruStem + present3sg), spellRussian(ruStem + present3pl)],
				past: { m: ruPast('л'), f: ruPast('ла'), n: ruPast('ло'), pl: ruPast('ли') }
			},
			'fa-AF': fa
		};
	},
	adjective(random, syllables) {
		let en = englishStem(random, syllables);
		if (random.chance(0.45))
			en = attach(en, random.pick(['al', 'ive', 'ous', 'ic', 'ful', 'less', 'able', 'ary', 'ent']));
		const ruStem = russianStem(random, syllables) + random.pick(['н', 'ск', 'ов', '']);
		const fa =
			dariStem(random, syllables) +
			random.weighted([
				['ی', 50],
				['انه', 10],
				[`${ZWNJ}مند`, 10],
				[`${ZWNJ}شده`, 10],
				['', 20]
			] as const);
		return {
			en,
			ru: {
				m: russianCases(ruStem, RU_ADJECTIVE_ENDINGS.m),
				f: russianCases(ruStem, RU_ADJECTIVE_ENDINGS.f),
				n: russianCases(ruStem, RU_ADJECTIVE_ENDINGS.n),
				pl: russianCases(ruStem, RU_ADJECTIVE_ENDINGS.pl)
			},
			'fa-AF': { base: fa, ezafe: ezafe(fa) }
		};
	},
	person: (random, syllables) => makeName(random, Math.min(3, syllables), PERSON_ENDINGS),
	place: (random, syllables) => makeName(random, Math.min(3, syllables), PLACE_ENDINGS)
};
