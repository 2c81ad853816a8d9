package org.forecastledger.cluster;

/**
 * An event was appended to a stream, here or on another instance. Observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}: then it arrives after the commit that wrote the row,
 * and at once when it came from another instance. It may arrive late or out of order, never before its row exists:
 * read what follows the last sequence number you hold with {@link ClusterStreams#read}.
 */
public record StreamAppended(String stream, long seq) {
}
