import { broadcast, listenForRequests } from '../utils/extension/background-port';
import { createBackgroundServices } from '../utils/extension/background-services';
import { createRequestHandler } from '../utils/extension/request-handler';
import { mockBaseUrls } from '../utils/scholar/settings';

export default defineBackground(() => {
  // The local/e2e build answers every scholarly API from a mock server (see .env.e2e).
  const mockBase = import.meta.env.WXT_SCHOLAR_BASE as string | undefined;
  const defaults = mockBase ? { baseUrls: mockBaseUrls(mockBase) } : {};
  listenForRequests(createRequestHandler(createBackgroundServices(defaults, broadcast)));
});
