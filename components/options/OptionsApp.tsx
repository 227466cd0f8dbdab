/** Settings and a plain statement of what leaves the browser. */
export function OptionsApp() {
  return (
    <main style={{ padding: '16px', maxWidth: '44rem' }}>
      <h1>CV Lens options</h1>
      <h2>What leaves your browser</h2>
      <p>
        Only queries to the open scholarly databases (OpenAlex, DBLP, Semantic Scholar, ORCID, Crossref): names
        and publication titles from the CV you open. Page text, notes, tags and ratings stay in this browser.
      </p>
    </main>
  );
}
