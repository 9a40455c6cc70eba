package io.github.reportmeta.oai.harvest;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how long a harvester waits and tries a request again after a transient failure: an HTTP 503 or
 * 429 (waiting what its {@code Retry-After} says, or backing off when it says nothing), a 502 or 504, a
 * connection refused or dropped, or a response that did not arrive within the request time-out.
 *
 * @param maxRetries how many times one request is tried again before the harvest fails; 0 tries once
 * @param initialBackoff the wait before the first retry when the server names none; it doubles with each retry
 * @param maxWait the longest single wait, whether backed off or asked for by {@code Retry-After}
 */
public record RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxWait) {

    /** Five retries, backing off from one second, never waiting more than five minutes at once. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(5));

    /** Never tries again: the first failure fails the harvest. */
    public static final RetryPolicy NONE = new RetryPolicy(0, Duration.ZERO, Duration.ZERO);

    /** Checks the values. */
    public RetryPolicy {
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxWait, "maxWait");
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be 0 or more, but was " + maxRetries);
        }
        if (initialBackoff.isNegative() || maxWait.isNegative()) {
            throw new IllegalArgumentException("waits must not be negative, but were " + initialBackoff + " and "
                    + maxWait);
        }
    }

    /**
     * The wait before a retry when the server names none: the initial back-off doubled for each earlier retry,
     * at most {@link #maxWait()}.
     *
     * @param retry the retry's number, from 1
     * @return the wait
     */
    public Duration backoff(int retry) {
        Duration wait = initialBackoff;
        for (int i = 1; i < retry && wait.compareTo(maxWait) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return capped(wait);
    }

    /**
     * A wait the server asked for, cut to {@link #maxWait()}.
     *
     * @param asked the wait of a {@code Retry-After}
     * @return the wait
     */
    public Duration capped(Duration asked) {
        if (asked.isNegative()) {
            return Duration.ZERO;
        }
        return asked.compareTo(maxWait) > 0 ? maxWait : asked;
    }
}
