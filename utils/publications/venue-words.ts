// Publisher words shared by the venue cleaners (venue-text.ts, venue-tail.ts) and the segment features;
// the venue words are the lexicon's (utils/lexicon/venues.json).

/** Publisher or place: "London: Penguin", "John Wiley & Sons", "Oxford University Press". */
export const PUBLISHER =
  /\b(?:press|publishers?|publishing|publications|verlag|editions?|éditions|editora|editorial|edizioni|books|wiley|springer(?:-verlag)?|elsevier|routledge|macmillan|penguin|sons|ltd|inc|co\.|gmbh|seuil|gallimard|mit press|cambridge university|oxford university|harper|norton|random house|academic press|mcgraw-hill|addison-wesley|prentice[- ]hall|north-holland|sage|blackwell|taylor & francis|de gruyter|brill|kluwer|birkhäuser|pearson|dover|basic books|vintage|knopf|scribner|longman)\b/i;

export const PLACE_PUBLISHER = /^[\p{Lu}][\p{L}. ,/'-]{1,40}(?:,\s*[\p{Lu}]{2})?\s?:\s*[\p{Lu}\p{N}]/u;
