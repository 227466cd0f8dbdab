import { analyseTab } from '../utils/extension/analyse-tab';
import { broadcast, listenForRequests } from '../utils/extension/background-port';
import { createRequestHandler } from '../utils/extension/request-handler';

export default defineBackground(() => {
  listenForRequests(createRequestHandler({ analyseTab, broadcast }));
});
