import { z } from 'zod';
import { languageCode, SEGMENT_ID } from './schema.ts';

export const TERM_TYPES = [
	'person',
	'organization',
	'place',
	'agreement',
	'event',
	'concept'
] as const;
const CONFIDENCE = ['high', 'medium', 'low'] as const;

const nonEmpty = z.string().trim().min(1);

/** How one language names a concept, how it appears in running text, and what it is. */
export const termInLanguageSchema = z.strictObject({
	/** The name readers of this language should use. */
	label: nonEmpty,
	/** Short forms: KCNA, ЦТАК. */
	abbreviations: z.array(nonEmpty).default([]),
	/** Other names of the same concept (Gerasimov's "Agreement" for the Treaty). */
	otherNames: z.array(nonEmpty).default([]),
	/** Surface forms in running text: Russian cases, Dari spellings, adjectives and demonyms. */
	forms: z.array(nonEmpty).default([]),
	/** Two to four sentences for a reader of this language. */
	definition: nonEmpty,
	/** Where this rendering comes from. */
	source: nonEmpty,
	confidence: z.enum(CONFIDENCE)
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
