import { z } from 'zod';
import { LANGUAGE_CODES, type LanguageCode } from '../languages.ts';
import { SEGMENT_ID } from './segment-id.ts';

export const languageCode = z.enum(LANGUAGE_CODES as [LanguageCode, ...LanguageCode[]]);

/**
 * A text given in some of our languages. Which ones it must have depends on the article (its
 * source language always, its title every language it is published in): validate.ts checks that.
 */
const perLanguage = z.strictObject({
	en: z.string().min(1).optional(),
	'fa-AF': z.string().min(1).optional(),
	ru: z.string().min(1).optional()
});

/** A text of an article's metadata, by language; see `localized` for how the UI picks one. */
export type LocalizedText = z.infer<typeof perLanguage>;

const segmentId = z.string().regex(SEGMENT_ID, 'not a segment ID like "slug:3.1"');

/** ISO calendar date that exists (2025-04-31 does not). */
export const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'not a date in the form YYYY-MM-DD')
	.refine((value) => {
		const date = new Date(`${value}T00:00:00Z`);
		return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
	}, 'no such calendar date');

const translationStatus = z.enum(['source', 'draft', 'reviewed']);

const translation = z.object({
	status: translationStatus,
	/** Who wrote this language version, in each UI language. */
	by: perLanguage,
	/** How it was made and checked, in each UI language. */
	note: perLanguage.optional()
});

export const articleMetaSchema = z.strictObject({
	slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'not a lowercase slug'),
	title: perLanguage,
	author: z.strictObject({ name: perLanguage, affiliation: perLanguage.optional() }),
	published: isoDate,
	/** Why the stored date differs from what the source shows, if it does. */
	dateNote: perLanguage.optional(),
	/** Where the text was first published; null for a text first published here, by our editors. */
	source: z
		.strictObject({
			publisher: z.string().min(1),
			section: z.string().min(1),
			url: z.url().nullable(),
			format: z.string().min(1),
			note: perLanguage.optional()
		})
		.nullable(),
	sourceLanguage: languageCode,
	languages: z.array(languageCode).min(1),
	translations: z.partialRecord(languageCode, translation),
	/** Words that were hyperlinks in the original; the targets were lost in its PDF. */
	lostLinks: z.array(z.strictObject({ segment: segmentId, text: z.string().min(1) })).default([]),
	/** Segments an editor should know about: where the import merged sentences or paragraphs. */
	segmentNotes: z
		.array(z.strictObject({ segment: segmentId, note: z.string().min(1) }))
		.default([]),
	/** Segments whose numbers intentionally differ between languages, with the reason. */
	numberExceptions: z
		.array(
			z.strictObject({ segment: segmentId, language: languageCode, reason: z.string().min(1) })
		)
		.default([])
});

const segmentList = z.array(segmentId).min(1);

export const blockSchema = z.discriminatedUnion('type', [
	z.strictObject({
		type: z.literal('heading'),
		level: z.number().int().min(1).max(3),
		segments: segmentList
	}),
	z.strictObject({ type: z.literal('paragraph'), segments: segmentList }),
	/** A layout excerpt of a body segment, shown apart and never read as body text. */
	z.strictObject({ type: z.literal('pullquote'), segments: segmentList, excerptOf: segmentId }),
	z.strictObject({ type: z.literal('signature'), segments: segmentList }),
	z.strictObject({ type: z.literal('bio'), segments: segmentList }),
	/** A list item or enumerated paragraph; its number is structure, shown in each language's digits. */
	z.strictObject({
		type: z.literal('item'),
		style: z.enum(['bullet', 'decimal', 'lower-alpha']),
		number: z.number().int().positive().optional(),
		segments: segmentList
	}),
	z.strictObject({ type: z.literal('break') })
]);

export const structureSchema = z.strictObject({ blocks: z.array(blockSchema).min(1) });

export const segmentMapSchema = z.record(z.string(), z.string());

export type ArticleMeta = z.infer<typeof articleMetaSchema>;
export type Block = z.infer<typeof blockSchema>;
