import { describe, expect, it } from 'vitest';
import { readContentTree } from '../server/content';
import { LANGUAGE_CODES, type LanguageCode } from '../languages';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
	it.each<[LanguageCode, string, string[]]>([
		['en', 'Dr. Smith came. He left.', ['Dr. Smith came.', 'He left.']],
		['en', 'The U.S. State Department spoke. Then.', ['The U.S. State Department spoke.', 'Then.']],
		['en', 'J. R. R. Tolkien wrote it. Then.', ['J. R. R. Tolkien wrote it.', 'Then.']],
		['en', '"Go!" he said. Then he went.', ['"Go!" he said.', 'Then he went.']],
		['en', 'It ended. "I will speak," he said.', ['It ended.', '"I will speak," he said.']],
		['en', 'He said: "One. Two." And left.', ['He said: "One.', 'Two."', 'And left.']],
		['en', 'It cost 3.5 million. Yes.', ['It cost 3.5 million.', 'Yes.']],
		['ru', 'В 2025 г. Путин сказал. Да.', ['В 2025 г. Путин сказал.', 'Да.']],
		['ru', 'Т. е. так. В. В. Путин пришёл.', ['Т. е. так.', 'В. В. Путин пришёл.']],
		['ru', '«Мы пришли». Потом ушли.', ['«Мы пришли».', 'Потом ушли.']],
		['fa-AF', 'او آمد. آیا رفت؟ بلی!', ['او آمد.', 'آیا رفت؟', 'بلی!']],
		['fa-AF', '«ما آمدیم.» سپس رفتیم.', ['«ما آمدیم.»', 'سپس رفتیم.']]
	])('%s: %s', (language, paragraph, sentences) => {
		expect(splitSentences(paragraph, language)).toEqual(sentences);
	});

	// The shipped article was split by hand: the splitter must agree with it in every language.
	it('splits every paragraph of the shipped article as its editors did', () => {
		const files = readContentTree();
		const read = (name: string) =>
			JSON.parse(files.find((f) => f.path === `content/articles/kpa-kursk/${name}`)?.text ?? '');
		const structure = read('structure.json') as { blocks: { segments?: string[] }[] };
		for (const language of LANGUAGE_CODES) {
			const text = read(`${language}.json`) as Record<string, string>;
			for (const block of structure.blocks) {
				if (!block.segments) continue;
				const sentences = block.segments.map((id) => text[id] as string);
				expect(splitSentences(sentences.join(' '), language), block.segments[0]).toEqual(sentences);
			}
		}
	});
});
