// Word lists shared by the venue cleaners (venue-text.ts, venue-tail.ts) and the segment features.

/** Words that mark a text as the name of a journal, conference or collection. */
export const VENUE_WORDS =
  /\b(?:journal|proceedings|proc\.|conference|conf\.|symposium|symp\.|workshop|transactions|trans\.|review|revue|rev\.|letters|lett\.|bulletin|bull\.|annals|ann\.|magazine|quarterly|gazette|zeitschrift|rivista|revista|cahiers|archives?|acta|studies in|series|meeting|congress|colloquium|forum|advances in|reports?|research|science|sciences|communications|frontiers|nature|physical|physics|chemistry|mathematics|mathematical|statistics|engineering|medicine|medical|computing|computer|economics|economic|psychology|society|association|institute|annual|international|national|jahrbuch|anais|actas|atti)\b/i;

/** Publisher or place: "London: Penguin", "John Wiley & Sons", "Oxford University Press". */
export const PUBLISHER =
  /\b(?:press|publishers?|publishing|publications|verlag|editions?|éditions|editora|editorial|edizioni|books|wiley|springer(?:-verlag)?|elsevier|routledge|macmillan|penguin|sons|ltd|inc|co\.|gmbh|seuil|gallimard|mit press|cambridge university|oxford university|harper|norton|random house|academic press|mcgraw-hill|addison-wesley|prentice[- ]hall|north-holland|sage|blackwell|taylor & francis|de gruyter|brill|kluwer|birkhäuser|pearson|dover|basic books|vintage|knopf|scribner|longman)\b/i;

export const PLACE_PUBLISHER = /^[\p{Lu}][\p{L}. ,/'-]{1,40}(?:,\s*[\p{Lu}]{2})?\s?:\s*[\p{Lu}\p{N}]/u;
