"""The auditors' tools: ``verify`` re-checks the archive against the database,
``manifest`` writes SHA256SUMS, ``show`` gathers what is known of an event or a
copy."""
