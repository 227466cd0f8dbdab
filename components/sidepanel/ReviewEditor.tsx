import { useState } from 'preact/hooks';
import { sendRequest } from '../../utils/extension/messaging';
import {
  CANDIDATE_STATUSES,
  type CandidateRecord,
  type CandidateStatus,
  type Rating,
  type ReviewPatch,
} from '../../utils/store/types';
import { STATUS_LABELS } from './logic/format';
import { NotesEditor } from './NotesEditor';

interface ReviewEditorProps {
  record: CandidateRecord;
  onRecord: (record: CandidateRecord) => void;
}

/** Notes, tags, a 1–5 rating and a status: the reviewer's own data, kept through merges. */
export function ReviewEditor({ record, onRecord }: ReviewEditorProps) {
  const [tagInput, setTagInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The rating just clicked, shown until the store answers: a reply to an earlier change (the
  // status picked a moment before) must not put the old rating back under the reviewer's click.
  const [pendingRating, setPendingRating] = useState<{ value: Rating } | null>(null);
  const rating = pendingRating ? pendingRating.value : record.rating;

  const update = async (patch: ReviewPatch) => {
    const reply = await sendRequest({ type: 'update-review', id: record.id, patch });
    if (reply.ok) {
      setError(null);
      onRecord(reply.value);
    } else setError(reply.error);
  };

  const rate = async (value: Rating) => {
    setPendingRating({ value });
    await update({ rating: value });
    setPendingRating((pending) => (pending?.value === value ? null : pending));
  };

  const addTags = () => {
    const added = tagInput
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    if (added.length === 0) return;
    setTagInput('');
    void update({ tags: [...record.tags, ...added] });
  };

  return (
    <section class="review" aria-labelledby="review-heading">
      <h2 id="review-heading">Review</h2>
      <div class="review-grid">
        <label>
          Status{' '}
          <select
            data-testid="status"
            value={record.status}
            onChange={(e) => void update({ status: e.currentTarget.value as CandidateStatus })}
          >
            {CANDIDATE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <fieldset class="rating" data-testid="rating">
          <legend>Rating</legend>
          {([1, 2, 3, 4, 5] as const).map((value) => (
            <label key={value} class="star" title={`${value} of 5`}>
              <input
                type="radio"
                name={`rating-${record.id}`}
                value={value}
                checked={rating === value}
                onChange={() => void rate(value)}
              />
              <span aria-hidden="true">{rating !== null && value <= rating ? '★' : '☆'}</span>
              <span class="visually-hidden">{value} of 5</span>
            </label>
          ))}
          <button type="button" class="link" disabled={rating === null} onClick={() => void rate(null)}>
            Clear
          </button>
        </fieldset>
      </div>
      <div class="tags">
        <span id="tags-label">Tags</span>
        <ul aria-labelledby="tags-label" class="tag-list" data-testid="tags">
          {record.tags.map((tag) => (
            <li key={tag} class="chip">
              {tag}
              <button
                type="button"
                class="chip-remove"
                aria-label={`Remove tag ${tag}`}
                onClick={() => void update({ tags: record.tags.filter((t) => t !== tag) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <form
          class="tag-form"
          onSubmit={(e) => {
            e.preventDefault();
            addTags();
          }}
        >
          <label>
            <span class="visually-hidden">New tag</span>
            <input
              type="text"
              placeholder="Add tags, comma-separated"
              value={tagInput}
              onInput={(e) => setTagInput(e.currentTarget.value)}
            />
          </label>
          <button type="submit">Add</button>
        </form>
      </div>
      <NotesEditor key={record.id} candidateId={record.id} stored={record.notes} />
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}
