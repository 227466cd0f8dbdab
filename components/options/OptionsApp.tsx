import { useEffect, useState } from 'preact/hooks';
import { sendRequest } from '../../utils/extension/messaging';
import type { RequestLogView } from '../../utils/messages/types';
import { SOURCE_IDS } from '../../utils/model/scholar';
import { ConfirmAction } from '../sidepanel/ConfirmAction';
import { bytes } from '../sidepanel/logic/format';
import { RequestLog } from './RequestLog';
import { SOURCE_LABELS, fromForm, toForm, usd, type SettingsForm } from './settings-form';
import './options.css';

function useStorageEstimate(version: number): StorageEstimate | null {
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null);
  useEffect(() => {
    void navigator.storage
      ?.estimate()
      .then(setEstimate)
      .catch(() => setEstimate(null));
  }, [version]);
  return estimate;
}

/** Sources, keys, cache, request log, storage, and what leaves the browser. */
export function OptionsApp() {
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [log, setLog] = useState<RequestLogView | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [dirty, setDirty] = useState(false);
  const [cacheMessage, setCacheMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [version, setVersion] = useState(0);
  const estimate = useStorageEstimate(version);

  useEffect(() => {
    void sendRequest({ type: 'get-settings' }).then((reply) => {
      if (reply.ok) setForm(toForm(reply.value));
      else setMessage({ error: true, text: `Settings could not be read: ${reply.error}` });
    });
  }, []);
  useEffect(() => {
    void sendRequest({ type: 'get-request-log' }).then((reply) => setLog(reply.ok ? reply.value : null));
  }, [version]);

  const edit = (patch: Partial<SettingsForm>) => {
    setForm((f) => (f ? { ...f, ...patch } : f));
    setDirty(true);
    setMessage(null);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (!form) return;
    const result = fromForm(form);
    if ('error' in result) {
      setMessage({ error: true, text: result.error });
      return;
    }
    const reply = await sendRequest({ type: 'save-settings', settings: result.patch });
    if (reply.ok) {
      setForm(toForm(reply.value));
      setDirty(false);
      setMessage({ error: false, text: 'Saved.' });
    } else setMessage({ error: true, text: reply.error });
  };

  return (
    <main class="options">
      <h1>CV Lens options</h1>

      <section aria-labelledby="privacy-heading" class="privacy">
        <h2 id="privacy-heading">What leaves your browser</h2>
        <p>
          Only look-ups to the scholarly databases switched on below: the candidate’s name and its variants,
          and publication titles, DOIs and ORCID iDs from the CV you open. With an API key set, the key is
          sent to its own service only.
        </p>
        <p>
          Page text, PDFs, notes, tags, ratings and statuses never leave this browser. They are stored here,
          in the extension’s own database, until you delete them. CV Lens reads a page only when you ask it
          to.
        </p>
      </section>

      {form === null ? (
        <p class="muted">{message?.text ?? 'Loading settings…'}</p>
      ) : (
        <form noValidate onSubmit={(e) => void save(e)} data-testid="settings-form">
          <fieldset>
            <legend>Sources</legend>
            {SOURCE_IDS.map((source) => (
              <label key={source} class="source">
                <input
                  type="checkbox"
                  checked={form.enabled[source]}
                  data-testid={`source-${source}`}
                  onChange={(e) => edit({ enabled: { ...form.enabled, [source]: e.currentTarget.checked } })}
                />{' '}
                <strong>{SOURCE_LABELS[source].name}</strong>{' '}
                <span class="muted">{SOURCE_LABELS[source].what}</span>
              </label>
            ))}
          </fieldset>

          <fieldset>
            <legend>API keys</legend>
            <label class="field">
              <span>OpenAlex API key</span>
              <input
                type="password"
                autocomplete="off"
                spellcheck={false}
                value={form.openalexApiKey}
                data-testid="openalex-key"
                aria-describedby="openalex-spend"
                onInput={(e) => edit({ openalexApiKey: e.currentTarget.value })}
              />
            </label>
            <p id="openalex-spend" class="muted small" data-testid="openalex-spend">
              Spent today (UTC): {log ? usd(log.costTodayUsd) : '—'}. Without a key, OpenAlex answers a
              smaller daily allowance.
            </p>
            <label class="field">
              <span>Semantic Scholar API key</span>
              <input
                type="password"
                autocomplete="off"
                spellcheck={false}
                value={form.s2ApiKey}
                data-testid="s2-key"
                onInput={(e) => edit({ s2ApiKey: e.currentTarget.value })}
              />
            </label>
            <label class="field">
              <span>Contact email sent to OpenAlex and Crossref (optional)</span>
              <input
                type="text"
                value={form.mailto}
                onInput={(e) => edit({ mailto: e.currentTarget.value })}
              />
            </label>
          </fieldset>

          <fieldset>
            <legend>Cache</legend>
            <label class="field">
              <span>Keep scholarly results for (days)</span>
              <input
                type="number"
                min="0.1"
                max="365"
                step="0.1"
                value={form.cacheDays}
                data-testid="cache-days"
                onInput={(e) => edit({ cacheDays: e.currentTarget.value })}
              />
            </label>
          </fieldset>

          <div class="save-row">
            <button type="submit" class="primary" disabled={!dirty}>
              Save
            </button>
            {message && (
              <span
                role={message.error ? 'alert' : 'status'}
                class={message.error ? 'error' : 'muted'}
                data-testid="save-status"
              >
                {message.text}
              </span>
            )}
          </div>
        </form>
      )}

      <section aria-labelledby="storage-heading">
        <h2 id="storage-heading">Storage</h2>
        <p data-testid="storage-used">
          {estimate
            ? `${bytes(estimate.usage)} used by CV Lens in this browser${estimate.quota ? ` (of ${bytes(estimate.quota)} available)` : ''}.`
            : 'Storage use is not available.'}
        </p>
        <ConfirmAction
          label="Clear scholarly cache…"
          question="Delete every cached scholarly result? Candidates and notes stay; the next look-ups go to the network again."
          confirmLabel="Clear cache"
          testId="clear-cache"
          onConfirm={async () => {
            const reply = await sendRequest({ type: 'clear-scholar-cache' });
            setCacheMessage(
              reply.ok ? { error: false, text: 'Cache cleared.' } : { error: true, text: reply.error },
            );
            setVersion((v) => v + 1);
          }}
        />
        {cacheMessage && (
          <p
            role={cacheMessage.error ? 'alert' : 'status'}
            class={cacheMessage.error ? 'error' : 'muted'}
            data-testid="cache-status"
          >
            {cacheMessage.text}
          </p>
        )}
      </section>

      <section aria-labelledby="log-heading">
        <h2 id="log-heading">Request log</h2>
        <p class="muted small">
          Every request CV Lens sent to a scholarly source, with its answer and time. API keys are never
          logged.
        </p>
        <button type="button" onClick={() => setVersion((v) => v + 1)}>
          Refresh
        </button>
        {log ? <RequestLog entries={log.entries} /> : <p class="muted">The request log is not available.</p>}
      </section>
    </main>
  );
}
