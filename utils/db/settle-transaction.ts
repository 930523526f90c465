// Waiting for a batch of requests in one transaction: a failing request aborts the whole
// transaction, and we return only once it has finished (committed or rolled back), reporting the
// request's own error rather than the transaction's generic AbortError.

export async function settleTransaction(requests: readonly Promise<unknown>[], done: Promise<void>): Promise<void> {
  const results = await Promise.allSettled([...requests, done]);
  const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure !== undefined) throw failure.reason;
}
