/** PostgreSQL NOTIFY channel: a commit that wrote outbox rows wakes the relays listening on it. */
export const OUTBOX_CHANNEL = 'quorum_outbox';
