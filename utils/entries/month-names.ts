/** Month names and abbreviations CVs use (English, French, German, Spanish, Italian), keyed to 1–12. */
const MONTHS: [RegExp, number][] = [
  [/^(jan|janv|janvier|january|januar|jänner|enero|gennaio|ene)$/, 1],
  [/^(feb|febr|february|fév|fev|févr|fevr|février|fevrier|februar|febrero|febbraio)$/, 2],
  [/^(mar|march|mars|märz|marz|marzo)$/, 3],
  [/^(apr|april|avr|avril|abr|abril|aprile)$/, 4],
  [/^(may|mai|mayo|maggio)$/, 5],
  [/^(jun|june|juin|juni|junio|giugno)$/, 6],
  [/^(jul|july|juil|juillet|juli|julio|luglio)$/, 7],
  [/^(aug|august|août|aout|agosto|ago)$/, 8],
  [/^(sep|sept|september|septembre|septiembre|settembre|set)$/, 9],
  [/^(oct|october|octobre|oktober|okt|octubre|ottobre|ott)$/, 10],
  [/^(nov|november|novembre|noviembre)$/, 11],
  [/^(dec|december|déc|decembre|décembre|dezember|dez|diciembre|dicembre|dic)$/, 12],
];

/** A regex source matching any month word (whole word, optional trailing period). */
export const MONTH_WORD =
  '(?:jan(?:uary|v(?:ier)?|uar)?|j[äa]nner|enero|gennaio|feb(?:r(?:uary|uar|ero)?)?|f[ée]v(?:r(?:ier)?)?|febbraio|mar(?:ch|s|zo)?|m[äa]rz|apr(?:il|ile)?|avr(?:il)?|abr(?:il)?|may(?:o)?|mai|maggio|june?|juin|juni[o]?|giugno|july?|juil(?:let)?|juli[o]?|luglio|aug(?:ust)?|ao[uû]t|agosto|sep(?:t(?:ember|embre|iembre)?)?|settembre|oct(?:ober|obre|ubre)?|okt(?:ober)?|ottobre|nov(?:ember|embre|iembre)?|d[ée]c(?:ember|embre)?|dez(?:ember)?|dic(?:iembre|embre)?)\\.?';

export function monthNumber(word: string): number | null {
  const key = word.toLowerCase().replace(/\.$/, '');
  for (const [pattern, month] of MONTHS) if (pattern.test(key)) return month;
  return null;
}
