import { describeParity } from './parity';

/** The CLI and the extension read alike: share 2 of the repository's HTML pages (see parity.ts). */
describeParity(1);
