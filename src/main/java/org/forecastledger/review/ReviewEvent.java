package org.forecastledger.review;

import java.util.Map;

/**
 * Something that happened in a review session, as every open page hears of it: {@code type} is the SSE event name
 * (vote, revealed, decided, skipped, advanced, joined, closed), {@code version} the session's write count after it.
 * Appended to the session's stream inside the transaction and delivered once it commits, on every instance; never
 * carries a vote before its reveal.
 */
public record ReviewEvent(long sessionId, String type, long version, Map<String, Object> data) {
}
