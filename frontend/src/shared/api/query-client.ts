import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { sessionQueryKey, type Session } from '@/shared/auth/get-session';
import { isApiError } from './problem';

export function createQueryClient() {
  // A 401 anywhere means the session has gone (expired, or logged out in another tab):
  // marking it so sends the person to the login page instead of showing a broken screen.
  const onError = (error: unknown) => {
    if (isApiError(error) && error.status === 401) {
      queryClient.setQueryData<Session>(sessionQueryKey, { authenticated: false });
    }
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        // A 4xx answer will not change by asking again.
        retry: (failureCount, error) =>
          !(isApiError(error) && error.status >= 400 && error.status < 500) && failureCount < 2,
        staleTime: 10_000,
      },
    },
  });
  return queryClient;
}
