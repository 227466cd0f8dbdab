/**
 * The port of the mock scholarly APIs that the e2e build asks. It is fixed at build time
 * (WXT_SCHOLAR_BASE, 4599 in .env.e2e); `npm test` picks a free port and sets both
 * CVLENS_MOCK_PORT and WXT_SCHOLAR_BASE, so two runs on one machine never answer each other.
 */
export const MOCK_PORT = Number(process.env.CVLENS_MOCK_PORT ?? 4599);
