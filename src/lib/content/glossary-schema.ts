import { z } from 'zod';
import { languageCode } from './schema.ts';
import { SEGMENT_ID } from './segment-id.ts';

export const TERM_TYPES = [
	'person',
	'organization',
	'place',
	'agreement',
	'event',
	'concept'
] as const;

/**
 * How a term base recommends a name (ISO 12620 administrative status, as TBX writes it): the
 * label is the preferred name; `textVariant` is a wording one text uses and nothing else does
 * (Gerasimov's "Agreement" for the Treaty in the English text), never a name to reuse.
 */
export const NAME_STATUSES = [
	'preferred',
	'admitted',
	'deprecated',
	'obsolete',
	'textVariant'
] as const;
/** How sure the term base is that the name is used as its status says, from its sources. */
export const RELIABILITIES = ['high', 'medium', 'low'] as const;

const nonEmpty = z.string().trim().min(1);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'not an article slug like "kpa-kursk"');

/** A published place where a name is used: a reader can follow it. */
export const nameSourceSchema = z.strictObject({
	publisher: nonEmpty,
	title: nonEmpty,
	/** The day, month or year of publication; left out where the page shows none (such a source
	 * is followable but does not date the usage, which `content:check` asks of Dari and Russian). */
	date: z
		.string()
		.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'not a date like "2025-04-26"')
		.optional(),
	url: z.url({ protocol: /^https?$/ }).optional()
});

/** A note on a name in every interface language, so no reader meets it in another's. */
export const nameNoteSchema = z.strictObject({
	en: nonEmpty,
	'fa-AF': nonEmpty,
	ru: nonEmpty
});

/** One name of a concept in one language, with how it is recommended and what attests it. */
export const nameSchema = z.strictObject({
	name: nonEmpty,
	status: z.enum(NAME_STATUSES),
	reliability: z.enum(RELIABILITIES),
	sources: z.array(nameSourceSchema).default([]),
	/** Why the name has this status or reliability (register, history, where it was chosen), told
	 * to readers in each interface language. */
	note: nameNoteSchema.optional(),
	/** The editor's record of how sources were looked for: the queries as typed and what they found
	 * or did not. English, the term base's working language; readers see it as such. */
	research: nonEmpty.optional()
});

/**
 * A running-text form with matching options. Written as an object, it may also repeat the label,
 * an abbreviation or another name to set how that name is matched.
 */
export const formSchema = z.strictObject({
	form: nonEmpty,
	/** Proper-noun readings only: every capital of the form must be a capital in the text ("West"
	 * the political West, not "west" the direction; «Путина», not «путина» the fishing season). */
	caseSensitive: z.boolean().default(false),
	/** Only in these articles, where the text makes the reading certain ("defectors" here are
	 * North Korean defectors; elsewhere they may be anyone's). */
	articles: z.array(slug).min(1).optional()
});

/** How one language names a concept, how it appears in running text, and what it is. */
export const termInLanguageSchema = z.strictObject({
	/** The name readers of this language should use: its status must be `preferred`. */
	label: nameSchema,
	/** Short forms: KCNA, ЦТАК. */
	abbreviations: z.array(nameSchema).default([]),
	/** Other names of the same concept, each with its status (Kiev obsolete, «Госдеп» colloquial). */
	otherNames: z.array(nameSchema).default([]),
	/** Surface forms in running text: Russian cases, Dari spellings, adjectives and demonyms of
	 * places; a plain string matches anywhere, in any case. */
	forms: z.array(z.union([nonEmpty, formSchema])).default([]),
	/** Phrases around a form that mean it is not this term (“trump card”, «اقیانوس هند و آرام»):
	 * an occurrence inside one of them is dropped. Each must contain a name or form. */
	negativeContexts: z.array(nonEmpty).default([]),
	/** The concept itself, short enough for a popover (at most DEFINITION_MAX_LENGTH characters). */
	definition: nonEmpty,
	/** How this text uses or names the concept (a quoted wording, the author's role): shown on the
	 * term page under the definition, never in the popover, so the definition stays general. */
	note: nonEmpty.optional()
});

export const termSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'not a lowercase ID like "kursk-oblast"'),
	type: z.enum(TERM_TYPES),
	related: z.array(z.string()).default([]),
	en: termInLanguageSchema,
	'fa-AF': termInLanguageSchema,
	ru: termInLanguageSchema,
	/** Segments where the term is rightly found in some languages only, with the reason. */
	exceptions: z
		.array(
			z.strictObject({
				segment: z.string().regex(SEGMENT_ID),
				language: languageCode,
				reason: nonEmpty
			})
		)
		.default([])
});

export type Term = z.infer<typeof termSchema>;
export type TermInLanguage = z.infer<typeof termInLanguageSchema>;
export type TermForm = z.infer<typeof formSchema>;
export type TermName = z.infer<typeof nameSchema>;
export type NameSource = z.infer<typeof nameSourceSchema>;
export type NameNote = z.infer<typeof nameNoteSchema>;
export type NameStatus = (typeof NAME_STATUSES)[number];
export type Reliability = (typeof RELIABILITIES)[number];
