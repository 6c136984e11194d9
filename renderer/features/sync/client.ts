import { createApiClient, readWindowApi, type ApiClient } from '../../api.js';

let client: ApiClient | null = null;

/** The contract client for sync calls; the shell renders views only when window.api exists. */
export function syncClient(): ApiClient {
  if (!client) {
    const api = readWindowApi();
    if (!api) throw new Error('window.api is missing: sync needs the Longmai app');
    client = createApiClient(api);
  }
  return client;
}
