/** The shared ioredis client (rate limits, health); BullMQ opens its own connections. */
export const REDIS = Symbol('REDIS');
