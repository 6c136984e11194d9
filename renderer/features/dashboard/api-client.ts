import { createApiClient, readWindowApi, type ApiClient } from '../../api.js';

let client: ApiClient | null = null;

/**
 * The contract client for calls whose answers are view-local (metrics, what-if) and so do not
 * belong in the app store. The shell only renders views when window.api exists.
 */
export function useApiClient(): ApiClient {
  if (!client) {
    const api = readWindowApi();
    if (!api) throw new Error('window.api is missing: the dashboard needs the Longmai app');
    client = createApiClient(api);
  }
  return client;
}
