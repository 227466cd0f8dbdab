// The place-and-publisher pattern of the venue cleaners and the segment features; the venue and
// publisher words are the lexicon's (utils/lexicon/venues.json, publishers.json).

/** A place and publisher: "London: Penguin", "Cambridge, MA: MIT Press". */
export const PLACE_PUBLISHER = /^[\p{Lu}][\p{L}. ,/'-]{1,40}(?:,\s*[\p{Lu}]{2})?\s?:\s*[\p{Lu}\p{N}]/u;
