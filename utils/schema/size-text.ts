const MIB = 1024 * 1024;

/**
 * A size a limit message can be true about: the exact bytes, and MiB to two places
 * ("21,000,880 bytes (20.03 MiB)"), so a size over a limit never reads as equal to it.
 */
export function sizeText(bytes: number): string {
  const mib = Math.round((bytes / MIB) * 100) / 100;
  return `${bytes.toLocaleString('en')} bytes (${mib.toLocaleString('en')} MiB)`;
}
