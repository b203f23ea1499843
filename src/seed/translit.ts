// Russian passport transliteration (ICAO Doc 9303), used to make latin e-mail local parts.
const TABLE: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: 'ie', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
};

/** Lowercase latin letters for a Russian word; characters outside a-z are dropped. */
export function translit(text: string): string {
  return [...text.toLowerCase()]
    .map((ch) => TABLE[ch] ?? ch)
    .join('')
    .replace(/[^a-z]/g, '');
}
