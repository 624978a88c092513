"""Background jobs: the outbox (truth), the job functions, and two queues that deliver them
(in-process for the embedded default, arq on Redis in production)."""
