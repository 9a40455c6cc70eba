package io.github.reportmeta;

/**
 * An identifier that carries a check digit.
 *
 * <p>A wrong check digit does not stop construction; validation reports it, with everything else wrong.
 */
public interface Checksummed {

    /**
     * Whether the check digit matches the other digits.
     *
     * @return true when the check digit is right
     */
    boolean hasValidChecksum();
}
