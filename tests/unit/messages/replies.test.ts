import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { sendRequest } from '../../../utils/extension/messaging';
import { REPLY_SCHEMAS, UiRequestSchema } from '../../../utils/messages/types';
import { checkReply } from '../../../utils/messages/validate';
import { DEFAULT_SETTINGS } from '../../../utils/scholar/settings';
import { summarise } from '../../../utils/store/candidate-summary';
import { seedProfile } from '../../support/profiles';
import { recordOf } from '../sidepanel/records';

beforeEach(() => fakeBrowser.reset());

/** What sendRequest gives when the background answers `reply`. */
function answered(reply: unknown) {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(reply);
}

describe('replies', () => {
  it('has one reply schema for each request type', () => {
    const types = UiRequestSchema.options.map((option) => option.entries.type.literal);
    expect(Object.keys(REPLY_SCHEMAS).sort()).toEqual([...types].sort());
  });

  it('passes the replies the background gives', () => {
    const record = recordOf('c1', seedProfile('hayou', 'html'), { rating: 4, tags: ['ml'] });
    expect(checkReply('get-candidate', { ok: true, value: record })).toEqual({ ok: true, value: record });
    expect(checkReply('list-candidates', { ok: true, value: [summarise(record)] })).toEqual({
      ok: true,
      value: [summarise(record)],
    });
    expect(checkReply('get-settings', { ok: true, value: DEFAULT_SETTINGS })).toEqual({
      ok: true,
      value: DEFAULT_SETTINGS,
    });
    expect(checkReply('clear-candidates', { ok: true, value: null })).toEqual({ ok: true, value: null });
  });

  it('passes an error reply as it is', () => {
    const error = { ok: false, error: 'This page is not a CV.', failure: 'no-cv' };
    expect(checkReply('analyse-tab', error)).toEqual(error);
  });

  it('rebuilds a reply from the fields its request answers', () => {
    expect(checkReply('set-badges', { ok: true, value: { shown: 2, script: 'alert(1)' } })).toEqual({
      ok: true,
      value: { shown: 2 },
    });
  });

  it('turns a malformed reply into an error that says what is wrong', async () => {
    answered({ ok: true, value: { added: 1 } });
    expect(await sendRequest({ type: 'import-backup', text: '{}' })).toEqual({
      ok: false,
      error:
        "CV Lens could not use the background's answer to import-backup: malformed reply.merged: expected a number, found nothing",
    });
    answered({ ok: true, value: { ...DEFAULT_SETTINGS, timeoutMs: 'soon' } });
    expect(await sendRequest({ type: 'get-settings' })).toEqual({
      ok: false,
      error: expect.stringMatching(
        /answer to get-settings: malformed reply\.timeoutMs: expected .*, found "soon"$/,
      ),
    });
    const record = recordOf('c1', seedProfile('hayou', 'html'));
    answered({ ok: true, value: { ...record, profile: { ...record.profile, publications: 'many' } } });
    expect(await sendRequest({ type: 'get-candidate', id: 'c1' })).toEqual({
      ok: false,
      error: expect.stringContaining('malformed reply.profile.publications: expected a list, found "many"'),
    });
  });

  it('says so when what came back is no reply at all', async () => {
    answered(undefined);
    expect(await sendRequest({ type: 'get-request-log' })).toEqual({
      ok: false,
      error: 'The background did not answer.',
    });
  });
});
