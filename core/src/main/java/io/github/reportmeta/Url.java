package io.github.reportmeta;

import io.github.reportmeta.validation.NoBidiControls;
import io.github.reportmeta.validation.Strict;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * An absolute {@code http} or {@code https} address that identifies a report.
 *
 * @param value the address
 */
@NoBidiControls(groups = Strict.class)
public record Url(String value) implements Identifier {

    /** Checks that the value is an absolute http or https URI with a host. */
    public Url {
        Objects.requireNonNull(value, "value");
        if (!isWebAddress(value)) {
            throw new InvalidValueException("URL must be an absolute http or https address", value);
        }
    }

    /**
     * Parses a web address.
     *
     * @param text the address
     * @return the URL
     */
    public static Url parse(CharSequence text) {
        return new Url(text.toString().strip());
    }

    /**
     * The address as a {@link URI}.
     *
     * @return the URI
     */
    public URI toUri() {
        return URI.create(value);
    }

    /**
     * Whether text is an absolute http or https URI with a host.
     *
     * @param text the text to check
     * @return true for a web address
     */
    public static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return scheme != null
                    && (scheme.toLowerCase(Locale.ROOT).equals("http") || scheme.toLowerCase(Locale.ROOT).equals("https"))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
